package org.jumelage.reporting.domain;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import java.util.List;
import org.jspecify.annotations.Nullable;
import org.jumelage.project.PartnerRole;
import org.jumelage.project.PartnerSummary;
import org.jumelage.project.ProjectStatus;
import org.jumelage.project.ProjectSummary;
import org.jumelage.reporting.Chart;
import org.jumelage.shared.LocalizedText;
import org.junit.jupiter.api.Test;

class DashboardChartsTests {

    static final DashboardCharts.Labels LABELS = new DashboardCharts.Labels() {
        @Override
        public String country(String code) {
            return "country " + code;
        }

        @Override
        public String status(ProjectStatus status) {
            return "status " + status;
        }

        @Override
        public String noDate() {
            return "no date";
        }

        @Override
        public String noMeasure() {
            return "no measure";
        }

        @Override
        public String names(LocalizedText names) {
            return names.in(java.util.Locale.ENGLISH);
        }

        @Override
        public String project(ProjectFacts project) {
            return project.project().acronym();
        }

        @Override
        public String grantStatus(String status) {
            return "grant " + status;
        }
    };

    static long ids = 1;

    static ProjectSummary project(String acronym, String measure, ProjectStatus status, @Nullable LocalDate start) {
        return new ProjectSummary(
                ids++,
                acronym,
                LocalizedText.of(acronym, acronym),
                measure,
                null,
                status,
                start,
                null,
                null,
                null,
                null,
                null,
                null,
                0,
                0,
                0);
    }

    static PartnerSummary partner(@Nullable Long organisation, String name, String country, PartnerRole role) {
        return new PartnerSummary(ids++, organisation, LocalizedText.of(name, name), country, role);
    }

    static ProjectFacts.EventFacts event(@Nullable LocalDate start, ProjectFacts.CountryCount... byCountry) {
        int registered = 0;
        int attended = 0;
        for (ProjectFacts.CountryCount count : byCountry) {
            registered += count.registered();
            attended += count.attended();
        }
        return new ProjectFacts.EventFacts(start, registered, attended, List.of(byCountry));
    }

    // Daugavpils (LV, organisation 1) leads two projects with Kaunas (LT, organisation 2); the second
    // also has a Polish partner known by its country only and a Swedish guest. A third project, led
    // by Cēsis (organisation 3), has no date, no measure and no rules verdict.
    final ProjectFacts twinning = new ProjectFacts(
            project("TT2018", "E4C-2014-TT", ProjectStatus.CLOSED, LocalDate.of(2018, 6, 1)),
            List.of(
                    partner(1L, "Daugavpils", "LV", PartnerRole.LEAD),
                    partner(2L, "Kaunas", "LT", PartnerRole.PARTNER)),
            List.of(event(
                    LocalDate.of(2018, 11, 8),
                    new ProjectFacts.CountryCount("LV", 30, 28),
                    new ProjectFacts.CountryCount("LT", 12, 10))),
            new ProjectFacts.Invited(25, 12, 10),
            new ProjectFacts.Grant("secured", 25_000));
    final ProjectFacts network = new ProjectFacts(
            project("NT2019", "E4C-2014-NT", ProjectStatus.RUNNING, LocalDate.of(2019, 3, 1)),
            List.of(
                    partner(1L, "Daugavpils", "LV", PartnerRole.LEAD),
                    partner(2L, "Kaunas", "LT", PartnerRole.PARTNER),
                    partner(null, "", "PL", PartnerRole.PARTNER),
                    partner(4L, "Uppsala", "SE", PartnerRole.GUEST)),
            List.of(
                    event(LocalDate.of(2019, 5, 2), new ProjectFacts.CountryCount("LT", 20, 18)),
                    event(LocalDate.of(2020, 5, 2), new ProjectFacts.CountryCount("LV", 5, 0)),
                    event(null)),
            new ProjectFacts.Invited(40, 20, 18),
            new ProjectFacts.Grant("at-risk", 40_000));
    final ProjectFacts idea = new ProjectFacts(
            project("IDEA", "", ProjectStatus.IDEA, null),
            List.of(partner(3L, "Cēsis", "LV", PartnerRole.LEAD)),
            List.of(),
            null,
            null);
    final List<ProjectFacts> all = List.of(twinning, network, idea);

    static List<String> labels(Chart chart) {
        return chart.rows().stream().map(Chart.Row::label).toList();
    }

    static List<List<Long>> values(Chart chart) {
        return chart.rows().stream().map(Chart.Row::values).toList();
    }

    @Test
    void countsProjectsByStartYearWithUndatedLast() {
        Chart chart = DashboardCharts.projectsByYear(all, LABELS);

        assertThat(labels(chart)).containsExactly("2018", "2019", "no date");
        assertThat(values(chart)).containsExactly(List.of(1L), List.of(1L), List.of(1L));
        assertThat(chart.totals()).containsExactly(3L);
    }

