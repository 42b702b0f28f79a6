package org.jumelage.config;

import java.time.Duration;
import java.time.Instant;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Set;
import org.jspecify.annotations.Nullable;
import org.springframework.beans.factory.DisposableBean;
import org.springframework.session.FindByIndexNameSessionRepository;
import org.springframework.session.Session;
import org.springframework.session.jdbc.JdbcIndexedSessionRepository;

/**
 * The session store, writing a session's last access time back at most once per {@code resolution}.
 *
 * <p>Spring Session sets the last access time of the session at every request that reads it, which
 * makes its JDBC store write the session row (an UPDATE and a commit, flushed to disk on both
 * databases) at the end of every signed-in page, even when nothing in the session changed. Through
 * this store the time moves only when it is at least {@code resolution} (a minute) later than the
 * stored one, so most pages only read the session. Everything else passes unchanged: a new session,
 * a changed attribute, a new session id (sign-in), deletion and the search by user. A session may
 * therefore expire up to {@code resolution} earlier than its timeout says (8 hours of inactivity).
 */
final class ThrottledSessionRepository
        implements FindByIndexNameSessionRepository<ThrottledSessionRepository.ThrottledSession>, DisposableBean {

    private final FindByIndexNameSessionRepository<Session> delegate;
    private final Duration resolution;

    @SuppressWarnings("unchecked")
    ThrottledSessionRepository(FindByIndexNameSessionRepository<? extends Session> delegate, Duration resolution) {
        this.delegate = (FindByIndexNameSessionRepository<Session>) delegate;
        this.resolution = resolution;
    }

    @Override
    public ThrottledSession createSession() {
        return new ThrottledSession(delegate.createSession(), resolution);
    }

    @Override
    public void save(ThrottledSession session) {
        delegate.save(session.delegate);
    }

    @Override
    public @Nullable ThrottledSession findById(String id) {
        Session session = delegate.findById(id);
        return session == null ? null : new ThrottledSession(session, resolution);
    }

    @Override
    public void deleteById(String id) {
        delegate.deleteById(id);
    }

    @Override
    public Map<String, ThrottledSession> findByIndexNameAndIndexValue(String indexName, String indexValue) {
        Map<String, ThrottledSession> sessions = new LinkedHashMap<>();
        delegate.findByIndexNameAndIndexValue(indexName, indexValue)
                .forEach((id, session) -> sessions.put(id, new ThrottledSession(session, resolution)));
        return sessions;
    }

    /** Deletes the expired sessions of the wrapped JDBC store (see {@link ExpiredSessionCleanup}). */
    void cleanUpExpiredSessions() {
        Object store = delegate;
        if (store instanceof JdbcIndexedSessionRepository jdbc) {
            jdbc.cleanUpExpiredSessions();
        }
    }

    /** Stops the wrapped store's clean-up of expired sessions with the application. */
    @Override
    public void destroy() throws Exception {
        if (delegate instanceof DisposableBean disposable) {
            disposable.destroy();
        }
    }

    /** A stored session whose last access time moves only in steps of the resolution (or back). */
    static final class ThrottledSession implements Session {

        private final Session delegate;
        private final Duration resolution;

        ThrottledSession(Session delegate, Duration resolution) {
            this.delegate = delegate;
            this.resolution = resolution;
        }

        @Override
        public void setLastAccessedTime(Instant lastAccessedTime) {
            Instant stored = delegate.getLastAccessedTime();
            if (lastAccessedTime.isBefore(stored)
                    || Duration.between(stored, lastAccessedTime).compareTo(resolution) >= 0) {
                delegate.setLastAccessedTime(lastAccessedTime);
            }
        }

        @Override
        public String getId() {
            return delegate.getId();
        }

        @Override
        public String changeSessionId() {
            return delegate.changeSessionId();
        }

        @Override
        public <T> @Nullable T getAttribute(String attributeName) {
            return delegate.getAttribute(attributeName);
        }

        @Override
        public Set<String> getAttributeNames() {
            return delegate.getAttributeNames();
        }

        @Override
        public void setAttribute(String attributeName, @Nullable Object attributeValue) {
            delegate.setAttribute(attributeName, attributeValue);
        }

        @Override
        public void removeAttribute(String attributeName) {
            delegate.removeAttribute(attributeName);
        }

        @Override
        public Instant getCreationTime() {
            return delegate.getCreationTime();
        }

        @Override
        public Instant getLastAccessedTime() {
            return delegate.getLastAccessedTime();
        }

        @Override
        public void setMaxInactiveInterval(Duration interval) {
            delegate.setMaxInactiveInterval(interval);
        }

        @Override
        public Duration getMaxInactiveInterval() {
            return delegate.getMaxInactiveInterval();
        }

        @Override
        public boolean isExpired() {
            return delegate.isExpired();
        }
    }
}
