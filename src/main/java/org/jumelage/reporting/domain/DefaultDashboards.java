package org.jumelage.reporting.domain;

import java.math.RoundingMode;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import org.jspecify.annotations.Nullable;
import org.jumelage.account.IsAdministrator;
import org.jumelage.account.Role;
import org.jumelage.account.SignedInUser;
import org.jumelage.event.EventManagement;
import org.jumelage.event.EventSummary;
import org.jumelage.participation.AttendanceManagement;
import org.jumelage.participation.AttendanceStatistics;
import org.jumelage.programme.GrantPlan;
import org.jumelage.project.GrantAward;
import org.jumelage.project.GrantForecast;
import org.jumelage.project.PartnerSummary;
import org.jumelage.project.PortfolioFilter;
import org.jumelage.project.ProjectDetails;
import org.jumelage.project.ProjectException;
import org.jumelage.project.ProjectGrants;
import org.jumelage.project.ProjectManagement;
import org.jumelage.project.ProjectStatus;
import org.jumelage.project.ProjectSummary;
import org.jumelage.reporting.Chart;
import org.jumelage.reporting.Dashboards;
import org.jumelage.reporting.InstanceOverview;
import org.jumelage.reporting.PortfolioDashboard;
import org.jumelage.shared.Countries;
import org.jumelage.shared.LocalizedText;
import org.springframework.context.MessageSource;
import org.springframework.data.domain.PageRequest;
import org.springframework.data.domain.Slice;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Reads the dashboards from the other modules' facades, each of which decides what the viewer may
 * see (the portfolio, a project's partners, events, attendance statistics, grant forecast, award and
 * the verdict on it), and
 * counts them in {@link DashboardCharts}. It reads the portfolio once and, for all its projects
 * together, their partners, events, the events' statistics, the grant forecasts and the awards (the
 * verdict is judged on that same forecast, not a second one), so the number of statements does not
 * grow with the projects counted (at most {@link PortfolioDashboard#PROJECT_LIMIT}).
 */
@Service
class DefaultDashboards implements Dashboards {

    private final ProjectManagement projects;
    private final ProjectGrants grants;
    private final EventManagement events;
    private final AttendanceManagement attendance;
    private final MessageSource messages;

    DefaultDashboards(
            ProjectManagement projects,
            ProjectGrants grants,
            EventManagement events,
            AttendanceManagement attendance,
            MessageSource messages) {
        this.projects = projects;
        this.grants = grants;
        this.events = events;
        this.attendance = attendance;
        this.messages = messages;
    }

    @Override
    @Transactional(readOnly = true)
    public PortfolioDashboard portfolio(SignedInUser viewer, @Nullable Long organisationId, Locale locale) {
        boolean administrator = viewer.hasRole(Role.ADMIN);
        Slice<ProjectSummary> portfolio = portfolio(viewer);
        Map<ProjectSummary, List<PartnerSummary>> partners = partners(viewer, portfolio.getContent());
        List<PortfolioDashboard.OrganisationOption> options = administrator ? options(partners, locale) : List.of();
        Long narrowed = administrator ? organisationId : null;
        Map<ProjectSummary, List<PartnerSummary>> counted = new LinkedHashMap<>();
        partners.forEach((project, its) -> {
            if (narrowed == null || its.stream().anyMatch(partner -> narrowed.equals(partner.organisationId()))) {
                counted.put(project, its);
            }
        });
        List<ProjectFacts> facts = facts(viewer, counted, locale);
        Labels labels = new Labels(locale);
        List<Chart> charts = List.of(
                DashboardCharts.projectsByYear(facts, labels),
                DashboardCharts.projectsByMeasure(facts, labels),
                DashboardCharts.projectsByStatus(facts, labels),
                DashboardCharts.partnerCountries(facts, labels),
                DashboardCharts.eventsByYear(facts, labels),
                DashboardCharts.participantsByCountry(facts, labels),
                DashboardCharts.invitedParticipants(facts, labels),
                DashboardCharts.grants(facts, labels));
        return new PortfolioDashboard(facts.size(), portfolio.hasNext(), narrowed, options, charts);
    }

    @Override
    @IsAdministrator
    @Transactional(readOnly = true)
    public InstanceOverview overview(SignedInUser administrator, Locale locale) {
        Slice<ProjectSummary> portfolio = portfolio(administrator);
        List<ProjectFacts> facts = facts(administrator, partners(administrator, portfolio.getContent()), locale);
        Labels labels = new Labels(locale);
        List<Chart> charts = List.of(
                DashboardCharts.organisations(facts, labels),
                DashboardCharts.organisationGrants(facts, labels),
                DashboardCharts.partnerCountries(facts, labels),
                DashboardCharts.participantsByCountry(facts, labels));
        return new InstanceOverview(facts.size(), portfolio.hasNext(), charts);
    }

    private Slice<ProjectSummary> portfolio(SignedInUser viewer) {
        return projects.portfolioStart(
                viewer, PortfolioFilter.none(), PageRequest.of(0, PortfolioDashboard.PROJECT_LIMIT));
    }

    /** The partners of the portfolio's projects, read together (issue #17). */
    private Map<ProjectSummary, List<PartnerSummary>> partners(SignedInUser viewer, List<ProjectSummary> portfolio) {
        Map<Long, ProjectDetails> details =
                projects.find(viewer, portfolio.stream().map(ProjectSummary::id).toList());
        Map<ProjectSummary, List<PartnerSummary>> partners = new LinkedHashMap<>();
        portfolio.forEach(project -> {
            ProjectDetails found = details.get(project.id());
            if (found == null) {
                throw ProjectException.notFound(project.id());
            }
            partners.put(project, found.partners());
        });
        return partners;
    }

    private static List<PortfolioDashboard.OrganisationOption> options(
            Map<ProjectSummary, List<PartnerSummary>> partners, Locale locale) {
        Map<Long, LocalizedText> names = new LinkedHashMap<>();
        partners.values().stream()
                .flatMap(List::stream)
                .filter(partner -> partner.organisationId() != null && partner.organisationName() != null)
                .forEach(partner -> names.putIfAbsent(partner.organisationId(), partner.organisationName()));
        return names.entrySet().stream()
                .map(entry -> new PortfolioDashboard.OrganisationOption(entry.getKey(), entry.getValue()))
                .sorted(Comparator.comparing(option -> option.names().in(locale), String.CASE_INSENSITIVE_ORDER))
                .toList();
    }

    /**
     * The facts of the projects: their events and the events' statistics are read for all projects at
     * once (one read per module, not one per project and event: issue #17).
     */
    private List<ProjectFacts> facts(
            SignedInUser viewer, Map<ProjectSummary, List<PartnerSummary>> partners, Locale locale) {
        List<Long> projectIds =
                partners.keySet().stream().map(ProjectSummary::id).toList();
        Map<Long, List<EventSummary>> eventsByProject = new HashMap<>();
        List<EventSummary> allEvents = events.forProjects(viewer, projectIds);
        allEvents.forEach(event -> eventsByProject
                .computeIfAbsent(event.projectId(), id -> new ArrayList<>())
                .add(event));
        Map<Long, List<AttendanceStatistics.CountryCount>> statistics = attendance.countries(
                viewer, allEvents.stream().map(EventSummary::id).toList());
        Map<Long, GrantForecast> forecasts = grants.forecasts(viewer, projectIds, locale);
        Map<Long, GrantAward> awards = grants.awards(viewer, projectIds);
        List<ProjectFacts> facts = new ArrayList<>();
        partners.forEach((project, its) -> {
            GrantForecast forecast = forecasts.get(project.id());
            if (forecast == null) {
                throw ProjectException.notFound(project.id());
            }
            facts.add(facts(
                    project,
                    its,
                    eventsByProject.getOrDefault(project.id(), List.of()),
                    statistics,
                    forecast,
                    awards.get(project.id())));
        });
        return facts;
    }

    private ProjectFacts facts(
            ProjectSummary project,
            List<PartnerSummary> partners,
            List<EventSummary> projectEvents,
            Map<Long, List<AttendanceStatistics.CountryCount>> allStatistics,
            GrantForecast forecast,
            @Nullable GrantAward award) {
        List<ProjectFacts.EventFacts> eventFacts = new ArrayList<>();
        for (EventSummary event : projectEvents) {
            List<AttendanceStatistics.CountryCount> countries =
                    java.util.Objects.requireNonNull(allStatistics.get(event.id()));
            eventFacts.add(new ProjectFacts.EventFacts(
                    event.startDate(),
                    countries.stream()
                            .mapToInt(AttendanceStatistics.CountryCount::registered)
                            .sum(),
                    countries.stream()
                            .mapToInt(AttendanceStatistics.CountryCount::present)
                            .sum(),
                    countries.stream()
                            .map(count ->
                                    new ProjectFacts.CountryCount(count.country(), count.registered(), count.present()))
                            .toList()));
        }
        ProjectFacts.Grant grant = award == null
                ? null
                : new ProjectFacts.Grant(
                        grants.verdict(award, forecast).status().id(),
                        award.amount().setScale(0, RoundingMode.HALF_UP).longValueExact());
        return new ProjectFacts(project, partners, eventFacts, invited(forecast), grant);
    }

    /** The invited participants of each column: the people of the delegations the plan sends. */
    static ProjectFacts.@Nullable Invited invited(GrantForecast forecast) {
        if (!forecast.evaluated()) {
            return null;
        }
        int[] counts = new int[GrantForecast.Count.values().length];
        for (GrantForecast.Column column : forecast.columns()) {
            counts[column.count().ordinal()] = column.plan().events().stream()
                    .flatMap(event -> event.delegations().stream())
                    .mapToInt(GrantPlan.Delegation::participants)
                    .sum();
        }
        return new ProjectFacts.Invited(
                counts[GrantForecast.Count.PLANNED.ordinal()],
                counts[GrantForecast.Count.REGISTERED.ordinal()],
                counts[GrantForecast.Count.ATTENDED.ordinal()]);
    }

    /** Row labels from the bundles and {@link Countries}. */
    private final class Labels implements DashboardCharts.Labels {

        private final Locale locale;

        Labels(Locale locale) {
            this.locale = locale;
        }

        @Override
        public String country(String code) {
            return Countries.name(code, locale);
        }

        @Override
        public String status(ProjectStatus status) {
            return messages.getMessage("project.status." + status.name(), null, locale);
        }

        @Override
        public String noDate() {
            return messages.getMessage("reporting.dashboard.no-date", null, locale);
        }

        @Override
        public String noMeasure() {
            return messages.getMessage("reporting.dashboard.no-measure", null, locale);
        }

        @Override
        public String names(LocalizedText names) {
            String name = names.in(locale);
            return name.isEmpty() ? messages.getMessage("reporting.dashboard.unnamed", null, locale) : name;
        }

        @Override
        public String project(ProjectFacts facts) {
            return facts.project().label(locale);
        }

        @Override
        public String grantStatus(String status) {
            return messages.getMessage("reporting.dashboard.grant." + status, null, locale);
        }
    }
}
