package org.jumelage.account.domain;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.Optional;
import java.util.stream.Stream;
import org.jumelage.account.SignInThrottledException;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Slows down password guessing without handing anybody a way to lock somebody else out (ADR 0005).
 * Failed sign-ins within the window are counted three ways, and reaching a limit refuses sign-in,
 * even with the right password, for the lock duration:
 *
 * <ul>
 *   <li>one e-mail from one client address ({@link SignInThrottleProperties#pairLimit()}, 10): locks
 *       that e-mail from that address only, so a guesser locks himself, not the account's owner;
 *   <li>one e-mail from all addresses ({@link SignInThrottleProperties#accountLimit()}, 100): locks
 *       the e-mail everywhere; since each address stops at the pair limit, that takes failures from
 *       at least ten addresses within the window;
 *   <li>one address for any e-mails ({@link SignInThrottleProperties#addressLimit()}, 50): locks the
 *       address (password spraying).
 * </ul>
 *
 * Refused attempts are not counted. The e-mail is counted whether or not an account has it, so the
 * answer never tells which e-mails are registered. Counts and locks live in the database, so every
 * application instance sees the same ones. The client address is the one the servlet container
 * reports, which behind a proxy comes from X-Forwarded-For (server.forward-headers-strategy=native).
 */
@Service
class SignInThrottle {

    private static final Duration KEEP_FAILURES = Duration.ofDays(1);

    private final SignInFailureRepository failures;
    private final SignInLockRepository locks;
    private final DatabaseAuditTrail auditTrail;
    private final SignInThrottleProperties limits;
    private final Clock clock;

    SignInThrottle(
            SignInFailureRepository failures,
            SignInLockRepository locks,
            DatabaseAuditTrail auditTrail,
            SignInThrottleProperties limits,
            Clock clock) {
        this.failures = failures;
        this.locks = locks;
        this.auditTrail = auditTrail;
        this.limits = limits;
        this.clock = clock;
    }

    /**
     * Refuses the attempt when the e-mail from this address, the e-mail, or the address is locked.
     *
     * @throws SignInThrottledException while a lock holds
     */
    @Transactional(noRollbackFor = SignInThrottledException.class)
    void checkAllowed(String emailKey, String remoteAddress) {
        Instant now = clock.instant();
        Optional<Instant> until = Stream.of(
                        pairKey(emailKey, remoteAddress), accountKey(emailKey), addressKey(remoteAddress))
                .map(locks::findById)
                .flatMap(Optional::stream)
                .filter(lock -> lock.isActiveAt(now))
                .map(SignInLock::lockedUntil)
                .max(Instant::compareTo);
        if (until.isPresent()) {
            auditTrail.recordAs(
                    emailKey, "account.sign-in.refused-locked", emailKey, "until " + until.get(), remoteAddress);
            throw new SignInThrottledException(until.get());
        }
    }

    /** Counts a failed attempt and locks the pair, the account or the address when a limit is reached. */
    @Transactional
    void recordFailure(String emailKey, String remoteAddress) {
        Instant now = clock.instant();
        failures.deleteOlderThan(now.minus(KEEP_FAILURES));
        failures.save(new SignInFailure(emailKey, remoteAddress, now));
        Instant since = now.minus(limits.window());
        if (failures.countByEmailKeyAndRemoteAddressAndFailedAtAfter(emailKey, remoteAddress, since)
                >= limits.pairLimit()) {
            lock(pairKey(emailKey, remoteAddress), now, emailKey, remoteAddress);
        }
        if (failures.countByEmailKeyAndFailedAtAfter(emailKey, since) >= limits.accountLimit()) {
            lock(accountKey(emailKey), now, emailKey, remoteAddress);
        }
        if (failures.countByRemoteAddressAndFailedAtAfter(remoteAddress, since) >= limits.addressLimit()) {
            lock(addressKey(remoteAddress), now, emailKey, remoteAddress);
        }
    }

    /**
     * Forgets the failures of this e-mail from this address after a successful sign-in. Failures
     * from other addresses still count towards the account's limit: the owner signing in must not
     * give a guesser elsewhere a fresh start.
     */
    @Transactional
    void recordSuccess(String emailKey, String remoteAddress) {
        failures.deleteByEmailKeyAndRemoteAddress(emailKey, remoteAddress);
    }

    private void lock(String key, Instant now, String emailKey, String remoteAddress) {
        Instant until = now.plus(limits.lockDuration());
        SignInLock lock = locks.findById(key).orElseGet(() -> new SignInLock(key, until));
        lock.extendTo(until);
        locks.save(lock);
        auditTrail.recordAs(emailKey, "account.sign-in.locked-out", key, "until " + until, remoteAddress);
    }

    private static String pairKey(String emailKey, String remoteAddress) {
        return "pair:" + remoteAddress + " " + emailKey;
    }

    private static String accountKey(String emailKey) {
        return "account:" + emailKey;
    }

    private static String addressKey(String remoteAddress) {
        return "address:" + remoteAddress;
    }
}
