package org.jumelage.account.domain;

import jakarta.persistence.Entity;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import java.time.Instant;
import org.jspecify.annotations.Nullable;

/** One failed sign-in, kept for a day to count recent failures per account and per address. */
@Entity
@Table(name = "sign_in_failure")
class SignInFailure {

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    private @Nullable Long id;

    private String emailKey;
    private String remoteAddress;
    private Instant failedAt;

    protected SignInFailure() {}

    SignInFailure(String emailKey, String remoteAddress, Instant failedAt) {
        this.emailKey = emailKey;
        this.remoteAddress = remoteAddress;
        this.failedAt = failedAt;
    }
}
