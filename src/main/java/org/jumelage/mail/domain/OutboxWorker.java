package org.jumelage.mail.domain;

import java.time.Clock;
import java.time.Instant;
import java.util.List;
import java.util.Optional;
import net.javacrumbs.shedlock.spring.annotation.SchedulerLock;
import org.jspecify.annotations.Nullable;
import org.jumelage.mail.MailDelivery;
import org.jumelage.mail.persistence.ClaimedMail;
import org.jumelage.mail.persistence.OutboxStore;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.core.NestedExceptionUtils;
import org.springframework.mail.MailParseException;
import org.springframework.mail.MailPreparationException;
import org.springframework.scheduling.annotation.Scheduled;

/**
 * Sends the outbox. Each mail is first claimed by a conditional update (PENDING to SENDING, which
 * only one worker of one instance can win), then sent, then marked SENT. A failure puts it back to
 * PENDING with a later attempt (exponential back-off) or, after the last attempt, FAILED. A mail
 * left SENDING past the claim timeout (its worker died between sending and recording it) becomes
 * UNKNOWN and is never sent again without an administrator asking: a mail is sent at most once by
 * the outbox's own doing. The scheduled run also takes the database lock {@value #JOB}, so of
 * several instances one polls per period; the claims stay, for an administrator's retry and for a
 * run that outlived its lock.
 */
class OutboxWorker implements MailDelivery {

    private static final Logger log = LoggerFactory.getLogger(OutboxWorker.class);

    /** The scheduled run's lock name (table {@code shedlock}). */
    static final String JOB = "mail-outbox";

    private final OutboxStore store;
    private final @Nullable MailTransport transport;
    private final MailSettings settings;
    private final RetryPolicy retries;
    private final Clock clock;
    private final String workerId;

    OutboxWorker(
            OutboxStore store, @Nullable MailTransport transport, MailSettings settings, Clock clock, String workerId) {
        this.store = store;
        this.transport = transport;
        this.settings = settings;
        this.retries = settings.retryPolicy();
        this.clock = clock;
        this.workerId = workerId;
    }

    @Override
    public boolean sending() {
        return transport != null;
    }

    /** Where mail goes, or empty when nothing is sent. */
    Optional<String> destination() {
        return transport == null ? Optional.empty() : Optional.of(transport.describe());
    }

    String workerId() {
        return workerId;
    }

    @Scheduled(
            fixedDelayString = "${jumelage.mail.poll-interval:30s}",
            initialDelayString = "${jumelage.mail.poll-interval:30s}")
    @SchedulerLock(
            name = JOB,
            lockAtLeastFor = "${jumelage.jobs.mail-outbox.lock-at-least-for:25s}",
            lockAtMostFor = "${jumelage.jobs.mail-outbox.lock-at-most-for:5m}")
    void poll() {
        try {
            sendDueMails();
        } catch (RuntimeException e) {
            // The database may be away for a moment; the next run tries again.
            log.warn("Mail outbox run failed: {}", e.toString());
        }
    }

    @Override
    public int sendDueMails() {
        if (transport == null) {
            return 0;
        }
        Instant now = clock.instant();
        List<Long> abandoned = store.abandonStaleClaims(now.minus(settings.claimTimeout()), now);
        if (!abandoned.isEmpty()) {
            log.warn(
                    "Mails {} were claimed more than {} ago and never confirmed; marked UNKNOWN, not resent."
                            + " An administrator may retry them on /admin/mail.",
                    abandoned,
                    settings.claimTimeout());
        }
        int sent = 0;
        for (long id : store.dueIds(now, settings.batchSize())) {
            if (deliver(id)) {
                sent++;
            }
        }
        return sent;
    }

    /**
     * Sends one mail now if it is pending and due and this worker wins its claim (an administrator's
     * retry); {@code false} otherwise, or when it failed again.
     */
    boolean sendNow(long id) {
        return transport != null && deliver(id);
    }

    private boolean deliver(long id) {
        MailTransport transport = this.transport;
        if (transport == null || !store.claim(id, workerId, clock.instant())) {
            return false;
        }
        Optional<ClaimedMail> claimed = store.claimed(id, workerId);
        if (claimed.isEmpty()) {
            return false;
        }
        ClaimedMail mail = claimed.get();
        try {
            transport.send(id, mail.mail());
        } catch (RuntimeException e) {
            failed(mail, e);
            return false;
        }
        if (!store.markSent(id, workerId, clock.instant())) {
            log.warn("Mail {} was sent, but its row had been taken over meanwhile; check /admin/mail.", id);
        }
        return true;
    }

    private void failed(ClaimedMail mail, RuntimeException e) {
        String error = describe(e);
        // A mail that cannot even be built (a malformed address) fails the same way every time.
        boolean hopeless = e instanceof MailParseException || e instanceof MailPreparationException;
        if (hopeless || !retries.mayRetry(mail.attempts())) {
            store.markFailed(mail.id(), workerId, error);
            log.warn(
                    "Mail {} to {} failed for good after {} attempt(s): {}",
                    mail.id(),
                    mail.mail().to(),
                    mail.attempts(),
                    error);
        } else {
            Instant next = clock.instant().plus(retries.delayAfter(mail.attempts()));
            store.reschedule(mail.id(), workerId, error, next);
            log.info("Mail {} failed (attempt {}), next attempt at {}: {}", mail.id(), mail.attempts(), next, error);
        }
    }

    static String describe(Throwable e) {
        String message = e.getClass().getSimpleName() + ": " + e.getMessage();
        Throwable root = NestedExceptionUtils.getMostSpecificCause(e);
        if (root != e) {
            message += " (cause: " + root.getClass().getSimpleName() + ": " + root.getMessage() + ")";
        }
        return message;
    }
}
