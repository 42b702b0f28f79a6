package org.jumelage.mail;

/**
 * The sending side of the outbox. A background worker calls {@link #sendDueMails()} on its own
 * schedule; nobody else needs to, but tests may, to send at once.
 */
public interface MailDelivery {

    /** Whether an SMTP server is configured; without one, mail stays in the outbox. */
    boolean sending();

    /**
     * Sends the mails that are due now (at most one batch) and returns how many went out. Safe to
     * call from several threads and instances at once: each mail is claimed by exactly one of them.
     * Does nothing without an SMTP server.
     */
    int sendDueMails();
}
