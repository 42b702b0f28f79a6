package org.jumelage.participation.persistence;

import java.sql.Timestamp;
import java.time.Instant;
import java.util.List;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;

/**
 * The bulk statements of the personal-data retention: one statement per project clears the
 * personal data of every registration of the project's events, as the erasure of one person does.
 */
@Repository
public class RetentionStore {

    private final JdbcClient jdbc;

    RetentionStore(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    /**
     * Anonymises the project's not yet erased registrations: name, e-mail, organisation, town name
     * and needs go, and the keys that catch duplicates; country, delegation, status, statistics and
     * attendance stay. Returns the number of people anonymised.
     */
    public int anonymiseRegistrations(long projectId, Instant now) {
        return jdbc.sql("""
                        update event_registration
                        set first_name = null, last_name = null, email = null, email_key = null, name_key = null,
                            organisation_name = null, town_name = null, dietary = null, accessibility = null,
                            erased_at = :now, updated_at = :now, version = version + 1
                        where erased_at is null
                          and event_id in (select e.id from event e where e.project_id = :project)
                        """)
                .param("project", projectId)
                .param("now", Timestamp.from(now))
                .update();
    }

    /** Clears the name and e-mail of the heads of the project's delegations; returns the delegations changed. */
    public int anonymiseDelegationHeads(long projectId, Instant now) {
        return jdbc.sql("""
                        update event_delegation
                        set head_name = null, head_email = null, updated_at = :now, version = version + 1
                        where (head_name is not null or head_email is not null)
                          and event_id in (select e.id from event e where e.project_id = :project)
                        """)
                .param("project", projectId)
                .param("now", Timestamp.from(now))
                .update();
    }

    /** The storage keys of the evidence files of the project's events. */
    public List<EvidenceKey> evidence(long projectId) {
        return jdbc.sql("""
                        select v.id, v.storage_key from event_evidence v
                        where v.event_id in (select e.id from event e where e.project_id = :project)
                        order by v.id
                        """)
                .param("project", projectId)
                .query((rs, n) -> new EvidenceKey(rs.getLong("id"), rs.getString("storage_key")))
                .list();
    }

    public void deleteEvidence(long evidenceId) {
        jdbc.sql("delete from event_evidence where id = :id")
                .param("id", evidenceId)
                .update();
    }

    /** An evidence row and its file's key. */
    public record EvidenceKey(long id, String storageKey) {}
}
