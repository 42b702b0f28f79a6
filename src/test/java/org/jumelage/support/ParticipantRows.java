package org.jumelage.support;

import java.sql.Timestamp;
import java.time.Instant;
import java.time.LocalDate;
import java.util.UUID;
import org.jspecify.annotations.Nullable;
import org.jumelage.participation.AttendanceSource;
import org.jumelage.participation.RegistrationStatus;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.jdbc.support.GeneratedKeyHolder;

/**
 * Writes delegations, registrations and attendance straight into the tables, for tests of what
 * reads them (check-in, counts, lists, retention) that should not depend on the registration
 * forms. Tests of registration itself go through {@code RegistrationManagement}.
 */
public final class ParticipantRows {

    private final JdbcClient jdbc;

    public ParticipantRows(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    /** A delegation of the project partner to the event; returns its id. */
    public long delegation(long eventId, long partnerId, @Nullable Long organisationId, String country) {
        GeneratedKeyHolder keys = new GeneratedKeyHolder();
        Timestamp now = Timestamp.from(Instant.now());
        jdbc.sql("""
                        insert into event_delegation (event_id, partner_id, organisation_id, country, head_name,
                                                      link_token, created_at, updated_at, version)
                        values (:event, :partner, :organisation, :country, 'Head of delegation', :token, :now, :now, 0)
                        """)
                .param("event", eventId)
                .param("partner", partnerId)
                .param("organisation", organisationId)
                .param("country", country)
                .param("token", UUID.randomUUID().toString())
                .param("now", now)
                .update(keys, "id");
        return keys.getKeyAs(Number.class).longValue();
    }

    /** A confirmed registration with a unique e-mail; returns its id. */
    public long registration(
            long eventId, @Nullable Long delegationId, String firstName, String lastName, String country) {
        return registration(eventId, delegationId, firstName, lastName, country, RegistrationStatus.CONFIRMED);
    }

    public long registration(
            long eventId,
            @Nullable Long delegationId,
            String firstName,
            String lastName,
            String country,
            RegistrationStatus status) {
        GeneratedKeyHolder keys = new GeneratedKeyHolder();
        Timestamp now = Timestamp.from(Instant.now());
        String email = TestUsers.uniqueEmail(firstName.toLowerCase(java.util.Locale.ROOT));
        boolean active = status != RegistrationStatus.CANCELLED;
        jdbc.sql("""
                        insert into event_registration (event_id, delegation_id, first_name, last_name, email, email_key,
                                                        name_key, town_name, country, status, source, language,
                                                        consent_version, consented_at, manage_token, check_in_code, short_code,
                                                        created_at, updated_at, version)
                        values (:event, :delegation, :first, :last, :email, :emailKey, :nameKey, 'Daugavpils', :country,
                                :status, 'STAFF', 'en', 1, :now, :manage, :code, :shortCode, :now, :now, 0)
                        """)
                .param("event", eventId)
                .param("delegation", delegationId)
                .param("first", firstName)
                .param("last", lastName)
                .param("email", email)
                .param("emailKey", active ? email : null)
                .param("nameKey", active ? (firstName + " " + lastName).toLowerCase(java.util.Locale.ROOT) : null)
                .param("country", country)
                .param("status", status.name())
                .param("now", now)
                .param("manage", UUID.randomUUID().toString().replace("-", ""))
                .param("code", UUID.randomUUID().toString().replace("-", ""))
                .param("shortCode", shortCode())
                .update(keys, "id");
        if (status == RegistrationStatus.CONFIRMED) {
            // The settings row counts the confirmed people (no row yet: its insert counts them).
            jdbc.sql("update event_registration_settings set confirmed = confirmed + 1 where event_id = :event")
                    .param("event", eventId)
                    .update();
        }
        return keys.getKeyAs(Number.class).longValue();
    }

    /** A random short check-in code (collisions within one test's event are negligible). */
    private static String shortCode() {
        java.util.concurrent.ThreadLocalRandom random = java.util.concurrent.ThreadLocalRandom.current();
        StringBuilder code = new StringBuilder();
        for (int i = 0; i < org.jumelage.participation.CheckInCode.LENGTH; i++) {
            code.append(org.jumelage.participation.CheckInCode.ALPHABET.charAt(
                    random.nextInt(org.jumelage.participation.CheckInCode.ALPHABET.length())));
        }
        return code.toString();
    }

    /** The short check-in code of a registration, in its stored form. */
    public String shortCode(long registrationId) {
        return jdbc.sql("select short_code from event_registration where id = :id")
                .param("id", registrationId)
                .query(String.class)
                .single();
    }

    /** The random check-in code of a registration, to sign into a token. */
    public String checkInCode(long registrationId) {
        return jdbc.sql("select check_in_code from event_registration where id = :id")
                .param("id", registrationId)
                .query(String.class)
                .single();
    }

    public void present(long registrationId, LocalDate day, AttendanceSource source) {
        jdbc.sql("""
                        insert into event_attendance (registration_id, attendance_day, source, recorded_at)
                        values (:registration, :day, :source, :now)
                        """)
                .param("registration", registrationId)
                .param("day", day)
                .param("source", source.name())
                .param("now", Timestamp.from(Instant.now()))
                .update();
        jdbc.sql("update event_registration set days_present = days_present + 1 where id = :registration")
                .param("registration", registrationId)
                .update();
    }
}
