package org.jumelage.mail;

/** Where modules put the e-mail they want sent. */
public interface MailOutbox {

    /**
     * Stores the mail for sending. Joins the caller's transaction and refuses to run without one:
     * the mail is stored with the change it reports, or not at all.
     *
     * @return the outbox id of the mail
     */
    long enqueue(OutgoingMail mail);
}
