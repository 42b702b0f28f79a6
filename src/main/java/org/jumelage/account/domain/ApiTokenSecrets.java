package org.jumelage.account.domain;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.security.SecureRandom;
import java.util.Base64;
import java.util.HexFormat;

/**
 * Makes and hashes the account module's secrets: API tokens and password-reset links. An API token
 * secret is {@code jmlg_} followed by 32 random bytes in URL-safe Base64, a link secret the 32 random
 * bytes alone, so a fast hash (SHA-256) is enough to store them: there is nothing to guess.
 */
final class ApiTokenSecrets {

    static final String PREFIX = "jmlg_";
    static final int MIN_PROVISIONED_LENGTH = 32;
    private static final int SHOWN_PREFIX_LENGTH = 10;

    private final SecureRandom random = new SecureRandom();

    String newSecret() {
        return PREFIX + newLinkSecret();
    }

    /** A secret for a link (password reset): 32 random bytes in URL-safe Base64, 43 characters. */
    String newLinkSecret() {
        byte[] bytes = new byte[32];
        random.nextBytes(bytes);
        return Base64.getUrlEncoder().withoutPadding().encodeToString(bytes);
    }

    static String hash(String secret) {
        try {
            byte[] digest = MessageDigest.getInstance("SHA-256").digest(secret.getBytes(StandardCharsets.UTF_8));
            return HexFormat.of().formatHex(digest);
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException("Every Java runtime has SHA-256", e);
        }
    }

    /** The part of a secret shown later to tell tokens apart. */
    static String shownPrefix(String secret) {
        return secret.substring(0, Math.min(SHOWN_PREFIX_LENGTH, secret.length()));
    }
}
