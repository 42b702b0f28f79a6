package org.jumelage.config;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Duration;
import java.time.Instant;
import java.util.LinkedHashMap;
import java.util.Map;
import org.jspecify.annotations.Nullable;
import org.junit.jupiter.api.Test;
import org.springframework.session.FindByIndexNameSessionRepository;
import org.springframework.session.MapSession;

/** The session store writes the last access time back only in steps of a minute; all else passes. */
class ThrottledSessionRepositoryTests {

    private static final Duration MINUTE = Duration.ofMinutes(1);

    private final StoredSessions stored = new StoredSessions();
    private final ThrottledSessionRepository repository = new ThrottledSessionRepository(stored, MINUTE);

    @Test
    void aPageWithinTheMinuteLeavesTheStoredAccessTimeAlone() {
        String id = savedSessionLastAccessedAt(Instant.parse("2026-12-07T10:00:00Z"));

        var session = repository.findById(id);
        session.setLastAccessedTime(Instant.parse("2026-12-07T10:00:59Z"));
        repository.save(session);

        assertThat(stored.lastAccess(id)).isEqualTo(Instant.parse("2026-12-07T10:00:00Z"));
    }

    @Test
    void aPageAMinuteLaterMovesIt() {
        String id = savedSessionLastAccessedAt(Instant.parse("2026-12-07T10:00:00Z"));

        var session = repository.findById(id);
        session.setLastAccessedTime(Instant.parse("2026-12-07T10:01:00Z"));
        repository.save(session);

        assertThat(stored.lastAccess(id)).isEqualTo(Instant.parse("2026-12-07T10:01:00Z"));
    }

    @Test
    void attributesAndANewIdPassThrough() {
        String id = savedSessionLastAccessedAt(Instant.parse("2026-12-07T10:00:00Z"));

        var session = repository.findById(id);
        session.setAttribute("language", "lv");
        String newId = session.changeSessionId();
        repository.save(session);

        assertThat(repository.findById(newId).<String>getAttribute("language")).isEqualTo("lv");
        assertThat(repository.findById(id)).isNull();
    }

    @Test
    void findsAndDeletesAUsersSessions() {
        String id = savedSessionLastAccessedAt(Instant.parse("2026-12-07T10:00:00Z"));

        assertThat(repository.findByPrincipalName("coordinator@example.org")).containsOnlyKeys(id);
        repository.deleteById(id);

        assertThat(repository.findByPrincipalName("coordinator@example.org")).isEmpty();
    }

    @Test
    void aNewSessionIsStored() {
        var session = repository.createSession();
        repository.save(session);

        assertThat(repository.findById(session.getId())).isNotNull();
    }

    private String savedSessionLastAccessedAt(Instant time) {
        MapSession session = new MapSession();
        session.setLastAccessedTime(time);
        session.setAttribute(FindByIndexNameSessionRepository.PRINCIPAL_NAME_INDEX_NAME, "coordinator@example.org");
        stored.save(session);
        return session.getId();
    }

    /** A store that keeps copies, as a database does: only save() changes what is stored. */
    static final class StoredSessions implements FindByIndexNameSessionRepository<MapSession> {

        private final Map<String, MapSession> sessions = new LinkedHashMap<>();

        Instant lastAccess(String id) {
            return sessions.get(id).getLastAccessedTime();
        }

        @Override
        public MapSession createSession() {
            return new MapSession();
        }

        @Override
        public void save(MapSession session) {
            if (!session.getId().equals(session.getOriginalId())) {
                sessions.remove(session.getOriginalId());
            }
            sessions.put(session.getId(), new MapSession(session));
        }

        @Override
        public @Nullable MapSession findById(String id) {
            MapSession session = sessions.get(id);
            return session == null ? null : new MapSession(session);
        }

        @Override
        public void deleteById(String id) {
            sessions.remove(id);
        }

        @Override
        public Map<String, MapSession> findByIndexNameAndIndexValue(String indexName, String indexValue) {
            Map<String, MapSession> found = new LinkedHashMap<>();
            sessions.forEach((id, session) -> {
                if (indexValue.equals(session.getAttribute(indexName))) {
                    found.put(id, new MapSession(session));
                }
            });
            return found;
        }
    }
}
