package org.jumelage.account.domain;

import jakarta.persistence.Entity;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import java.time.Instant;
import org.jspecify.annotations.Nullable;
import org.jumelage.account.AuditEntry;

/** One line of the audit trail; never changed once written. */
@Entity
@Table(name = "audit_event")
class AuditEvent {

    private static final int MAX_TARGET = 254;
    private static final int MAX_DETAIL = 1000;

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    private @Nullable Long id;

    private Instant occurredAt;
    private String actor;
    private String action;
    private @Nullable String target;
    private @Nullable String detail;
    private @Nullable String remoteAddress;

    protected AuditEvent() {}

    AuditEvent(
            Instant occurredAt,
            String actor,
            String action,
            @Nullable String target,
            @Nullable String detail,
            @Nullable String remoteAddress) {
        this.occurredAt = occurredAt;
        this.actor = cut(actor, MAX_TARGET);
        this.action = action;
        this.target = target == null ? null : cut(target, MAX_TARGET);
        this.detail = detail == null ? null : cut(detail, MAX_DETAIL);
        this.remoteAddress = remoteAddress;
    }

    private static String cut(String text, int max) {
        return text.length() <= max ? text : text.substring(0, max);
    }

    AuditEntry toEntry() {
        return new AuditEntry(id == null ? 0 : id, occurredAt, actor, action, target, detail, remoteAddress);
    }
}
