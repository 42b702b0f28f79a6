package org.jumelage.mail.domain;

import java.time.Clock;
import java.util.Optional;
import org.jspecify.annotations.Nullable;
import org.jumelage.account.AuditTrail;
import org.jumelage.mail.MailAttachment;
import org.jumelage.mail.MailOutboxOverview;
import org.jumelage.mail.OutboxCounts;
import org.jumelage.mail.persistence.MailStatus;
import org.jumelage.mail.persistence.OutboxEntry;
import org.jumelage.mail.persistence.OutboxStore;
import org.jumelage.mail.persistence.StoredMail;
import org.springframework.data.domain.Page;
import org.springframework.data.domain.PageRequest;
import org.springframework.data.domain.Pageable;
import org.springframework.stereotype.Service;
import org.springframework.transaction.PlatformTransactionManager;
import org.springframework.transaction.support.TransactionTemplate;

/** What administrators do with the outbox: read it, and retry mails that failed or whose fate is unknown. */
@Service
public class OutboxAdministration implements MailOutboxOverview {

    private final OutboxStore store;
    private final OutboxWorker worker;
    private final AuditTrail auditTrail;
    private final Clock clock;
    private final TransactionTemplate transaction;

    OutboxAdministration(
            OutboxStore store,
            OutboxWorker worker,
            AuditTrail auditTrail,
            Clock clock,
            PlatformTransactionManager transactionManager) {
        this.store = store;
        this.worker = worker;
        this.auditTrail = auditTrail;
        this.clock = clock;
        this.transaction = new TransactionTemplate(transactionManager);
    }

    /** Whether mail is being sent at all (an SMTP host is configured). */
    public boolean sending() {
        return worker.sending();
    }

    @Override
    public OutboxCounts counts() {
        return new OutboxCounts(count(MailStatus.PENDING), count(MailStatus.FAILED), count(MailStatus.UNKNOWN));
    }

    private long count(MailStatus status) {
        return store.entries(status, PageRequest.of(0, 1)).getTotalElements();
    }

    public Page<OutboxEntry> entries(@Nullable MailStatus status, Pageable pageable) {
        return store.entries(status, pageable);
    }

    public Optional<StoredMail> mail(long id) {
        return store.mail(id);
    }

    public Optional<MailAttachment> attachment(long id, int position) {
        return store.attachment(id, position);
    }

    /** The outcome of an administrator's retry. */
    public enum RetryOutcome {
        /** Sent at once. */
        SENT,
        /** Back in the queue: mail is not being sent, or this attempt failed again and will be retried. */
        QUEUED,
        /** Not FAILED or UNKNOWN (any more): nothing was changed. */
        NOT_RETRYABLE,
        NOT_FOUND
    }

    /**
     * Puts a FAILED or UNKNOWN mail back in the queue (audited), then tries to send it at once. For
     * an UNKNOWN mail this is the administrator's decision that it did not arrive.
     */
    public RetryOutcome retry(long id) {
        Optional<OutboxEntry> entry = store.entry(id);
        if (entry.isEmpty()) {
            return RetryOutcome.NOT_FOUND;
        }
        // The state change and its audit entry commit together, before the attempt to send.
        if (!Boolean.TRUE.equals(transaction.execute(status -> requeue(entry.get())))) {
            return RetryOutcome.NOT_RETRYABLE;
        }
        return worker.sendNow(id) ? RetryOutcome.SENT : RetryOutcome.QUEUED;
    }

    private boolean requeue(OutboxEntry entry) {
        if (!store.requeue(entry.id(), clock.instant())) {
            return false;
        }
        auditTrail.record(
                "mail.outbox.retried",
                "mail " + entry.id(),
                entry.status() + " after " + entry.attempts() + " attempt(s) to " + entry.recipient() + ": "
                        + entry.lastError());
        return true;
    }
}
