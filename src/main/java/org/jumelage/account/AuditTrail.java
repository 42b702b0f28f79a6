package org.jumelage.account;

import org.jspecify.annotations.Nullable;
import org.springframework.data.domain.Page;
import org.springframework.data.domain.Pageable;

/**
 * The instance's audit trail. Every module records what people do to data that matters (sign-ins,
 * user administration, publication, attendance…). An entry joins the caller's transaction.
 */
public interface AuditTrail {

    /**
     * Records an action of the current person (taken from the security context, {@code system}
     * outside a request) with the client's address when there is a web request.
     *
     * @param action stable action code, {@code <module>.<object>.<verb>}, e.g. {@code account.user.created}
     * @param target what the action concerned; may be {@code null}
     * @param detail particulars; may be {@code null}
     */
    void record(String action, @Nullable String target, @Nullable String detail);

    /** The newest entries first, optionally only those whose action starts with {@code actionPrefix}. */
    Page<AuditEntry> entries(@Nullable String actionPrefix, Pageable pageable);
}