    @Test
    void countsProjectsByMeasureAndStatusInTheStatusOrder() {
        assertThat(labels(DashboardCharts.projectsByMeasure(all, LABELS)))
                .containsExactly("E4C-2014-NT", "E4C-2014-TT", "no measure");
        Chart status = DashboardCharts.projectsByStatus(all, LABELS);
        assertThat(labels(status)).containsExactly("status IDEA", "status RUNNING", "status CLOSED");
        assertThat(status.totals()).containsExactly(3L);
    }

    @Test
    void partnerCountriesCountEachProjectOnceAndLeaveGuestsOut() {
        Chart chart = DashboardCharts.partnerCountries(all, LABELS);

        // LV: three projects, three partners; LT: two and two; PL: one and one; SE is a guest's.
        assertThat(labels(chart)).containsExactly("country LV", "country LT", "country PL");
        assertThat(values(chart)).containsExactly(List.of(3L, 3L), List.of(2L, 2L), List.of(1L, 1L));
        assertThat(chart.totals()).isNull();
    }

    @Test
    void eventsAndParticipantsByYearAddUp() {
        Chart chart = DashboardCharts.eventsByYear(all, LABELS);

        assertThat(labels(chart)).containsExactly("2018", "2019", "2020", "no date");
        assertThat(values(chart))
                .containsExactly(
                        List.of(1L, 42L, 38L), List.of(1L, 20L, 18L), List.of(1L, 5L, 0L), List.of(1L, 0L, 0L));
        assertThat(chart.totals()).containsExactly(4L, 67L, 56L);
    }

    @Test
    void participantsByCountryAreSummedOverEventsMostAttendedThenMostRegisteredFirst() {
        Chart chart = DashboardCharts.participantsByCountry(all, LABELS);

        // both have 28 who attended; then the most registered first
        assertThat(labels(chart)).containsExactly("country LV", "country LT");
        assertThat(values(chart)).containsExactly(List.of(35L, 28L), List.of(32L, 28L));
        assertThat(chart.totals()).containsExactly(67L, 56L);
    }

    @Test
    void invitedParticipantsLeaveOutProjectsWithoutAVerdict() {
        Chart chart = DashboardCharts.invitedParticipants(all, LABELS);

        assertThat(labels(chart)).containsExactly("TT2018", "NT2019");
        assertThat(values(chart)).containsExactly(List.of(25L, 12L, 10L), List.of(40L, 20L, 18L));
        assertThat(chart.totals()).containsExactly(65L, 32L, 28L);
    }

    @Test
    void organisationsCountTheirProjectsAndTotalsCountSharedProjectsOnce() {
        Chart chart = DashboardCharts.organisations(all, LABELS);

        assertThat(labels(chart)).containsExactly("Daugavpils", "Kaunas", "Cēsis");
        // projects, events, participants who attended, partner countries
        assertThat(values(chart))
                .containsExactly(List.of(2L, 4L, 56L, 3L), List.of(2L, 4L, 56L, 3L), List.of(1L, 0L, 0L, 1L));
        assertThat(chart.totals()).containsExactly(3L, 4L, 56L, 3L);
    }

    @Test
    void anEmptyPortfolioGivesEmptyChartsWithZeroTotals() {
        assertThat(DashboardCharts.projectsByYear(List.of(), LABELS).empty()).isTrue();
        assertThat(DashboardCharts.eventsByYear(List.of(), LABELS).totals()).containsExactly(0L, 0L, 0L);
        assertThat(DashboardCharts.organisations(List.of(), LABELS).max()).isZero();
    }

    @Test
    void grantsAwardedAreCountedByTheirVerdictLeavingOutProjectsWithoutAnAward() {
        Chart chart = DashboardCharts.grants(all, LABELS);

        assertThat(labels(chart)).containsExactly("grant secured", "grant at-risk");
        assertThat(values(chart)).containsExactly(List.of(1L, 25_000L), List.of(1L, 40_000L));
        assertThat(chart.totals()).containsExactly(2L, 65_000L);
    }

    @Test
    void organisationGrantsSplitWhatIsAtRiskAndCountEachAwardOnceInTheTotals() {
        Chart chart = DashboardCharts.organisationGrants(all, LABELS);

        // awarded, at risk, reduced; Cēsis has no award
        assertThat(labels(chart)).containsExactly("Daugavpils", "Kaunas");
        assertThat(values(chart)).containsExactly(List.of(65_000L, 40_000L, 0L), List.of(65_000L, 40_000L, 0L));
        assertThat(chart.totals()).containsExactly(65_000L, 40_000L, 0L);
    }
}
