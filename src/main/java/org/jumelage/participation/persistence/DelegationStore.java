package org.jumelage.participation.persistence;

import java.sql.Timestamp;
import java.time.Instant;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.jspecify.annotations.Nullable;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.jdbc.support.GeneratedKeyHolder;
import org.springframework.stereotype.Repository;

/** The event_delegation table, and the counts of registrations per delegation. */
@Repository
public class DelegationStore {

    /** A stored delegation. */
    public record Row(
            long id,
            long eventId,
            long partnerId,
            @Nullable Long organisationId,
            String country,
            @Nullable String headName,
            @Nullable String headEmail,
            String linkToken,
            long version) {}

    /**
     * Registrations of a delegation.
     *
     * @param active confirmed and waiting list
     * @param confirmed confirmed only
     */
    public record Counts(int active, int confirmed) {
        public static final Counts NONE = new Counts(0, 0);
    }

    private static final String COLUMNS =
            "id, event_id, partner_id, organisation_id, country, head_name, head_email, link_token, version";

    private final JdbcClient jdbc;

    DelegationStore(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    public long insert(
            long eventId,
            long partnerId,
            @Nullable Long organisationId,
            String country,
            @Nullable String headName,
            @Nullable String headEmail,
            String linkToken,
            Instant now) {
        GeneratedKeyHolder keys = new GeneratedKeyHolder();
        jdbc.sql("""
                        insert into event_delegation (event_id, partner_id, organisation_id, country, head_name,
                                                      head_email, link_token, created_at, updated_at, version)
                        values (:event, :partner, :organisation, :country, :headName, :headEmail, :token, :now, :now, 0)
                        """)
                .param("event", eventId)
                .param("partner", partnerId)
                .param("organisation", organisationId)
                .param("country", country)
                .param("headName", headName)
                .param("headEmail", headEmail)
                .param("token", linkToken)
                .param("now", Timestamp.from(now))
                .update(keys, "id");
        return keys.getKeyAs(Number.class).longValue();
    }

    public Optional<Row> find(long id) {
        return jdbc.sql("select " + COLUMNS + " from event_delegation where id = :id")
                .param("id", id)
                .query(Row.class)
                .optional();
    }

    public Optional<Row> findByLinkToken(String token) {
        return jdbc.sql("select " + COLUMNS + " from event_delegation where link_token = :token")
                .param("token", token)
                .query(Row.class)
                .optional();
    }

    public List<Row> forEvent(long eventId) {
        return jdbc.sql("select " + COLUMNS + " from event_delegation where event_id = :event order by country, id")
                .param("event", eventId)
                .query(Row.class)
                .list();
    }

    public boolean existsForPartner(long eventId, long partnerId) {
        return jdbc.sql("select count(*) from event_delegation where event_id = :event and partner_id = :partner")
                        .param("event", eventId)
                        .param("partner", partnerId)
                        .query(Long.class)
                        .single()
                > 0;
    }

    /** Changes the head when the stored version is the expected one; false when someone else saved first. */
    public boolean updateHead(
            long id, @Nullable String headName, @Nullable String headEmail, long expectedVersion, Instant now) {
        return jdbc.sql("""
                                update event_delegation
                                   set head_name = :headName, head_email = :headEmail, updated_at = :now,
                                       version = version + 1
                                 where id = :id and version = :version
                                """)
                        .param("headName", headName)
                        .param("headEmail", headEmail)
                        .param("now", Timestamp.from(now))
                        .param("id", id)
                        .param("version", expectedVersion)
                        .update()
                == 1;
    }

    public void updateLinkToken(long id, String token, Instant now) {
        jdbc.sql("""
                        update event_delegation set link_token = :token, updated_at = :now, version = version + 1
                         where id = :id
                        """)
                .param("token", token)
                .param("now", Timestamp.from(now))
                .param("id", id)
                .update();
    }

    public void delete(long id) {
        jdbc.sql("delete from event_delegation where id = :id").param("id", id).update();
    }

    public Counts counts(long delegationId) {
        return countsWhere("delegation_id = :id", delegationId).getOrDefault(delegationId, Counts.NONE);
    }

    /** Delegation id → counts, for the delegations of an event that have registrations. */
    public Map<Long, Counts> countsForEvent(long eventId) {
        return countsWhere("event_id = :id", eventId);
    }

    private Map<Long, Counts> countsWhere(String condition, long id) {
        Map<Long, Counts> counts = new HashMap<>();
        jdbc.sql("""
                        select delegation_id,
                               sum(case when status in ('CONFIRMED', 'WAITLISTED') then 1 else 0 end) as active,
                               sum(case when status = 'CONFIRMED' then 1 else 0 end) as confirmed
                          from event_registration
                         where delegation_id is not null and %s
                         group by delegation_id
                        """.formatted(condition))
                .param("id", id)
                .query((rs, n) -> counts.put(rs.getLong(1), new Counts(rs.getInt(2), rs.getInt(3))))
                .list();
        return counts;
    }
}
