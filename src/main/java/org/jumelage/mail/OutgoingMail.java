package org.jumelage.mail;

import java.util.List;
import org.jspecify.annotations.Nullable;

/**
 * One e-mail to one recipient.
 *
 * @param purpose a short machine-readable label for administrators and tests, such as {@code event.registration-confirmed}
 * @param html an HTML alternative to the text, or {@code null} for plain text only
 * @param replyTo where a reply goes when not to the instance's sender address (the partner-notice
 *     relay puts the visitor's address here), or {@code null}
 */
public record OutgoingMail(
        String to,
        String subject,
        String text,
        @Nullable String html,
        List<MailAttachment> attachments,
        String purpose,
        @Nullable String replyTo) {

    public OutgoingMail {
        attachments = List.copyOf(attachments);
    }

    /** A mail whose replies go to the sender address. */
    public OutgoingMail(
            String to,
            String subject,
            String text,
            @Nullable String html,
            List<MailAttachment> attachments,
            String purpose) {
        this(to, subject, text, html, attachments, purpose, null);
    }
}
