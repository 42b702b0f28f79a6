package org.jumelage.account;

import java.util.Locale;
import org.jspecify.annotations.Nullable;

/**
 * "Forgot password": a person asks for a link by e-mail and sets a new password with it. The link
 * carries a random secret of which only the SHA-256 hash is stored; it works once, until it
 * expires, and asking again replaces it. The answers never tell whether an address has an account.
 */
public interface PasswordRecovery {

    /**
     * Asks for a reset link for the address. When an enabled account has it and neither the address
     * nor the client asked too often lately, a mail with the link goes to the outbox (in the
     * account's language, else {@code requestLocale}); in every case the request is recorded and
     * audited, and the caller answers the same.
     *
     * @param clientAddress the requesting client's address, or {@code null} outside a web request
     */
    void requestReset(String email, Locale requestLocale, @Nullable String clientAddress);

    /** Whether the secret of a link is known, unused, not replaced and not expired. */
    boolean isUsable(String secret);

    /**
     * Sets a new password with the secret of a link: checks the password policy, uses the link up,
     * and ends all the account's sessions.
     *
     * @throws AccountException {@code account.password-reset-invalid} when the link is not usable, or
     *     the password policy's refusal (then the link stays usable)
     */
    void resetPassword(String secret, String newPassword);
}
