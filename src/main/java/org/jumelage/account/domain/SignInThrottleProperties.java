package org.jumelage.account.domain;

import java.time.Duration;
import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;

/**
 * The limits of {@link SignInThrottle} (ADR 0005). Failed sign-ins are counted within {@code window};
 * reaching a limit refuses sign-in for {@code lockDuration}.
 *
 * @param pairLimit JUMELAGE_SIGN_IN_PAIR_LIMIT: failures for one e-mail from one client address
 *     that lock that e-mail from that address only
 * @param accountLimit JUMELAGE_SIGN_IN_ACCOUNT_LIMIT: failures for one e-mail from all addresses
 *     together that lock the e-mail from everywhere; much higher than the pair limit, so that one
 *     address cannot lock somebody else out
 * @param addressLimit JUMELAGE_SIGN_IN_ADDRESS_LIMIT: failures from one address for any e-mails
 *     that lock the address (password spraying)
 * @param window JUMELAGE_SIGN_IN_WINDOW: how far back failures count
 * @param lockDuration JUMELAGE_SIGN_IN_LOCK_DURATION: how long a lock holds
 */
@ConfigurationProperties("jumelage.sign-in")
public record SignInThrottleProperties(
        @DefaultValue("10") int pairLimit,
        @DefaultValue("100") int accountLimit,
        @DefaultValue("50") int addressLimit,
        @DefaultValue("15m") Duration window,
        @DefaultValue("15m") Duration lockDuration) {

    public SignInThrottleProperties {
        if (pairLimit < 1 || accountLimit < 1 || addressLimit < 1) {
            throw new IllegalArgumentException("jumelage.sign-in limits must be at least 1");
        }
        if (accountLimit < pairLimit) {
            throw new IllegalArgumentException("jumelage.sign-in.account-limit (" + accountLimit
                    + ") must not be lower than jumelage.sign-in.pair-limit (" + pairLimit
                    + "), or one address could lock somebody else out");
        }
        if (window.isNegative() || window.isZero() || lockDuration.isNegative() || lockDuration.isZero()) {
            throw new IllegalArgumentException("jumelage.sign-in window and lock duration must be positive");
        }
    }

    /** The lock's length in whole minutes (at least one), as the sign-in page tells it. */
    public long lockMinutes() {
        return Math.max(1, (lockDuration.getSeconds() + 59) / 60);
    }
}
