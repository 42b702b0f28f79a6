package org.jumelage.reporting.domain;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.Locale;
import org.jumelage.account.AuditEntry;
import org.jumelage.reporting.FinalReport;
import org.jumelage.reporting.FinalReport.Missing;
import org.jumelage.reporting.FinalReport.SectionKind;
import org.jumelage.reporting.ProjectParticipation;
import org.jumelage.reporting.ProjectParticipation.Threshold;
import org.jumelage.shared.IcuMessageSource;
import org.jumelage.shared.LocalizedText;
import org.junit.jupiter.api.Test;

class ReportRemarksTests {

    static final IcuMessageSource MESSAGES = IcuMessageSource.of("i18n/messages", "i18n/reporting", "i18n/rules");
    static final Texts ENGLISH = new Texts(MESSAGES, Locale.ENGLISH);
    static final Texts LATVIAN = new Texts(MESSAGES, Locale.forLanguageTag("lv"));
    static final LocalDate TODAY = LocalDate.of(2019, 1, 15);

    static FinalReport.ReportEvent event(
            long id, LocalDate start, boolean attended, boolean published, List<Threshold> thresholds) {
        return new FinalReport.ReportEvent(
                id,
                "Meeting " + id,
                "Citizens' meeting",
                List.of(),
                null,
                start,
                start.plusDays(2),
                3,
                List.of(),
                new ProjectParticipation.EventParticipation(
                        id,
                        LocalizedText.of(null, "Meeting " + id),
                        start,
                        start.plusDays(2),
                        3,
                        "LV",
                        List.of(),
                        List.of(),
                        0,
                        0,
                        thresholds),
                attended,
                published,
                null,
                "/events/" + id,
                "/events/" + id + "/statistics",
                "/events/" + id + "/lists");
    }

    static ReportRemarks.Facts facts(List<FinalReport.ReportEvent> events, List<ReportRemarks.DeletedEvent> deleted) {
        return new ReportRemarks.Facts(
                true,
                List.of(new FinalReport.WrittenSection(SectionKind.SUMMARY, "en", "Text", Instant.EPOCH, "Anna")),
                events,
                deleted,
                true,
                null,
                TODAY);
    }

    @Test
    void aProjectWithoutEventsSaysSoAndNamesTheSectionsNotWritten() {
        List<Missing> missing = ReportRemarks.missing(facts(List.of(), List.of()), ENGLISH);
        assertThat(missing).extracting(Missing::code).containsExactly("no-deviations", "no-impact", "no-events");
        assertThat(missing.get(2).text()).isEqualTo("The project has no events: there is no participation to report.");
    }

    @Test
    void anEventHeldWithoutAttendanceAndAMissedThresholdAreNamedWithWhereToFixThem() {
        Threshold missed = new Threshold("min-invited-participants", 25, 23, 2);
        Threshold reached = new Threshold("min-direct-participants", 20, 30, 0);
        List<Missing> missing = ReportRemarks.missing(
                facts(List.of(event(5, LocalDate.of(2018, 11, 8), false, true, List.of(missed, reached))), List.of()),
                ENGLISH);
        assertThat(missing).extracting(Missing::code).contains("no-attendance", "threshold-missed");
        assertThat(missing)
                .filteredOn(m -> m.code().equals("threshold-missed"))
                .singleElement()
                .satisfies(m -> {
                    assertThat(m.text())
                            .isEqualTo(
                                    "2 participants missing for “Invited participants” at “Meeting 5”: 25 required, 23 attended.");
                    assertThat(m.path()).isEqualTo("/events/5/statistics");
                    assertThat(m.eventId()).isEqualTo(5L);
                });
        assertThat(missing)
                .filteredOn(m -> m.code().equals("no-attendance"))
                .singleElement()
                .satisfies(m -> assertThat(m.path()).isEqualTo("/events/5/attendance/paper"));
    }

    @Test
    void anEventAheadIsNotBlamedForItsAttendance() {
        List<Missing> missing = ReportRemarks.missing(
                facts(List.of(event(6, LocalDate.of(2019, 3, 1), false, false, List.of())), List.of()), LATVIAN);
        assertThat(missing)
                .extracting(Missing::code)
                .contains("event-ahead")
                .doesNotContain("no-attendance", "event-not-public");
        assertThat(missing)
                .filteredOn(m -> m.code().equals("event-ahead"))
                .singleElement()
                .satisfies(m -> assertThat(m.text()).startsWith("Sanāksme “Meeting 6” vēl nav notikusi"));
    }

    @Test
    void anUnpublishedEventAndADeletedOneAreNamed() {
        ReportRemarks.DeletedEvent deleted = ReportRemarks.DeletedEvent.parse(
                new AuditEntry(
                        1,
                        Instant.parse("2019-01-10T10:00:00Z"),
                        "anna@example.org",
                        "event.deleted",
                        "event 42 Meeting in Cēsis (project 7)",
                        null,
                        null),
                7);
        assertThat(deleted).isNotNull();
        List<Missing> missing = ReportRemarks.missing(
                facts(List.of(event(5, LocalDate.of(2018, 11, 8), true, false, List.of())), List.of(deleted)), ENGLISH);
        assertThat(missing)
                .extracting(Missing::code)
                .containsExactly("no-deviations", "no-impact", "event-not-public", "event-deleted");
        assertThat(missing.get(3).text())
                .startsWith("The event “Meeting in Cēsis” was deleted on ")
                .endsWith(": its participants are no longer counted.");
        assertThat(missing.get(3).text()).contains("Meeting in Cēsis").contains("2019");
        assertThat(missing.get(3).eventId()).isEqualTo(42L);
    }

    @Test
    void onlyTheProjectsOwnDeletionsAreRead() {
        AuditEntry other =
                new AuditEntry(1, Instant.EPOCH, "a", "event.deleted", "event 42 Meeting (project 8)", null, null);
        AuditEntry notADeletion =
                new AuditEntry(2, Instant.EPOCH, "a", "event.updated", "event 42 Meeting (project 7)", null, null);
        assertThat(ReportRemarks.DeletedEvent.parse(other, 7)).isNull();
        assertThat(ReportRemarks.DeletedEvent.parse(notADeletion, 7)).isNull();
    }
}
