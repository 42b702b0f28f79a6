package org.jumelage.mail.persistence;

/** Where a mail of the outbox stands. */
public enum MailStatus {
    /** Waiting for its next attempt ({@code next_attempt_at}). */
    PENDING,
    /** Claimed by one worker, which is sending it now. */
    SENDING,
    /** Accepted by the SMTP server. */
    SENT,
    /** Given up after the maximum number of attempts, or not sendable at all; an administrator may retry it. */
    FAILED,
    /**
     * A worker claimed it and never reported back (it crashed or lost the database): the mail may or
     * may not have gone out. It is never resent automatically; an administrator may retry it.
     */
    UNKNOWN;

    /** Whether an administrator may put the mail back in the queue. */
    public boolean retryable() {
        return this == FAILED || this == UNKNOWN;
    }
}
