package org.jumelage.mail.persistence;

import java.util.List;
import org.jspecify.annotations.Nullable;

/** A mail of the outbox with its body and the names of its attachments. */
public record StoredMail(
        OutboxEntry entry, String text, @Nullable String html, List<AttachmentInfo> attachments) {

    public StoredMail {
        attachments = List.copyOf(attachments);
    }

    /** An attachment without its content; {@code position} addresses it within the mail. */
    public record AttachmentInfo(int position, String fileName, String contentType, int size) {}
}
