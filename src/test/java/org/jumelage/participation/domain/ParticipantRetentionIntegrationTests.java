package org.jumelage.participation.domain;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.multipart;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.time.LocalDate;
import java.util.Map;
import org.jumelage.account.AccountManagement;
import org.jumelage.account.AuditTrail;
import org.jumelage.network.OrganisationManagement;
import org.jumelage.participation.AttendanceSource;
import org.jumelage.participation.ListFixture;
import org.jumelage.storage.FileStorage;
import org.jumelage.support.JumelageIntegrationTest;
import org.jumelage.support.MutableClock;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.data.domain.PageRequest;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.mock.web.MockMultipartFile;
import org.springframework.test.web.servlet.MockMvc;

/** The retention job anonymises the people of projects past their audit period, and only those. */
@JumelageIntegrationTest
class ParticipantRetentionIntegrationTests {

    static final byte[] PDF = "%PDF-1.7\n%%EOF\n".getBytes(StandardCharsets.US_ASCII);

    @Autowired
    MockMvc mvc;

    @Autowired
    OrganisationManagement organisations;

    @Autowired
    AccountManagement accounts;

    @Autowired
    JdbcClient jdbc;

    @Autowired
    AuditTrail auditTrail;

    @Autowired
    FileStorage storage;

    @Autowired
    MutableClock clock;

    @Autowired
    ParticipantRetention retention;

    Duration moved = Duration.ZERO;

    @AfterEach
    void restoreClock() {
        clock.advance(moved.negated());
    }

    ListFixture projectEnded(LocalDate end) throws Exception {
        return new ListFixture(
                mvc,
                organisations,
                accounts,
                jdbc,
                "\"measure\":\"E4C-2014-TT\",\"startDate\":\"%s\",\"endDate\":\"%s\""
                        .formatted(end.minusYears(1), end));
    }

    String evidence(ListFixture fixture) throws Exception {
        mvc.perform(multipart("/api/v1/events/" + fixture.eventId + "/evidence")
                        .file(new MockMultipartFile("file", "signed.pdf", "application/pdf", PDF))
                        .header("Authorization", fixture.coordinator))
                .andExpect(status().isCreated());
        return jdbc.sql("select storage_key from event_evidence where event_id = :event")
                .param("event", fixture.eventId)
                .query(String.class)
                .single();
    }

    Map<String, Object> registration(long id) {
        return jdbc.sql("""
                        select first_name, last_name, email, email_key, name_key, town_name, country, status,
                               erased_at, delegation_id
                        from event_registration where id = :id
                        """).param("id", id).query().singleRow();
    }

    long attendance(long eventId) {
        return jdbc.sql("""
                        select count(*) from event_attendance a join event_registration r on r.id = a.registration_id
                        where r.event_id = :event
                        """).param("event", eventId).query(Long.class).single();
    }

    @Test
    void peopleAreAnonymisedOnceTheirProjectIsPastTheRetentionYearsAndTheirCountsStay() throws Exception {
        LocalDate today = LocalDate.now(clock);
        ListFixture dueSoon = projectEnded(today.minusYears(5).plusDays(10));
        ListFixture recent = projectEnded(today.minusYears(1));
        long old = dueSoon.rows.registration(dueSoon.eventId, dueSoon.kaunasDelegation, "Rūta", "Žemaitytė", "LT");
        long other = dueSoon.rows.registration(dueSoon.eventId, null, "Ģirts", "Ķēniņš", "LV");
        dueSoon.rows.present(old, LocalDate.of(2018, 11, 8), AttendanceSource.CHECK_IN);
        long kept = recent.rows.registration(recent.eventId, recent.kaunasDelegation, "Rūta", "Žemaitytė", "LT");
        String oldFile = evidence(dueSoon);
        String keptFile = evidence(recent);

        ParticipantRetention.Result before = retention.run();
        assertThat(registration(old).get("first_name")).isEqualTo("Rūta");
        assertThat(storage.find(oldFile)).isPresent();

        clock.advance(Duration.ofDays(11));
        moved = Duration.ofDays(11);
        long auditsBefore = auditTrail
                .entries("event.retention.anonymised", PageRequest.of(0, 1))
                .getTotalElements();
        ParticipantRetention.Result result = retention.run();

        assertThat(result.registrations()).isGreaterThanOrEqualTo(2);
        assertThat(result.evidenceFiles()).isGreaterThanOrEqualTo(1);
        Map<String, Object> erased = registration(old);
        assertThat(erased.get("first_name")).isNull();
        assertThat(erased.get("last_name")).isNull();
        assertThat(erased.get("email")).isNull();
        assertThat(erased.get("email_key")).isNull();
        assertThat(erased.get("name_key")).isNull();
        assertThat(erased.get("town_name")).isNull();
        assertThat(erased.get("erased_at")).isNotNull();
        assertThat(erased.get("country")).isEqualTo("LT");
        assertThat(erased.get("status")).isEqualTo("CONFIRMED");
        assertThat(((Number) erased.get("delegation_id")).longValue()).isEqualTo(dueSoon.kaunasDelegation);
        assertThat(registration(other).get("last_name")).isNull();
        assertThat(attendance(dueSoon.eventId)).isEqualTo(1);
        assertThat(jdbc.sql("select head_name from event_delegation where id = :id")
                        .param("id", dueSoon.kaunasDelegation)
                        .query(String.class)
                        .optional())
                .isEmpty();
        assertThat(storage.find(oldFile)).isEmpty();
        assertThat(jdbc.sql("select count(*) from event_evidence where event_id = :event")
                        .param("event", dueSoon.eventId)
                        .query(Long.class)
                        .single())
                .isZero();

        assertThat(registration(kept).get("first_name")).isEqualTo("Rūta");
        assertThat(registration(kept).get("erased_at")).isNull();
        assertThat(storage.find(keptFile)).isPresent();

        var audits = auditTrail.entries("event.retention.anonymised", PageRequest.of(0, 1));
        assertThat(audits.getTotalElements()).isEqualTo(auditsBefore + 1);
        assertThat(audits.getContent().get(0).detail())
                .contains("registrations=" + result.registrations())
                .doesNotContain("Rūta", "Žemaitytė");

        ParticipantRetention.Result again = retention.run();
        assertThat(again.changedAnything()).isFalse();
        assertThat(auditTrail
                        .entries("event.retention.anonymised", PageRequest.of(0, 1))
                        .getTotalElements())
                .isEqualTo(auditsBefore + 1);
        assertThat(before.endedBefore()).isEqualTo(today.minusYears(5));
    }
}
