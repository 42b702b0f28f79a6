package org.jumelage.account.domain;

import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import java.time.Instant;

/** Sign-in refused for an e-mail from one address, an e-mail, or an address until a moment. */
@Entity
@Table(name = "sign_in_lock")
class SignInLock {

    @Id
    private String lockKey;

    private Instant lockedUntil;

    protected SignInLock() {}

    SignInLock(String lockKey, Instant lockedUntil) {
        this.lockKey = lockKey;
        this.lockedUntil = lockedUntil;
    }

    Instant lockedUntil() {
        return lockedUntil;
    }

    boolean isActiveAt(Instant now) {
        return lockedUntil.isAfter(now);
    }

    void extendTo(Instant until) {
        if (until.isAfter(lockedUntil)) {
            lockedUntil = until;
        }
    }
}
