package org.jumelage.config;

import net.javacrumbs.shedlock.spring.annotation.SchedulerLock;
import org.springframework.scheduling.annotation.Scheduled;
import org.springframework.session.FindByIndexNameSessionRepository;
import org.springframework.session.jdbc.JdbcIndexedSessionRepository;
import org.springframework.stereotype.Component;

/**
 * Deletes expired sessions from the database. Spring Session's own clean-up (which every instance
 * would run) is switched off ({@code spring.session.jdbc.cleanup-cron=-}); this run takes the
 * database lock {@value #JOB}, so of several instances one cleans up per period.
 */
@Component
class ExpiredSessionCleanup {

    /** The lock name (table {@code shedlock}). */
    static final String JOB = "session-cleanup";

    /** The session store: Spring Boot's JDBC store, usually inside {@link ThrottledSessionRepository}. */
    private final FindByIndexNameSessionRepository<?> sessions;

    ExpiredSessionCleanup(FindByIndexNameSessionRepository<?> sessions) {
        this.sessions = sessions;
    }

    @Scheduled(cron = "${jumelage.sessions.cleanup-cron:0 * * * * *}")
    @SchedulerLock(
            name = JOB,
            lockAtLeastFor = "${jumelage.jobs.session-cleanup.lock-at-least-for:30s}",
            lockAtMostFor = "${jumelage.jobs.session-cleanup.lock-at-most-for:5m}")
    void cleanUp() {
        if (sessions instanceof ThrottledSessionRepository throttled) {
            throttled.cleanUpExpiredSessions();
        } else if (sessions instanceof JdbcIndexedSessionRepository jdbc) {
            jdbc.cleanUpExpiredSessions();
        }
    }
}
