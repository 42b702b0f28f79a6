package org.jumelage.participation.persistence;

import java.util.List;
import java.util.Optional;
import org.jspecify.annotations.Nullable;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;

/** Reads what the participant lists show: delegations, working languages and the confirmed people. */
@Repository
public class ParticipantListQueries {

    /** A delegation of an event. */
    public record DelegationRow(
            long id, long eventId, long partnerId, @Nullable Long organisationId, String country) {}

    /** A person on a list. */
    public record PersonRow(
            long id,
            @Nullable Long delegationId,
            String firstName,
            String lastName,
            @Nullable String townName,
            String country) {}

    private final JdbcClient jdbc;

    ParticipantListQueries(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    public List<DelegationRow> delegations(long eventId) {
        return jdbc.sql("""
                        select id, event_id, partner_id, organisation_id, country
                        from event_delegation where event_id = :event order by country, id
                        """)
                .param("event", eventId)
                .query((rs, n) -> new DelegationRow(
                        rs.getLong("id"),
                        rs.getLong("event_id"),
                        rs.getLong("partner_id"),
                        rs.getObject("organisation_id", Long.class),
                        rs.getString("country")))
                .list();
    }

    public Optional<DelegationRow> delegation(long delegationId) {
        return jdbc.sql("""
                        select id, event_id, partner_id, organisation_id, country
                        from event_delegation where id = :id
                        """)
                .param("id", delegationId)
                .query((rs, n) -> new DelegationRow(
                        rs.getLong("id"),
                        rs.getLong("event_id"),
                        rs.getLong("partner_id"),
                        rs.getObject("organisation_id", Long.class),
                        rs.getString("country")))
                .optional();
    }

    /** The event's working languages as stored ({@code "lv,en"}), or empty when it has no registration settings. */
    public Optional<String> workingLanguages(long eventId) {
        return jdbc.sql("select working_languages from event_registration_settings where event_id = :event")
                .param("event", eventId)
                .query(String.class)
                .optional();
    }

    /**
     * The confirmed, not erased people of the event, or of one delegation of it when
     * {@code delegationId} is not {@code null}; in no particular order.
     */
    public List<PersonRow> confirmed(long eventId, @Nullable Long delegationId) {
        String sql = """
                select id, delegation_id, first_name, last_name, town_name, country
                from event_registration
                where event_id = :event and status = 'CONFIRMED' and erased_at is null
                """ + (delegationId == null ? "" : " and delegation_id = :delegation");
        JdbcClient.StatementSpec statement = jdbc.sql(sql).param("event", eventId);
        if (delegationId != null) {
            statement = statement.param("delegation", delegationId);
        }
        return statement
                .query((rs, n) -> new PersonRow(
                        rs.getLong("id"),
                        rs.getObject("delegation_id", Long.class),
                        nonNull(rs.getString("first_name")),
                        nonNull(rs.getString("last_name")),
                        rs.getString("town_name"),
                        rs.getString("country")))
                .list();
    }

    /** Confirmed, not erased people per delegation of the event. */
    public java.util.Map<Long, Integer> confirmedPerDelegation(long eventId) {
        java.util.Map<Long, Integer> counts = new java.util.HashMap<>();
        jdbc.sql("""
                        select delegation_id, count(*) as people from event_registration
                        where event_id = :event and status = 'CONFIRMED' and erased_at is null
                          and delegation_id is not null
                        group by delegation_id
                        """).param("event", eventId).query(rs -> {
            counts.put(rs.getLong("delegation_id"), rs.getInt("people"));
        });
        return counts;
    }

    private static String nonNull(@Nullable String text) {
        return text == null ? "" : text;
    }
}
