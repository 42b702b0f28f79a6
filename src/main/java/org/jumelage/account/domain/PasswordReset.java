package org.jumelage.account.domain;

import jakarta.persistence.Entity;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import java.time.Instant;
import org.jspecify.annotations.Nullable;

/**
 * One "forgot password" request. When it was for an enabled account and not throttled it holds the
 * SHA-256 hash of the link's secret (never the secret) and can be used once before it expires;
 * otherwise it only counts towards the limits.
 */
@Entity
@Table(name = "password_reset")
class PasswordReset {

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    private @Nullable Long id;

    private @Nullable Long userId;

    private String emailKey;

    private @Nullable String tokenHash;

    private Instant createdAt;

    private Instant expiresAt;

    private @Nullable Instant usedAt;

    private @Nullable Instant replacedAt;

    private String remoteAddress;

    protected PasswordReset() {}

    private PasswordReset(
            @Nullable Long userId,
            String emailKey,
            @Nullable String tokenHash,
            Instant now,
            Instant expiresAt,
            String remoteAddress) {
        this.userId = userId;
        this.emailKey = emailKey;
        this.tokenHash = tokenHash;
        this.createdAt = now;
        this.expiresAt = expiresAt;
        this.remoteAddress = remoteAddress;
    }

    /** A request that sends a link: usable once with the secret whose hash is given, until {@code expiresAt}. */
    static PasswordReset withLink(
            long userId, String emailKey, String tokenHash, Instant now, Instant expiresAt, String remoteAddress) {
        return new PasswordReset(userId, emailKey, tokenHash, now, expiresAt, remoteAddress);
    }

    /** A request that sends nothing (no such enabled account, or throttled); it only counts. */
    static PasswordReset withoutLink(@Nullable Long userId, String emailKey, Instant now, String remoteAddress) {
        return new PasswordReset(userId, emailKey, null, now, now, remoteAddress);
    }

    @Nullable
    Long userId() {
        return userId;
    }

    boolean isUsableAt(Instant now) {
        return tokenHash != null && usedAt == null && replacedAt == null && now.isBefore(expiresAt);
    }

    /**
     * Uses the link up.
     *
     * @throws IllegalStateException when it is not usable any more; callers check first
     */
    void use(Instant now) {
        if (!isUsableAt(now)) {
            throw new IllegalStateException("Password reset " + id + " is not usable");
        }
        usedAt = now;
    }

    /** A newer link (or a password change) makes this one unusable. */
    void replace(Instant now) {
        if (usedAt == null && replacedAt == null) {
            replacedAt = now;
        }
    }
}
