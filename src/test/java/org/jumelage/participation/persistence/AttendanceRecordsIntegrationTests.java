package org.jumelage.participation.persistence;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import java.util.Map;
import org.jumelage.account.AccountManagement;
import org.jumelage.event.EventManagement;
import org.jumelage.event.MeetingFixture;
import org.jumelage.network.OrganisationManagement;
import org.jumelage.participation.RegistrationQuestions;
import org.jumelage.participation.RegistrationSettingsDraft;
import org.jumelage.participation.RegistrationSettingsManagement;
import org.jumelage.project.ProjectManagement;
import org.jumelage.shared.LocalizedText;
import org.jumelage.support.JumelageIntegrationTest;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;

@JumelageIntegrationTest
class AttendanceRecordsIntegrationTests {

    @Autowired
    OrganisationManagement organisations;

    @Autowired
    AccountManagement accounts;

    @Autowired
    ProjectManagement projects;

    @Autowired
    EventManagement events;

    @Autowired
    RegistrationSettingsManagement settings;

    @Autowired
    JdbcClient jdbc;

    @Autowired
    AttendanceRecords records;

    MeetingFixture meeting;

    @BeforeEach
    void setUp() {
        meeting = new MeetingFixture(organisations, accounts, projects, events, jdbc, Map.of("LV", 10, "LT", 25));
    }

    /** The grant plan counts registered and attended people only for these events (the dashboards' plans too). */
    @Test
    void theEventsRecordingRegistrationAreThoseWithSettingsOrARegistration() {
        long withSettings = meeting.anotherEvent("With settings");
        long withRegistration = meeting.anotherEvent("With a registration");
        long withNeither = meeting.anotherEvent("With neither");
        settings.update(
                meeting.coordinator,
                withSettings,
                new RegistrationSettingsDraft(
                        true,
                        null,
                        null,
                        30,
                        false,
                        List.of("lv", "en"),
                        RegistrationQuestions.NONE,
                        LocalizedText.of(null, null)));
        meeting.rows.registration(withRegistration, null, "Rūta", "Deskaitė", "LV");

        assertThat(records.eventsRecordingRegistration(List.of(meeting.projectId)))
                .contains(withSettings, withRegistration)
                .doesNotContain(withNeither);
        assertThat(records.eventsRecordingRegistration(meeting.projectId))
                .isEqualTo(records.eventsRecordingRegistration(List.of(meeting.projectId)));
        assertThat(records.eventsRecordingRegistration(List.of(meeting.projectId + 1_000_000)))
                .isEmpty();
    }
}
