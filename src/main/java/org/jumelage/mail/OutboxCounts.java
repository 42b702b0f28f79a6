package org.jumelage.mail;

/**
 * How many mails of the outbox are in each state, for an administrator's overview.
 *
 * @param pending waiting to be sent (or to be retried)
 * @param failed given up after the last attempt, or not buildable
 * @param unknown an instance died while sending: a person must check whether it arrived
 */
public record OutboxCounts(long pending, long failed, long unknown) {

    /** Whether anything waits for an administrator: a failed or unknown mail. */
    public boolean needsAttention() {
        return failed > 0 || unknown > 0;
    }
}
