package org.jumelage.account;

import java.time.Instant;
import org.jspecify.annotations.Nullable;

/**
 * One line of the audit trail: who did what, to what, when and from where.
 *
 * @param actor e-mail of the person (or {@code system}, or the e-mail typed at a failed sign-in)
 * @param action stable action code, for example {@code account.sign-in.failed}
 * @param target what the action concerned, for example a user's e-mail; may be {@code null}
 * @param detail free text with the particulars; may be {@code null}
 * @param remoteAddress the client's IP address, or {@code null} outside a web request
 */
public record AuditEntry(
        long id,
        Instant occurredAt,
        String actor,
        String action,
        @Nullable String target,
        @Nullable String detail,
        @Nullable String remoteAddress) {}
