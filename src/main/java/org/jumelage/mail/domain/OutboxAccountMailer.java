package org.jumelage.mail.domain;

import java.util.List;
import org.jumelage.account.AccountMailer;
import org.jumelage.mail.MailOutbox;
import org.jumelage.mail.OutgoingMail;
import org.springframework.stereotype.Component;

/** The account module's mails (password-reset links) go through the outbox, in the caller's transaction. */
@Component
class OutboxAccountMailer implements AccountMailer {

    private final MailOutbox outbox;

    OutboxAccountMailer(MailOutbox outbox) {
        this.outbox = outbox;
    }

    @Override
    public void send(String to, String subject, String text, String purpose) {
        outbox.enqueue(new OutgoingMail(to, subject, text, null, List.of(), purpose));
    }
}
