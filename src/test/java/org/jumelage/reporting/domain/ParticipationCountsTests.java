package org.jumelage.reporting.domain;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import org.jumelage.event.EventSummary;
import org.jumelage.event.EventType;
import org.jumelage.event.HostPlace;
import org.jumelage.participation.AttendanceStatistics;
import org.jumelage.reporting.ProjectParticipation;
import org.jumelage.reporting.ProjectParticipation.Threshold;
import org.jumelage.shared.LocalizedText;
import org.junit.jupiter.api.Test;

class ParticipationCountsTests {

    static EventSummary event(long id, LocalDate start, LocalDate end, long days) {
        return new EventSummary(
                id,
                1L,
                LocalizedText.of("Sanāksme " + id, "Event " + id),
                EventType.CITIZENS_MEETING,
                List.of(new HostPlace(1L, "Cēsis", "LV")),
                null,
                start,
                end,
                "Europe/Riga",
                LocalizedText.of(null, null),
                Map.of(),
                days,
                0,
                0);
    }

    static AttendanceStatistics statistics(
            long eventId,
            int registered,
            int present,
            int invitedPresent,
            int localPresent,
            List<AttendanceStatistics.CountryCount> byCountry) {
        return new AttendanceStatistics(
                eventId,
                "LV",
                registered,
                Map.of(),
                present,
                0,
                0,
                invitedPresent,
                localPresent,
                byCountry,
                List.of(new AttendanceStatistics.DelegationCount(7L, 3L, "LT", null, 4, 3, true)),
                List.of(),
                false);
    }

    @Test
    void sumsTheEventsAndCountsTheCountriesOfAttendedPeopleOnce() {
        EventSummary first = event(10, LocalDate.of(2018, 11, 8), LocalDate.of(2018, 11, 10), 3);
        EventSummary second = event(11, LocalDate.of(2019, 5, 2), LocalDate.of(2019, 5, 3), 2);
        Map<Long, AttendanceStatistics> stats = Map.of(
                10L,
                statistics(
                        10,
                        9,
                        7,
                        3,
                        4,
                        List.of(
                                new AttendanceStatistics.CountryCount("LV", 5, 4, false),
                                new AttendanceStatistics.CountryCount("LT", 4, 3, true))),
                11L,
                statistics(
                        11,
                        6,
                        2,
                        2,
                        0,
                        List.of(
                                new AttendanceStatistics.CountryCount("LT", 3, 2, true),
                                new AttendanceStatistics.CountryCount("EE", 3, 0, true))));
        Threshold threshold = new Threshold("min-invited-participants", 25, 3, 22);

        ProjectParticipation participation =
                ParticipationCounts.assemble(1L, List.of(first, second), stats, Map.of(10L, List.of(threshold)));

        assertThat(participation.totals()).isEqualTo(new ProjectParticipation.Totals(15, 9, 5, 2));
        ProjectParticipation.EventParticipation row = participation.events().get(0);
        assertThat(row.eventId()).isEqualTo(10L);
        assertThat(row.days()).isEqualTo(3);
        assertThat(row.hostCountry()).isEqualTo("LV");
        assertThat(row.invitedAttended()).isEqualTo(3);
        assertThat(row.localAttended()).isEqualTo(4);
        assertThat(row.byCountry())
                .containsExactly(
                        new ProjectParticipation.CountryCount("LV", 5, 4, false),
                        new ProjectParticipation.CountryCount("LT", 4, 3, true));
        assertThat(row.byDelegation()).singleElement().satisfies(delegation -> {
            assertThat(delegation.delegationId()).isEqualTo(7L);
            assertThat(delegation.registered()).isEqualTo(4);
            assertThat(delegation.attended()).isEqualTo(3);
        });
        assertThat(row.thresholds()).containsExactly(threshold);
        assertThat(participation.events().get(1).thresholds()).isEmpty();
    }

    @Test
    void anEventWithoutStatisticsCountsNobodyAndKeepsItsHostCountry() {
        ProjectParticipation participation = ParticipationCounts.assemble(
                1L, List.of(event(10, LocalDate.of(2018, 11, 8), LocalDate.of(2018, 11, 8), 1)), Map.of(), Map.of());
        assertThat(participation.events()).singleElement().satisfies(row -> {
            assertThat(row.hostCountry()).isEqualTo("LV");
            assertThat(row.byCountry()).isEmpty();
            assertThat(row.invitedAttended()).isZero();
        });
        assertThat(participation.totals()).isEqualTo(new ProjectParticipation.Totals(0, 0, 0, 0));
    }

    @Test
    void aProjectWithoutEventsHasEmptyCounts() {
        ProjectParticipation participation = ParticipationCounts.assemble(1L, List.of(), Map.of(), Map.of());
        assertThat(participation.events()).isEmpty();
        assertThat(participation.totals()).isEqualTo(new ProjectParticipation.Totals(0, 0, 0, 0));
    }
}
