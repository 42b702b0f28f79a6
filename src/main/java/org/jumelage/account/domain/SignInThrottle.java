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
 * Slows down password guessing. After {@value #MAX_FAILURES_PER_ACCOUNT} failed sign-ins for one
 * e-mail, or {@value #MAX_FAILURES_PER_ADDRESS} from one address, within {@link #WINDOW}, sign-in for
 * that e-mail (or from that address) is refused for {@link #LOCK_DURATION}, even with the right
 * password. The e-mail is counted whether or not an account has it, so the answer never tells
 * which e-mails are registered. Counts and locks live in the database, so every application
 * instance sees the same ones.
 */
@Service
class SignInThrottle {

    static final int MAX_FAILURES_PER_ACCOUNT = 10;
    static final int MAX_FAILURES_PER_ADDRESS = 50;
    static final Duration WINDOW = Duration.ofMinutes(15);
    static final Duration LOCK_DURATION = Duration.ofMinutes(15);
    private static final Duration KEEP_FAILURES = Duration.ofDays(1);

    private final SignInFailureRepository failures;
    private final SignInLockRepository locks;
    private final DatabaseAuditTrail auditTrail;
    private final Clock clock;

    SignInThrottle(
            SignInFailureRepository failures, SignInLockRepository locks, DatabaseAuditTrail auditTrail, Clock clock) {
        this.failures = failures;
        this.locks = locks;
        this.auditTrail = auditTrail;
        this.clock = clock;
    }

    /**
     * Refuses the attempt when the account or the address is locked.
     *
     * @throws SignInThrottledException while a lock holds
     */
    @Transactional(noRollbackFor = SignInThrottledException.class)
    void checkAllowed(String emailKey, String remoteAddress) {
        Instant now = clock.instant();
        Optional<Instant> until = Stream.of(accountKey(emailKey), addressKey(remoteAddress))
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

    /** Counts a failed attempt and locks the account or the address when a limit is reached. */
    @Transactional
    void recordFailure(String emailKey, String remoteAddress) {
        Instant now = clock.instant();
        failures.deleteOlderThan(now.minus(KEEP_FAILURES));
        failures.save(new SignInFailure(emailKey, remoteAddress, now));
        Instant since = now.minus(WINDOW);
        if (failures.countByEmailKeyAndFailedAtAfter(emailKey, since) >= MAX_FAILURES_PER_ACCOUNT) {
            lock(accountKey(emailKey), now, emailKey, remoteAddress);
        }
        if (failures.countByRemoteAddressAndFailedAtAfter(remoteAddress, since) >= MAX_FAILURES_PER_ADDRESS) {
            lock(addressKey(remoteAddress), now, emailKey, remoteAddress);
        }
    }

    /** Forgets the account's failures after a successful sign-in. */
    @Transactional
    void recordSuccess(String emailKey) {
        failures.deleteByEmailKey(emailKey);
    }

    private void lock(String key, Instant now, String emailKey, String remoteAddress) {
        Instant until = now.plus(LOCK_DURATION);
        SignInLock lock = locks.findById(key).orElseGet(() -> new SignInLock(key, until));
        lock.extendTo(until);
        locks.save(lock);
        auditTrail.recordAs(emailKey, "account.sign-in.locked-out", key, "until " + until, remoteAddress);
    }

    private static String accountKey(String emailKey) {
        return "account:" + emailKey;
    }

    private static String addressKey(String remoteAddress) {
        return "address:" + remoteAddress;
    }
}
