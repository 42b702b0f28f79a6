package org.jumelage.publicity.domain;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.time.Instant;
import java.util.Base64;
import org.jspecify.annotations.Nullable;
import tools.jackson.databind.MapperFeature;
import tools.jackson.databind.SerializationFeature;
import tools.jackson.databind.json.JsonMapper;

/**
 * The version of a public page for HTTP caching: an entity tag that is a digest of everything the
 * page shows (the release of the application, which carries the templates and texts, the language,
 * and the data, serialised with sorted keys so every instance computes the same tag), and the time
 * the data last changed as far as the data records it (for {@code Last-Modified}). The tag changes
 * whenever the page would; the time may lag behind changes the data does not date (an organisation's
 * new name), which clients that revalidate with the tag never notice.
 */
public final class PublicPageVersion {

    private static final JsonMapper CANONICAL_JSON = JsonMapper.builder()
            .enable(SerializationFeature.ORDER_MAP_ENTRIES_BY_KEYS)
            .enable(MapperFeature.SORT_PROPERTIES_ALPHABETICALLY)
            .build();

    private final MessageDigest digest;
    private Instant lastModified = Instant.EPOCH;
    private @Nullable String etag;

    private PublicPageVersion(String release, String page) {
        try {
            digest = MessageDigest.getInstance("SHA-256");
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException("every Java runtime has SHA-256", e);
        }
        text(release);
        text(page);
    }

    /**
     * @param release the application's release (its templates and message texts)
     * @param page what distinguishes the page: its kind, language and address
     */
    public static PublicPageVersion of(String release, String page) {
        return new PublicPageVersion(release, page);
    }

    /** Adds data the page shows; {@code null} counts as a value of its own. */
    public PublicPageVersion with(@Nullable Object data) {
        if (etag != null) {
            throw new IllegalStateException("the entity tag is already computed");
        }
        digest.update(CANONICAL_JSON.writeValueAsBytes(data));
        digest.update((byte) 0);
        return this;
    }

    /** Moves the last modification to {@code changedAt} when that is later; {@code null} is ignored. */
    public PublicPageVersion changedAt(@Nullable Instant changedAt) {
        if (changedAt != null && changedAt.isAfter(lastModified)) {
            lastModified = changedAt;
        }
        return this;
    }

    /** The strong entity tag, quoted: {@code "…"}; no data may be added after it is computed. */
    public String etag() {
        if (etag == null) {
            byte[] hash = digest.digest();
            etag = "\""
                    + Base64.getUrlEncoder()
                            .withoutPadding()
                            .encodeToString(hash)
                            .substring(0, 27) + "\"";
        }
        return etag;
    }

    /** The latest time the data records a change, {@link Instant#EPOCH} when it records none. */
    public Instant lastModified() {
        return lastModified;
    }

    private void text(String text) {
        digest.update(text.getBytes(StandardCharsets.UTF_8));
        digest.update((byte) 0);
    }
}
