package org.jumelage.account.domain;

import jakarta.servlet.http.HttpServletRequest;
import java.time.Clock;
import org.jspecify.annotations.Nullable;
import org.jumelage.account.AuditEntry;
import org.jumelage.account.AuditTrail;
import org.jumelage.account.SignedInUser;
import org.springframework.data.domain.Page;
import org.springframework.data.domain.Pageable;
import org.springframework.security.core.Authentication;
import org.springframework.security.core.context.SecurityContextHolder;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;
import org.springframework.web.context.request.RequestContextHolder;
import org.springframework.web.context.request.ServletRequestAttributes;

@Service
class DatabaseAuditTrail implements AuditTrail {

    static final String SYSTEM = "system";

    private final AuditEventRepository events;
    private final Clock clock;

    DatabaseAuditTrail(AuditEventRepository events, Clock clock) {
        this.events = events;
        this.clock = clock;
    }

    @Override
    @Transactional
    public void record(String action, @Nullable String target, @Nullable String detail) {
        recordAs(currentActor(), action, target, detail, currentRemoteAddress());
    }

    /** Records with an explicit actor and address, for sign-in where the security context is not set yet. */
    @Transactional
    void recordAs(
            String actor,
            String action,
            @Nullable String target,
            @Nullable String detail,
            @Nullable String remoteAddress) {
        events.save(new AuditEvent(clock.instant(), actor, action, target, detail, remoteAddress));
    }

    @Override
    @Transactional(readOnly = true)
    public Page<AuditEntry> entries(@Nullable String actionPrefix, Pageable pageable) {
        Page<AuditEvent> page = actionPrefix == null || actionPrefix.isBlank()
                ? events.findAllByOrderByOccurredAtDescIdDesc(pageable)
                : events.findByActionStartingWithOrderByOccurredAtDescIdDesc(actionPrefix, pageable);
        return page.map(AuditEvent::toEntry);
    }

    private static String currentActor() {
        Authentication authentication = SecurityContextHolder.getContext().getAuthentication();
        if (authentication != null && authentication.getPrincipal() instanceof SignedInUser user) {
            return user.email();
        }
        return SYSTEM;
    }

    static @Nullable String currentRemoteAddress() {
        if (RequestContextHolder.getRequestAttributes() instanceof ServletRequestAttributes attributes) {
            HttpServletRequest request = attributes.getRequest();
            return request.getRemoteAddr();
        }
        return null;
    }
}
