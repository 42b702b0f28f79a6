package org.jumelage.publicity.domain;

import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.time.Clock;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.HexFormat;
import java.util.LinkedHashMap;
import java.util.Map;
import org.jumelage.publicity.PublicFeeds.FeedDocument;

/**
 * The validators of the feeds: the ETag is a hash of the body, and Last-Modified is when this
 * instance first served that exact body. Deriving Last-Modified from the data would miss changes
 * that leave no date behind (an article withdrawn or deleted, an event edited), and then a reader
 * asking with If-Modified-Since only would keep a stale copy. After a restart every feed counts as
 * new from then: a reader gets the body once more, never a wrong 304. Remembers a bounded number
 * of feeds (one per address and language).
 */
final class FeedVersions {

    private static final int REMEMBERED = 2_000;

    private record Seen(String etag, Instant since) {}

    private final Clock clock;
    private final Map<String, Seen> seen = new LinkedHashMap<>(64, 0.75f, true) {
        @Override
        protected boolean removeEldestEntry(Map.Entry<String, Seen> eldest) {
            return size() > REMEMBERED;
        }
    };

    FeedVersions(Clock clock) {
        this.clock = clock;
    }

    /** The served document of the feed at {@code address}. */
    FeedDocument document(String address, byte[] body) {
        String etag = hash(body);
        Instant since;
        synchronized (seen) {
            Seen previous = seen.get(address);
            if (previous != null && previous.etag().equals(etag)) {
                since = previous.since();
            } else {
                // HTTP dates have whole seconds; a new body must never look as old as the one before.
                since = clock.instant().truncatedTo(ChronoUnit.SECONDS);
                if (previous != null && !since.isAfter(previous.since())) {
                    since = previous.since().plusSeconds(1);
                }
                seen.put(address, new Seen(etag, since));
            }
        }
        return new FeedDocument(body, etag, since);
    }

    static String hash(byte[] body) {
        try {
            byte[] digest = MessageDigest.getInstance("SHA-256").digest(body);
            return HexFormat.of().formatHex(digest, 0, 16);
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException("SHA-256 is part of every Java runtime", e);
        }
    }
}
