package org.jumelage.reporting.domain;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.EnumMap;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import java.util.function.Function;
import org.jumelage.project.PartnerSummary;
import org.jumelage.project.ProjectStatus;
import org.jumelage.reporting.Chart;
import org.jumelage.shared.LocalizedText;

/**
 * The dashboards' charts, counted from the projects' facts: pure functions, no Spring, no database.
 * Rows are ordered for reading: years ascending (unknown last), statuses in their order from idea
 * to closed, everything else by its first number descending, then by label.
 */
final class DashboardCharts {

    static final String PROJECTS = "reporting.dashboard.series.projects";
    static final String PARTNERS = "reporting.dashboard.series.partners";
    static final String EVENTS = "reporting.dashboard.series.events";
    static final String REGISTERED = "reporting.dashboard.series.registered";
    static final String ATTENDED = "reporting.dashboard.series.attended";
    static final String PLANNED = "reporting.dashboard.series.planned";
    static final String PARTICIPANTS = "reporting.dashboard.series.participants";
    static final String COUNTRIES = "reporting.dashboard.series.countries";
    static final String AWARDED = "reporting.dashboard.series.awarded";
    static final String AT_RISK = "reporting.dashboard.series.at-risk";
    static final String REDUCED = "reporting.dashboard.series.reduced";

    /** The verdicts on an awarded grant, in the order the grants chart shows them. */
    static final List<String> GRANT_STATUSES = List.of("secured", "at-risk", "reduced", "not-known");

    /** The words the rows need in the reader's language. */
    interface Labels {

        String country(String code);

        String status(ProjectStatus status);

        /** A row for projects or events without a known date. */
        String noDate();

        /** A row for projects without a measure yet. */
        String noMeasure();

        String names(LocalizedText names);

        String project(ProjectFacts project);

        /** The verdict on an awarded grant, by its id ({@code at-risk}). */
        String grantStatus(String status);
    }

    private DashboardCharts() {}

    /** Projects by the year they start. */
    static Chart projectsByYear(List<ProjectFacts> projects, Labels labels) {
        TreeMap<Integer, Long> byYear = new TreeMap<>();
        long undated = 0;
        for (ProjectFacts facts : projects) {
            if (facts.project().startDate() == null) {
                undated++;
            } else {
                byYear.merge(facts.project().startDate().getYear(), 1L, Long::sum);
            }
        }
        List<Chart.Row> rows = new ArrayList<>();
        byYear.forEach((year, count) -> rows.add(new Chart.Row(String.valueOf(year), List.of(count))));
        if (undated > 0) {
            rows.add(new Chart.Row(labels.noDate(), List.of(undated)));
        }
        return new Chart("projects-by-year", List.of(PROJECTS), rows, List.of((long) projects.size()));
    }

    /** Projects by measure. */
    static Chart projectsByMeasure(List<ProjectFacts> projects, Labels labels) {
        Map<String, Long> byMeasure = new HashMap<>();
        for (ProjectFacts facts : projects) {
            String measure = facts.project().measure().isBlank()
                    ? labels.noMeasure()
                    : facts.project().measure();
            byMeasure.merge(measure, 1L, Long::sum);
        }
        List<Chart.Row> rows = new ArrayList<>();
        byMeasure.forEach((measure, count) -> rows.add(new Chart.Row(measure, List.of(count))));
        return new Chart("projects-by-measure", List.of(PROJECTS), sorted(rows), List.of((long) projects.size()));
    }

    /** Projects by status, from idea to closed; statuses no project has are left out. */
    static Chart projectsByStatus(List<ProjectFacts> projects, Labels labels) {
        Map<ProjectStatus, Long> byStatus = new EnumMap<>(ProjectStatus.class);
        projects.forEach(facts -> byStatus.merge(facts.project().status(), 1L, Long::sum));
        List<Chart.Row> rows = new ArrayList<>();
        byStatus.forEach((status, count) -> rows.add(new Chart.Row(labels.status(status), List.of(count))));
        return new Chart("projects-by-status", List.of(PROJECTS), rows, List.of((long) projects.size()));
    }

    /**
     * Partner countries: per country, the projects with a partner there and the partners from there
     * (lead and partners; guests do not count, as for the project's own countries).
     */
    static Chart partnerCountries(List<ProjectFacts> projects, Labels labels) {
        Map<String, long[]> byCountry = new HashMap<>();
        for (ProjectFacts facts : projects) {
            Set<String> seen = new HashSet<>();
            for (PartnerSummary partner : facts.partners()) {
                if (!partner.role().countsAsPartner() || partner.country().isBlank()) {
                    continue;
                }
                long[] counts = byCountry.computeIfAbsent(partner.country(), country -> new long[2]);
                if (seen.add(partner.country())) {
                    counts[0]++;
                }
                counts[1]++;
            }
        }
        List<Chart.Row> rows = new ArrayList<>();
        byCountry.forEach(
                (country, counts) -> rows.add(new Chart.Row(labels.country(country), List.of(counts[0], counts[1]))));
        return new Chart("partner-countries", List.of(PROJECTS, PARTNERS), sorted(rows), null);
    }

