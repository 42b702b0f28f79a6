package org.jumelage.config;

import static org.mockito.Mockito.mock;
import static org.mockito.Mockito.verify;

import org.junit.jupiter.api.Test;
import org.springframework.session.jdbc.JdbcIndexedSessionRepository;

/** The locked clean-up reaches the JDBC store, whether or not it is wrapped to throttle its writes. */
class ExpiredSessionCleanupTests {

    @Test
    void cleansTheJdbcStoreInsideTheThrottlingWrapper() {
        JdbcIndexedSessionRepository jdbc = mock(JdbcIndexedSessionRepository.class);

        new ExpiredSessionCleanup(new ThrottledSessionRepository(jdbc, SessionConfiguration.ACCESS_TIME_RESOLUTION))
                .cleanUp();

        verify(jdbc).cleanUpExpiredSessions();
    }

    @Test
    void cleansTheJdbcStoreWhenItIsNotWrapped() {
        JdbcIndexedSessionRepository jdbc = mock(JdbcIndexedSessionRepository.class);

        new ExpiredSessionCleanup(jdbc).cleanUp();

        verify(jdbc).cleanUpExpiredSessions();
    }
}
