package org.jumelage.mail.domain;

import org.jumelage.mail.OutgoingMail;

/** Hands one mail to the mail server. */
interface MailTransport {

    /**
     * Sends the mail, or throws a {@link org.springframework.mail.MailException}:
     * {@link org.springframework.mail.MailParseException} or
     * {@link org.springframework.mail.MailPreparationException} when the mail itself cannot be
     * built (a malformed address), another kind when the server could not be reached or refused it.
     *
     * @param outboxId written into the {@code X-Jumelage-Outbox-Id} header, to trace a received mail back
     */
    void send(long outboxId, OutgoingMail mail);

    /** Where mail goes, for the start-up report, e.g. {@code smtp.example.org:587}. */
    String describe();
}
