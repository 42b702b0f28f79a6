package org.jumelage.mail;

import java.util.List;
import org.jspecify.annotations.Nullable;

/**
 * One e-mail to one recipient.
 *
 * @param purpose a short machine-readable label for administrators and tests, such as {@code event.registration-confirmed}
 * @param html an HTML alternative to the text, or {@code null} for plain text only
 */
public record OutgoingMail(
        String to,
        String subject,
        String text,
        @Nullable String html,
        List<MailAttachment> attachments,
        String purpose) {

    public OutgoingMail {
        attachments = List.copyOf(attachments);
    }
}
