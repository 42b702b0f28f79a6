package org.jumelage.participation.domain;

import java.nio.charset.StandardCharsets;
import java.security.GeneralSecurityException;
import java.security.MessageDigest;
import java.util.Base64;
import java.util.Optional;
import javax.crypto.Mac;
import javax.crypto.spec.SecretKeySpec;
import org.jumelage.participation.persistence.SigningKeyStore;
import org.springframework.stereotype.Component;

/**
 * The tokens in check-in QR codes: {@code eventId.checkInCode.signature}, where the check-in code
 * is the registration's random public code (never its database id) and the signature an
 * HMAC-SHA256 over both with the database's signing key, in URL-safe Base64. A token whose
 * signature does not match was forged or damaged; a token of another event is refused by the
 * caller comparing {@link Verified#eventId()}.
 */
@Component
public class CheckInTokens {

    private static final String ALGORITHM = "HmacSHA256";
    private static final int MAX_LENGTH = 200;

    private final SigningKeyStore keys;
    private volatile byte[] key;

    CheckInTokens(SigningKeyStore keys) {
        this.keys = keys;
    }

    public String sign(long eventId, String checkInCode) {
        String payload = eventId + "." + checkInCode;
        return payload + "." + signature(payload);
    }

    /** The event and check-in code of a genuine token; empty for anything forged, damaged or malformed. */
    public Optional<Verified> verify(String token) {
        if (token == null || token.length() > MAX_LENGTH) {
            return Optional.empty();
        }
        String[] parts = token.strip().split("\\.");
        if (parts.length != 3 || parts[1].isEmpty()) {
            return Optional.empty();
        }
        long eventId;
        try {
            eventId = Long.parseLong(parts[0]);
        } catch (NumberFormatException notANumber) {
            return Optional.empty();
        }
        String expected = signature(parts[0] + "." + parts[1]);
        boolean genuine = MessageDigest.isEqual(
                expected.getBytes(StandardCharsets.US_ASCII), parts[2].getBytes(StandardCharsets.US_ASCII));
        return genuine ? Optional.of(new Verified(eventId, parts[1])) : Optional.empty();
    }

    private String signature(String payload) {
        try {
            Mac mac = Mac.getInstance(ALGORITHM);
            mac.init(new SecretKeySpec(key(), ALGORITHM));
            byte[] digest = mac.doFinal(payload.getBytes(StandardCharsets.UTF_8));
            return Base64.getUrlEncoder().withoutPadding().encodeToString(digest);
        } catch (GeneralSecurityException e) {
            throw new IllegalStateException("Every Java runtime has " + ALGORITHM, e);
        }
    }

    private byte[] key() {
        byte[] known = key;
        if (known == null) {
            known = keys.key();
            key = known;
        }
        return known;
    }

    /** What a genuine token says. */
    public record Verified(long eventId, String checkInCode) {}
}
