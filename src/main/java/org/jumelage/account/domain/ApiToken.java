package org.jumelage.account.domain;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import java.time.Duration;
import java.time.Instant;
import org.jspecify.annotations.Nullable;
import org.jumelage.account.ApiTokenSummary;

/** A personal API token. Only the SHA-256 hash of its secret is stored. */
@Entity
@Table(name = "api_token")
class ApiToken {

    /** Last use is written at most this often, so that busy clients do not write on every call. */
    private static final Duration LAST_USE_PRECISION = Duration.ofMinutes(1);

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    private @Nullable Long id;

    private long userId;

    private String name;

    @Column(name = "token_prefix")
    private String prefix;

    @Column(name = "token_hash")
    private String hash;

    private Instant createdAt;

    private @Nullable Instant lastUsedAt;

    private @Nullable Instant revokedAt;

    protected ApiToken() {}

    ApiToken(long userId, String name, String prefix, String hash, Instant now) {
        this.userId = userId;
        this.name = name.strip();
        this.prefix = prefix;
        this.hash = hash;
        this.createdAt = now;
    }

    long userId() {
        return userId;
    }

    String name() {
        return name;
    }

    boolean isActive() {
        return revokedAt == null;
    }

    void revoke(Instant now) {
        if (revokedAt == null) {
            revokedAt = now;
        }
    }

    void markUsed(Instant now) {
        if (lastUsedAt == null || lastUsedAt.plus(LAST_USE_PRECISION).isBefore(now)) {
            lastUsedAt = now;
        }
    }

    ApiTokenSummary toSummary() {
        if (id == null) {
            throw new IllegalStateException("Token not saved yet");
        }
        return new ApiTokenSummary(id, name, prefix, createdAt, lastUsedAt);
    }
}
