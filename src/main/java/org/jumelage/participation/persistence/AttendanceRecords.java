package org.jumelage.participation.persistence;

import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Timestamp;
import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Collection;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import org.jspecify.annotations.Nullable;
import org.jumelage.event.EventTurnout.PartnerTurnout;
import org.jumelage.participation.AttendanceSource;
import org.jumelage.participation.CheckInOutcome;
import org.jumelage.participation.RegistrationStatus;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;

/**
 * Attendance, check-in requests and the registration facts check-in and the counts read, in plain
 * SQL. A person is present at most once a day: the primary key of {@code event_attendance} says so,
 * and inserting twice fails with a duplicate key that the caller turns into "already checked in".
 */
@Repository
public class AttendanceRecords {

    private final JdbcClient jdbc;

    AttendanceRecords(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    /** What check-in needs of a registration. */
    public record Person(
            long id,
            long eventId,
            @Nullable String firstName,
            @Nullable String lastName,
            String country,
            @Nullable Long delegationId,
            RegistrationStatus status,
            boolean erased) {

        public String name() {
            if (erased) {
                return "";
            }
            return ((firstName == null ? "" : firstName) + " " + (lastName == null ? "" : lastName)).strip();
        }
    }

    /** A confirmed registration with its funder statistics, for the counts. */
    public record Counted(
            long id,
            String country,
            @Nullable Long delegationId,
            @Nullable String gender,
            @Nullable String ageBand,
            @Nullable Boolean firstTime,
            @Nullable Boolean fewerOpportunities) {}

    /** One person present on one day. */
    public record Presence(long registrationId, LocalDate day, AttendanceSource source, Instant recordedAt) {}

    /** A delegation of the event. */
    public record Delegation(long id, long partnerId, String country) {}

    /** A processed check-in request, to answer its nonce again. */
    public record Request(
            long registrationId,
            LocalDate day,
            String action,
            CheckInOutcome outcome,
            @Nullable Instant presentSince) {}

    /** A person as the check-in page lists them. */
    public record Listed(Person person, @Nullable Instant presentSince) {}

    private static final String PERSON_COLUMNS = """
            r.id, r.event_id, r.first_name, r.last_name, r.country, r.delegation_id, r.status, r.erased_at""";

    public Optional<Person> person(long registrationId) {
        return jdbc.sql("select " + PERSON_COLUMNS + " from event_registration r where r.id = :id")
                .param("id", registrationId)
                .query(AttendanceRecords::person)
                .optional();
    }

    public Optional<Person> personByCheckInCode(String checkInCode) {
        return jdbc.sql("select " + PERSON_COLUMNS + " from event_registration r where r.check_in_code = :code")
                .param("code", checkInCode)
                .query(AttendanceRecords::person)
                .optional();
    }

    /** The person of the event with this short check-in code (in its stored form). */
    public Optional<Person> personByShortCode(long eventId, String shortCode) {
        return jdbc.sql("select " + PERSON_COLUMNS
                        + " from event_registration r where r.event_id = :event and r.short_code = :code")
                .param("event", eventId)
                .param("code", shortCode)
                .query(AttendanceRecords::person)
                .optional();
    }

    public Optional<Instant> presentSince(long registrationId, LocalDate day) {
        return jdbc.sql("""
                        select recorded_at from event_attendance
                        where registration_id = :registration and attendance_day = :day""")
                .param("registration", registrationId)
                .param("day", day)
                .query((rs, row) -> rs.getTimestamp(1).toInstant())
                .optional();
    }

    /**
     * Records the person present and counts the day in their registration's {@code days_present};
     * fails with a duplicate key when they already are.
     */
    public void insertPresence(
            long registrationId, LocalDate day, AttendanceSource source, Instant at, @Nullable Long by) {
        jdbc.sql("""
                        insert into event_attendance (registration_id, attendance_day, source, recorded_at, recorded_by)
                        values (:registration, :day, :source, :at, :by)""")
                .param("registration", registrationId)
                .param("day", day)
                .param("source", source.name())
                .param("at", Timestamp.from(at))
                .param("by", by)
                .update();
        countDaysPresent(registrationId, 1);
    }

    /** @return whether there was a presence to remove (and so a day less in {@code days_present}) */
    public boolean deletePresence(long registrationId, LocalDate day) {
        boolean removed =
                jdbc.sql("delete from event_attendance where registration_id = :registration and attendance_day = :day")
                                .param("registration", registrationId)
                                .param("day", day)
                                .update()
                        > 0;
        if (removed) {
            countDaysPresent(registrationId, -1);
        }
        return removed;
    }

    /**
     * Keeps {@code event_registration.days_present} equal to the registration's rows in
     * {@code event_attendance}, in the transaction that adds or removes one: the counts read "present
     * on at least one day" from it without looking at the attendance rows.
     */
    private void countDaysPresent(long registrationId, int change) {
        jdbc.sql("update event_registration set days_present = days_present + :change where id = :registration")
                .param("change", change)
                .param("registration", registrationId)
                .update();
    }

    public Optional<Request> request(long eventId, String nonce) {
        return jdbc.sql("""
                        select registration_id, attendance_day, action, outcome, present_since
                        from event_check_in_request where event_id = :event and nonce = :nonce""")
                .param("event", eventId)
                .param("nonce", nonce)
                .query((rs, row) -> new Request(
                        rs.getLong(1),
                        rs.getObject(2, LocalDate.class),
                        rs.getString(3),
                        CheckInOutcome.valueOf(rs.getString(4)),
                        instant(rs.getTimestamp(5))))
                .optional();
    }

    /** Keeps the answer to a nonce; fails with a duplicate key when another device's request took it first. */
    public void saveRequest(long eventId, String nonce, Request request, Instant at, @Nullable Long by) {
        jdbc.sql("""
                        insert into event_check_in_request (event_id, nonce, registration_id, attendance_day, action,
                                                            outcome, present_since, processed_at, processed_by)
                        values (:event, :nonce, :registration, :day, :action, :outcome, :since, :at, :by)""")
                .param("event", eventId)
                .param("nonce", nonce)
                .param("registration", request.registrationId())
                .param("day", request.day())
                .param("action", request.action())
                .param("outcome", request.outcome().name())
                .param("since", request.presentSince() == null ? null : Timestamp.from(request.presentSince()))
                .param("at", Timestamp.from(at))
                .param("by", by)
                .update();
    }

    /** Confirmed, non-erased people of the event whose name contains every word, by last name. */
    public List<Listed> search(long eventId, List<String> words, LocalDate day, int limit) {
        StringBuilder sql = new StringBuilder("select " + PERSON_COLUMNS + ", a.recorded_at from event_registration r "
                + "left join event_attendance a on a.registration_id = r.id and a.attendance_day = :day "
                + "where r.event_id = :event and r.status = 'CONFIRMED' and r.erased_at is null");
        List<Object[]> params = new ArrayList<>();
        for (int i = 0; i < words.size(); i++) {
            sql.append(" and lower(coalesce(r.first_name, '') || ' ' || coalesce(r.last_name, '')) like :w")
                    .append(i)
                    .append(" escape '\\'");
            params.add(new Object[] {"w" + i, "%" + likePattern(words.get(i)) + "%"});
        }
        sql.append(" order by lower(r.last_name), lower(r.first_name), r.id limit :limit");
        JdbcClient.StatementSpec statement = jdbc.sql(sql.toString())
                .param("event", eventId)
                .param("day", day)
                .param("limit", limit);
        for (Object[] param : params) {
            statement = statement.param((String) param[0], param[1]);
        }
        return statement
                .query((rs, row) -> new Listed(person(rs, row), instant(rs.getTimestamp(9))))
                .list();
    }

    /** The latest people present on the day, newest first. */
    public List<Listed> recent(long eventId, LocalDate day, int limit) {
        return jdbc.sql("select " + PERSON_COLUMNS + ", a.recorded_at from event_attendance a "
                        + "join event_registration r on r.id = a.registration_id "
                        + "where r.event_id = :event and a.attendance_day = :day and r.status = 'CONFIRMED' "
                        + "order by a.recorded_at desc, r.id desc limit :limit")
                .param("event", eventId)
                .param("day", day)
                .param("limit", limit)
                .query((rs, row) -> new Listed(person(rs, row), instant(rs.getTimestamp(9))))
                .list();
    }

    /** The event's confirmed registrations (erased ones too: their counts stay). */
    public List<Counted> confirmed(long eventId) {
        return jdbc.sql("""
                        select id, country, delegation_id, gender, age_band, first_time, fewer_opportunities
                        from event_registration where event_id = :event and status = 'CONFIRMED' order by id""")
                .param("event", eventId)
                .query(AttendanceRecords::counted)
                .list();
    }

    private static Counted counted(ResultSet rs, int row) throws SQLException {
        return new Counted(
                rs.getLong(1),
                rs.getString(2),
                nullableLong(rs, 3),
                rs.getString(4),
                rs.getString(5),
                nullableBoolean(rs, 6),
                nullableBoolean(rs, 7));
    }

    /** {@link #confirmed(long)} of many events in one read, by event id (events without any left out). */
    public Map<Long, List<Counted>> confirmed(Collection<Long> eventIds) {
        Map<Long, List<Counted>> byEvent = new HashMap<>();
        if (eventIds.isEmpty()) {
            return byEvent;
        }
        jdbc.sql("""
                        select id, country, delegation_id, gender, age_band, first_time, fewer_opportunities, event_id
                        from event_registration where event_id in (:events) and status = 'CONFIRMED'
                        order by event_id, id""")
                .param("events", eventIds)
                .query((rs, row) -> {
                    byEvent.computeIfAbsent(rs.getLong(8), id -> new ArrayList<>())
                            .add(counted(rs, row));
                    return row;
                })
                .list();
        return byEvent;
    }

    /** {@link #presences(long)} of many events in one read, by event id (events without any left out). */
    public Map<Long, List<Presence>> presences(Collection<Long> eventIds) {
        Map<Long, List<Presence>> byEvent = new HashMap<>();
        if (eventIds.isEmpty()) {
            return byEvent;
        }
        jdbc.sql("""
                        select a.registration_id, a.attendance_day, a.source, a.recorded_at, r.event_id
                        from event_attendance a join event_registration r on r.id = a.registration_id
                        where r.event_id in (:events) and r.status = 'CONFIRMED'""")
                .param("events", eventIds)
                .query((rs, row) -> {
                    byEvent.computeIfAbsent(rs.getLong(5), id -> new ArrayList<>())
                            .add(presence(rs, row));
                    return row;
                })
                .list();
        return byEvent;
    }

    /** {@link #delegations(long)} of many events in one read, by event id (events without any left out). */
    public Map<Long, List<Delegation>> delegations(Collection<Long> eventIds) {
        Map<Long, List<Delegation>> byEvent = new HashMap<>();
        if (eventIds.isEmpty()) {
            return byEvent;
        }
        jdbc.sql("select id, partner_id, country, event_id from event_delegation where event_id in (:events)"
                        + " order by event_id, id")
                .param("events", eventIds)
                .query((rs, row) -> {
                    byEvent.computeIfAbsent(rs.getLong(4), id -> new ArrayList<>())
                            .add(new Delegation(rs.getLong(1), rs.getLong(2), rs.getString(3)));
                    return row;
                })
                .list();
        return byEvent;
    }

    /** Confirmed, non-erased people of the event, for the paper list. */
    public List<Person> confirmedPeople(long eventId) {
        return jdbc.sql("select " + PERSON_COLUMNS + " from event_registration r "
                        + "where r.event_id = :event and r.status = 'CONFIRMED' and r.erased_at is null "
                        + "order by lower(r.last_name), lower(r.first_name), r.id")
                .param("event", eventId)
                .query(AttendanceRecords::person)
                .list();
    }

    /** Presence of the event's confirmed registrations. */
    public List<Presence> presences(long eventId) {
        return jdbc.sql("""
                        select a.registration_id, a.attendance_day, a.source, a.recorded_at
                        from event_attendance a join event_registration r on r.id = a.registration_id
                        where r.event_id = :event and r.status = 'CONFIRMED'""")
                .param("event", eventId)
                .query(AttendanceRecords::presence)
                .list();
    }

    private static Presence presence(ResultSet rs, int row) throws SQLException {
        return new Presence(
                rs.getLong(1),
                rs.getObject(2, LocalDate.class),
                AttendanceSource.valueOf(rs.getString(3)),
                rs.getTimestamp(4).toInstant());
    }

    public List<Delegation> delegations(long eventId) {
        return jdbc.sql("select id, partner_id, country from event_delegation where event_id = :event order by id")
                .param("event", eventId)
                .query((rs, row) -> new Delegation(rs.getLong(1), rs.getLong(2), rs.getString(3)))
                .list();
    }

    /** The project's events that have registration settings or any registration. */
    public Set<Long> eventsRecordingRegistration(long projectId) {
        return eventsRecordingRegistration(List.of(projectId));
    }

    /**
     * The events of these projects that have registration settings or a registration. The settings
     * row is looked up per event (a scalar subquery on its key): written as {@code exists … or exists
     * …}, PostgreSQL hashed every event's settings row (60,000 at EU scale) for a dashboard's 1,544
     * events, 36 ms against 3.
     */
    public Set<Long> eventsRecordingRegistration(Collection<Long> projectIds) {
        if (projectIds.isEmpty()) {
            return new HashSet<>();
        }
        return new HashSet<>(jdbc.sql("""
                        select e.id from event e where e.project_id in (:projects)
                        and coalesce(
                            (select true from event_registration_settings s where s.event_id = e.id),
                            exists (select 1 from event_registration r where r.event_id = e.id))""")
                .param("projects", Set.copyOf(projectIds))
                .query(Long.class)
                .list());
    }

    /**
     * Per event and country of the person: confirmed registrations and those present on at least one
     * day ({@code [registered, present]}), counted in the database for all the events in one read.
     */
    public Map<Long, Map<String, int[]>> countryTurnout(Collection<Long> eventIds) {
        Map<Long, Map<String, int[]>> byEvent = new HashMap<>();
        if (eventIds.isEmpty()) {
            return byEvent;
        }
        jdbc.sql("""
                        select r.event_id, r.country, count(*), count(case when r.days_present > 0 then 1 end)
                        from event_registration r
                        where r.event_id in (:events) and r.status = 'CONFIRMED'
                        group by r.event_id, r.country""")
                .param("events", Set.copyOf(eventIds))
                .query((rs, row) -> {
                    byEvent.computeIfAbsent(rs.getLong(1), id -> new HashMap<>())
                            .put(rs.getString(2), new int[] {rs.getInt(3), rs.getInt(4)});
                    return row;
                })
                .list();
        return byEvent;
    }

    /** Per event and partner: confirmed people of the partner's delegation and those present on at least one day. */
    public List<PartnerTurnout> partnerCounts(long projectId) {
        return partnerCounts(List.of(projectId));
    }

    /** {@link #partnerCounts(long)} for the events of all these projects at once. */
    public List<PartnerTurnout> partnerCounts(Collection<Long> projectIds) {
        if (projectIds.isEmpty()) {
            return List.of();
        }
        return jdbc.sql("""
                        select d.event_id, d.partner_id, count(*), count(case when r.days_present > 0 then 1 end)
                        from event_delegation d
                        join event e on e.id = d.event_id
                        join event_registration r on r.delegation_id = d.id and r.status = 'CONFIRMED'
                        where e.project_id in (:projects)
                        group by d.event_id, d.partner_id""")
                .param("projects", Set.copyOf(projectIds))
                .query((rs, row) -> new PartnerTurnout(rs.getLong(1), rs.getLong(2), rs.getInt(3), rs.getInt(4)))
                .list();
    }

    private static Person person(ResultSet rs, int row) throws SQLException {
        return new Person(
                rs.getLong(1),
                rs.getLong(2),
                rs.getString(3),
                rs.getString(4),
                rs.getString(5),
                nullableLong(rs, 6),
                RegistrationStatus.valueOf(rs.getString(7)),
                rs.getTimestamp(8) != null);
    }

    private static String likePattern(String word) {
        return word.toLowerCase(Locale.ROOT)
                .replace("\\", "\\\\")
                .replace("%", "\\%")
                .replace("_", "\\_");
    }

    private static @Nullable Instant instant(@Nullable Timestamp timestamp) {
        return timestamp == null ? null : timestamp.toInstant();
    }

    private static @Nullable Long nullableLong(ResultSet rs, int column) throws SQLException {
        long value = rs.getLong(column);
        return rs.wasNull() ? null : value;
    }

    private static @Nullable Boolean nullableBoolean(ResultSet rs, int column) throws SQLException {
        boolean value = rs.getBoolean(column);
        return rs.wasNull() ? null : value;
    }
}
