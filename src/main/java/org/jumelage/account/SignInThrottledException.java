package org.jumelage.account;

import java.io.Serial;
import java.time.Instant;
import org.springframework.security.core.AuthenticationException;

/**
 * Sign-in refused because too many attempts failed recently, for the account or from the address.
 * It says nothing about whether the e-mail belongs to an account.
 */
public final class SignInThrottledException extends AuthenticationException {

    @Serial
    private static final long serialVersionUID = 1L;

    private final Instant lockedUntil;

    public SignInThrottledException(Instant lockedUntil) {
        super("Sign-in temporarily locked until " + lockedUntil);
        this.lockedUntil = lockedUntil;
    }

    /** When sign-in will be accepted again. */
    public Instant lockedUntil() {
        return lockedUntil;
    }
}