    /** Events and their participants (registered, attended) by the year the event starts. */
    static Chart eventsByYear(List<ProjectFacts> projects, Labels labels) {
        TreeMap<Integer, long[]> byYear = new TreeMap<>();
        long[] undated = new long[3];
        long[] totals = new long[3];
        for (ProjectFacts facts : projects) {
            for (ProjectFacts.EventFacts event : facts.events()) {
                long[] counts = event.startDate() == null
                        ? undated
                        : byYear.computeIfAbsent(event.startDate().getYear(), year -> new long[3]);
                for (long[] sum : List.of(counts, totals)) {
                    sum[0]++;
                    sum[1] += event.registered();
                    sum[2] += event.attended();
                }
            }
        }
        List<Chart.Row> rows = new ArrayList<>();
        byYear.forEach((year, counts) -> rows.add(new Chart.Row(String.valueOf(year), values(counts))));
        if (undated[0] > 0) {
            rows.add(new Chart.Row(labels.noDate(), values(undated)));
        }
        return new Chart("events-by-year", List.of(EVENTS, REGISTERED, ATTENDED), rows, values(totals));
    }

    /** Participants of all events (registered, attended) by their own country. */
    static Chart participantsByCountry(List<ProjectFacts> projects, Labels labels) {
        Map<String, long[]> byCountry = new HashMap<>();
        long[] totals = new long[2];
        for (ProjectFacts facts : projects) {
            for (ProjectFacts.EventFacts event : facts.events()) {
                for (ProjectFacts.CountryCount count : event.byCountry()) {
                    long[] counts = byCountry.computeIfAbsent(count.country(), country -> new long[2]);
                    counts[0] += count.registered();
                    counts[1] += count.attended();
                    totals[0] += count.registered();
                    totals[1] += count.attended();
                }
            }
        }
        List<Chart.Row> rows = new ArrayList<>();
        byCountry.forEach((country, counts) -> rows.add(new Chart.Row(labels.country(country), values(counts))));
        return new Chart("participants-by-country", List.of(REGISTERED, ATTENDED), sortedBy(rows, 1), values(totals));
    }

    /**
     * Invited participants per project as the grant forecast counts them: planned, registered and
     * attended. Projects the rules cannot be applied to are left out.
     */
    static Chart invitedParticipants(List<ProjectFacts> projects, Labels labels) {
        List<Chart.Row> rows = new ArrayList<>();
        long[] totals = new long[3];
        for (ProjectFacts facts : projects) {
            ProjectFacts.Invited invited = facts.invited();
            if (invited == null) {
                continue;
            }
            long[] counts = {invited.planned(), invited.registered(), invited.attended()};
            for (int i = 0; i < counts.length; i++) {
                totals[i] += counts[i];
            }
            rows.add(new Chart.Row(labels.project(facts), values(counts)));
        }
        return new Chart("invited-participants", List.of(PLANNED, REGISTERED, ATTENDED), rows, values(totals));
    }

    /**
     * Per organisation that takes part in a project (lead or partner, guests not counted): its
     * projects, their events, the participants who attended them and the partner countries of those
     * projects. The totals count each project, event, participant and country once, however many
     * organisations share it.
     */
    static Chart organisations(List<ProjectFacts> projects, Labels labels) {
        Map<Long, LocalizedText> names = new LinkedHashMap<>();
        Map<Long, List<ProjectFacts>> byOrganisation = new HashMap<>();
        for (ProjectFacts facts : projects) {
            Set<Long> seen = new HashSet<>();
            for (PartnerSummary partner : facts.partners()) {
                Long organisation = partner.organisationId();
                if (organisation == null || !partner.role().countsAsPartner() || !seen.add(organisation)) {
                    continue;
                }
                names.putIfAbsent(
                        organisation,
                        partner.organisationName() == null ? LocalizedText.of(null, null) : partner.organisationName());
                byOrganisation
                        .computeIfAbsent(organisation, id -> new ArrayList<>())
                        .add(facts);
            }
        }
        List<Chart.Row> rows = new ArrayList<>();
        byOrganisation.forEach((organisation, own) ->
                rows.add(new Chart.Row(labels.names(names.get(organisation)), organisationValues(own))));
        return new Chart(
                "organisations",
                List.of(PROJECTS, EVENTS, PARTICIPANTS, COUNTRIES),
                sorted(rows),
                organisationValues(projects));
    }

