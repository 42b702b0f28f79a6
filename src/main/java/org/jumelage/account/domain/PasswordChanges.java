package org.jumelage.account.domain;

import java.time.Clock;
import org.jspecify.annotations.Nullable;
import org.springframework.security.crypto.password.PasswordEncoder;
import org.springframework.stereotype.Component;

/**
 * What happens when a password changes, whichever way (the profile page or a reset link): the
 * password policy is checked, the new hash stored, unused reset links stop working, the user's
 * other sessions end, and the change is audited. Callers hold the transaction.
 */
@Component
class PasswordChanges {

    private final PasswordEncoder passwordEncoder;
    private final PasswordPolicy passwordPolicy;
    private final PasswordResetRepository resets;
    private final UserSessions sessions;
    private final DatabaseAuditTrail auditTrail;
    private final Clock clock;

    PasswordChanges(
            PasswordEncoder passwordEncoder,
            PasswordPolicy passwordPolicy,
            PasswordResetRepository resets,
            UserSessions sessions,
            DatabaseAuditTrail auditTrail,
            Clock clock) {
        this.passwordEncoder = passwordEncoder;
        this.passwordPolicy = passwordPolicy;
        this.resets = resets;
        this.sessions = sessions;
        this.auditTrail = auditTrail;
        this.clock = clock;
    }

    /**
     * Checks the new password against the policy without changing anything.
     *
     * @throws org.jumelage.account.AccountException with the policy's reason
     */
    void check(User user, String newPassword) {
        passwordPolicy.check(newPassword, user.email());
    }

    /**
     * Changes the password.
     *
     * @param keptSessionId the session that made the change and stays signed in, or {@code null} to end all
     * @param how how the change was made, for the audit trail
     * @throws org.jumelage.account.AccountException with the policy's reason, before anything changed
     */
    void change(User user, String newPassword, @Nullable String keptSessionId, String how) {
        check(user, newPassword);
        user.changePasswordHash(passwordEncoder.encode(newPassword));
        resets.findByUserIdAndTokenHashIsNotNullAndUsedAtIsNullAndReplacedAtIsNull(user.id())
                .forEach(reset -> reset.replace(clock.instant()));
        int ended = sessions.endAll(user.email(), keptSessionId);
        auditTrail.record("account.user.password-changed", user.email(), how + "; sessions ended: " + ended);
    }
}
