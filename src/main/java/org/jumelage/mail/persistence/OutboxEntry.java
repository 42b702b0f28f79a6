package org.jumelage.mail.persistence;

import java.time.Instant;
import org.jspecify.annotations.Nullable;

/** One line of the outbox, without the body and attachments. */
public record OutboxEntry(
        long id,
        String recipient,
        String subject,
        String purpose,
        MailStatus status,
        int attempts,
        Instant createdAt,
        Instant nextAttemptAt,
        @Nullable Instant sentAt,
        @Nullable String claimedBy,
        @Nullable Instant claimedAt,
        @Nullable String lastError) {}