    /**
     * Grants awarded by the verdict on them: the projects and the awarded euros that are secured, at
     * risk, reduced or not known. Projects without a recorded award are left out.
     */
    static Chart grants(List<ProjectFacts> projects, Labels labels) {
        Map<String, long[]> byStatus = new LinkedHashMap<>();
        GRANT_STATUSES.forEach(status -> byStatus.put(status, new long[2]));
        long[] totals = new long[2];
        for (ProjectFacts facts : projects) {
            ProjectFacts.Grant grant = facts.grant();
            if (grant == null) {
                continue;
            }
            long[] counts = byStatus.computeIfAbsent(grant.status(), status -> new long[2]);
            counts[0]++;
            counts[1] += grant.awarded();
            totals[0]++;
            totals[1] += grant.awarded();
        }
        List<Chart.Row> rows = new ArrayList<>();
        byStatus.forEach((status, counts) -> {
            if (counts[0] > 0) {
                rows.add(new Chart.Row(labels.grantStatus(status), values(counts)));
            }
        });
        return new Chart("grants", List.of(PROJECTS, AWARDED), rows, values(totals));
    }

    /**
     * Per organisation that takes part in a project: the euros awarded to its projects, and of them
     * those at risk and those reduced. The totals count each project's award once.
     */
    static Chart organisationGrants(List<ProjectFacts> projects, Labels labels) {
        Map<Long, LocalizedText> names = new LinkedHashMap<>();
        Map<Long, long[]> byOrganisation = new HashMap<>();
        long[] totals = new long[3];
        for (ProjectFacts facts : projects) {
            ProjectFacts.Grant grant = facts.grant();
            if (grant == null) {
                continue;
            }
            long[] amounts = grantAmounts(grant);
            for (int i = 0; i < amounts.length; i++) {
                totals[i] += amounts[i];
            }
            Set<Long> seen = new HashSet<>();
            for (PartnerSummary partner : facts.partners()) {
                Long organisation = partner.organisationId();
                if (organisation == null || !partner.role().countsAsPartner() || !seen.add(organisation)) {
                    continue;
                }
                names.putIfAbsent(
                        organisation,
                        partner.organisationName() == null ? LocalizedText.of(null, null) : partner.organisationName());
                long[] sum = byOrganisation.computeIfAbsent(organisation, id -> new long[3]);
                for (int i = 0; i < amounts.length; i++) {
                    sum[i] += amounts[i];
                }
            }
        }
        List<Chart.Row> rows = new ArrayList<>();
        byOrganisation.forEach((organisation, amounts) ->
                rows.add(new Chart.Row(labels.names(names.get(organisation)), values(amounts))));
        return new Chart("organisation-grants", List.of(AWARDED, AT_RISK, REDUCED), sorted(rows), values(totals));
    }

    private static long[] grantAmounts(ProjectFacts.Grant grant) {
        return new long[] {
            grant.awarded(),
            grant.status().equals("at-risk") ? grant.awarded() : 0,
            grant.status().equals("reduced") ? grant.awarded() : 0
        };
    }

    private static List<Long> organisationValues(List<ProjectFacts> projects) {
        long events = 0;
        long attended = 0;
        Set<String> countries = new HashSet<>();
        for (ProjectFacts facts : projects) {
            events += facts.events().size();
            attended += facts.events().stream()
                    .mapToLong(ProjectFacts.EventFacts::attended)
                    .sum();
            facts.partners().stream()
                    .filter(partner -> partner.role().countsAsPartner()
                            && !partner.country().isBlank())
                    .forEach(partner -> countries.add(partner.country()));
        }
        return List.of((long) projects.size(), events, attended, (long) countries.size());
    }

    private static List<Long> values(long[] counts) {
        List<Long> values = new ArrayList<>(counts.length);
        for (long count : counts) {
            values.add(count);
        }
        return values;
    }

    /** By the first value descending, then by label. */
    private static List<Chart.Row> sorted(List<Chart.Row> rows) {
        return sortedBy(rows, 0);
    }

    private static List<Chart.Row> sortedBy(List<Chart.Row> rows, int series) {
        Function<Chart.Row, Long> value = row -> row.values().get(series);
        return rows.stream()
                .sorted(Comparator.comparing(value, Comparator.reverseOrder())
                        .thenComparing(row -> row.values().get(0), Comparator.reverseOrder())
                        .thenComparing(Chart.Row::label))
                .toList();
    }
}
