package org.jumelage.desk.domain;

import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Objects;
import java.util.function.Function;
import java.util.stream.Collectors;
import org.jspecify.annotations.Nullable;
import org.jumelage.account.AccountManagement;
import org.jumelage.account.AuditTrail;
import org.jumelage.account.Role;
import org.jumelage.account.SignedInUser;
import org.jumelage.event.EventManagement;
import org.jumelage.event.EventSummary;
import org.jumelage.mail.MailOutboxOverview;
import org.jumelage.participation.DelegationManagement;
import org.jumelage.participation.ParticipantListOverview;
import org.jumelage.participation.ParticipantLists;
import org.jumelage.participation.RegistrationCounts;
import org.jumelage.participation.RegistrationManagement;
import org.jumelage.participation.RegistrationSettings;
import org.jumelage.participation.RegistrationSettingsManagement;
import org.jumelage.participation.RegistrationState;
import org.jumelage.participation.RegistrationSummary;
import org.jumelage.programme.RuleCheck;
import org.jumelage.programme.RuleMessages;
import org.jumelage.project.GrantForecast;
import org.jumelage.project.PortfolioFilter;
import org.jumelage.project.ProjectGrants;
import org.jumelage.project.ProjectManagement;
import org.jumelage.project.ProjectStatus;
import org.jumelage.project.ProjectSummary;
import org.jumelage.publicity.NewsArticle;
import org.jumelage.publicity.NewsManagement;
import org.springframework.context.MessageSource;
import org.springframework.data.domain.PageRequest;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Builds a person's {@link Desk} from the other modules' facades, each of which decides what the
 * person may see; the desk adds no rule of its own about permissions, eligibility or registration.
 */
@Service
public class DeskReader {

    /** The projects a desk looks at: the first page of the portfolio. */
    static final int PROJECTS = 100;

    static final int UPCOMING = 8;
    static final int WARNINGS = 10;
    static final int DEADLINES = 8;
    static final int ACTIVITY = 8;
    static final int AUDIT = 8;

    /** Plans still open to change: an idea to a running project. Closed and rejected ones are history. */
    private static final List<ProjectStatus> LIVE = List.of(
            ProjectStatus.IDEA,
            ProjectStatus.IN_PREPARATION,
            ProjectStatus.SUBMITTED,
            ProjectStatus.SELECTED,
            ProjectStatus.RUNNING);

    private final ProjectManagement projects;
    private final ProjectGrants grants;
    private final EventManagement events;
    private final RegistrationSettingsManagement registrationSettings;
    private final RegistrationManagement registrations;
    private final DelegationManagement delegations;
    private final ParticipantLists participantLists;
    private final NewsManagement news;
    private final AccountManagement accounts;
    private final AuditTrail auditTrail;
    private final MailOutboxOverview mail;
    private final MessageSource messages;
    private final Clock clock;

    DeskReader(
            ProjectManagement projects,
            ProjectGrants grants,
            EventManagement events,
            RegistrationSettingsManagement registrationSettings,
            RegistrationManagement registrations,
            DelegationManagement delegations,
            ParticipantLists participantLists,
            NewsManagement news,
            AccountManagement accounts,
            AuditTrail auditTrail,
            MailOutboxOverview mail,
            MessageSource messages,
            Clock clock) {
        this.projects = projects;
        this.grants = grants;
        this.events = events;
        this.registrationSettings = registrationSettings;
        this.registrations = registrations;
        this.delegations = delegations;
        this.participantLists = participantLists;
        this.news = news;
        this.accounts = accounts;
        this.auditTrail = auditTrail;
        this.mail = mail;
        this.messages = messages;
        this.clock = clock;
    }

    /**
     * The desk of the person, with texts in the locale's language. One read-only transaction for the
     * whole desk: the modules' reads join it, so a project or an event that several of them check
     * (the rights on each upcoming event, its lists, delegations and registrations) is read once.
     */
    @Transactional(readOnly = true)
    public Desk read(SignedInUser user, Locale locale) {
        Instant now = clock.instant();
        LocalDate today = LocalDate.now(clock);
        List<ProjectSummary> portfolio = projects.portfolioStart(
                        user, PortfolioFilter.none(), PageRequest.of(0, PROJECTS))
                .getContent();
        Map<Long, String> labels = portfolio.stream()
                .collect(Collectors.toMap(ProjectSummary::id, project -> project.label(locale), (a, b) -> a));
        List<Long> projectIds =
                portfolio.stream().map(ProjectSummary::id).distinct().toList();
        // One read per module for the whole page (not one per project or event): issue #17.
        Map<Long, Boolean> editor = projects.rights(user, projectIds).entrySet().stream()
                .collect(Collectors.toMap(
                        Map.Entry::getKey, entry -> entry.getValue().edit()));

        List<EventSummary> allEvents = events.forProjects(user, projectIds);
        Map<Long, RegistrationState> states = registrationSettings.states(
                user, allEvents.stream().map(EventSummary::id).toList());
        List<EventSummary> upcomingEvents = allEvents.stream()
                .filter(event -> lastDay(event) != null && !lastDay(event).isBefore(today))
                .sorted(Comparator.comparing(EventSummary::startDate, Comparator.nullsLast(Comparator.naturalOrder())))
                .toList();

        List<Desk.UpcomingEvent> upcoming = upcomingEvents.stream()
                .limit(UPCOMING)
                .map(event -> {
                    RegistrationCounts counts = registrationSettings.counts(user, event.id());
                    return new Desk.UpcomingEvent(
                            event,
                            labels.getOrDefault(event.projectId(), ""),
                            counts.confirmed(),
                            counts.capacity(),
                            counts.waitlisted(),
                            editor.getOrDefault(event.projectId(), false));
                })
                .toList();

        List<EventSummary> openEvents = allEvents.stream()
                .filter(event -> states.getOrDefault(event.id(), RegistrationState.CLOSED) == RegistrationState.OPEN)
                .toList();
        // The settings of those the person may read (an editor's), in one read.
        Map<Long, RegistrationSettings> readable = registrationSettings.settings(
                user, openEvents.stream().map(EventSummary::id).toList());
        List<Desk.OpenRegistration> open = new ArrayList<>();
        List<Desk.Deadline> deadlines = new ArrayList<>();
        for (EventSummary event : openEvents) {
            RegistrationSettings settings = readable.get(event.id());
            Instant closesAt = settings == null ? null : settings.closesAt();
            String label = labels.getOrDefault(event.projectId(), "");
            open.add(new Desk.OpenRegistration(event, label, closesAt));
            if (closesAt != null) {
                deadlines.add(new Desk.Deadline(
                        LocalDate.ofInstant(closesAt, zone(event)),
                        Desk.Deadline.Kind.REGISTRATION_CLOSES,
                        event.projectId(),
                        label,
                        event.id()));
            }
        }
        open.sort(
                Comparator.comparing(Desk.OpenRegistration::closesAt, Comparator.nullsLast(Comparator.naturalOrder())));

        // The forecasts of the live projects the person edits, read together (issue #17).
        Map<Long, GrantForecast> forecasts = grants.forecasts(
                user,
                portfolio.stream()
                        .filter(project -> LIVE.contains(project.status()))
                        .map(ProjectSummary::id)
                        .filter(id -> editor.getOrDefault(id, false))
                        .distinct()
                        .toList(),
                locale);
        List<Desk.EligibilityWarning> warnings = new ArrayList<>();
        for (ProjectSummary project : portfolio) {
            if (!LIVE.contains(project.status())) {
                continue;
            }
            if (project.endDate() != null && !project.endDate().isBefore(today)) {
                deadlines.add(new Desk.Deadline(
                        project.endDate(),
                        Desk.Deadline.Kind.PROJECT_END,
                        project.id(),
                        labels.get(project.id()),
                        null));
            }
            if (!editor.getOrDefault(project.id(), false) || warnings.size() >= WARNINGS) {
                continue;
            }
            GrantForecast forecast = forecasts.get(project.id());
            if (forecast == null) {
                continue;
            }
            if (forecast.deadline() != null
                    && !forecast.deadline().isBefore(today)
                    && before(project.status(), ProjectStatus.SUBMITTED)) {
                deadlines.add(new Desk.Deadline(
                        forecast.deadline(),
                        Desk.Deadline.Kind.CALL_DEADLINE,
                        project.id(),
                        labels.get(project.id()),
                        null));
            }
            if (!forecast.evaluated()) {
                continue;
            }
            // The planned participants: what the plan itself still lacks.
            for (RuleCheck check : forecast.columns().get(0).evaluation().checks()) {
                if (check.failed()) {
                    warnings.add(new Desk.EligibilityWarning(
                            project.id(),
                            labels.get(project.id()),
                            messages.getMessage("rules.rule." + check.rule(), null, check.rule(), locale),
                            RuleMessages.format(messages, check, locale),
                            missing(check)));
                }
            }
        }
        deadlines.sort(Comparator.comparing(Desk.Deadline::date));

        // Lists, own delegations and recent registrations look at the events the desk shows as
        // upcoming, not at every coming event of the portfolio: a bounded number of reads (issue #17).
        List<EventSummary> nextEvents = upcomingEvents.stream().limit(UPCOMING).toList();
        Desk.ListsToPrint lists = null;
        for (EventSummary event : nextEvents) {
            ParticipantListOverview overview = participantLists.overview(user, event.id());
            if (overview.any()) {
                lists = new Desk.ListsToPrint(event, labels.getOrDefault(event.projectId(), ""), overview);
                break;
            }
        }

        List<Desk.OwnDelegation> own = new ArrayList<>();
        if (user.organisationId() != null) {
            for (EventSummary event : nextEvents) {
                if (editor.getOrDefault(event.projectId(), false)) {
                    continue;
                }
                delegations.forEvent(user, event.id()).stream()
                        .filter(delegation -> Objects.equals(delegation.organisationId(), user.organisationId()))
                        .map(delegation ->
                                new Desk.OwnDelegation(event, labels.getOrDefault(event.projectId(), ""), delegation))
                        .forEach(own::add);
            }
        }

        List<Desk.Activity> activity = new ArrayList<>();
        for (NewsArticle article :
                news.list(user, null, null, PageRequest.of(0, ACTIVITY)).getContent()) {
            activity.add(new Desk.Activity(
                    article.updatedAt(),
                    Desk.Activity.Kind.NEWS,
                    article.titles().in(locale),
                    "",
                    "/news/" + article.id()));
        }
        Map<Long, EventSummary> eventsById =
                nextEvents.stream().collect(Collectors.toMap(EventSummary::id, Function.identity()));
        for (EventSummary event : eventsById.values()) {
            for (RegistrationSummary registration : registrations.forEvent(user, event.id())) {
                if (registration.erased() || registration.firstName() == null) {
                    continue;
                }
                activity.add(new Desk.Activity(
                        registration.createdAt(),
                        Desk.Activity.Kind.REGISTRATION,
                        registration.firstName() + " " + Objects.requireNonNullElse(registration.lastName(), ""),
                        event.titles().in(locale),
                        "/events/" + event.id()));
            }
        }
        activity.sort(Comparator.comparing(Desk.Activity::at).reversed());

        Desk.AdminState admin = null;
        if (user.hasRole(Role.ADMIN)) {
            admin = new Desk.AdminState(
                    accounts.listUsers("", PageRequest.of(0, 1)).getTotalElements(),
                    projects.deletedCount(user),
                    mail.counts(),
                    auditTrail.entries(null, PageRequest.of(0, AUDIT)).getContent());
        }
        return new Desk(
                upcoming,
                open,
                warnings,
                lists,
                deadlines.stream().limit(DEADLINES).toList(),
                own,
                activity.stream().limit(ACTIVITY).toList(),
                admin);
    }

    private static @Nullable LocalDate lastDay(EventSummary event) {
        return event.endDate() != null ? event.endDate() : event.startDate();
    }

    private static java.time.ZoneId zone(EventSummary event) {
        try {
            return java.time.ZoneId.of(event.timeZone());
        } catch (java.time.DateTimeException unknown) {
            return java.time.ZoneOffset.UTC;
        }
    }

    private static boolean before(ProjectStatus status, ProjectStatus other) {
        return status.ordinal() < other.ordinal();
    }

    /**
     * How many are missing for a minimum count ({@code min-…} rules whose value and finding are whole
     * numbers), else {@code null}: the engine's own figures, subtracted.
     */
    static @Nullable Long missing(RuleCheck check) {
        if (!check.rule().startsWith("min-")
                || !(check.expected() instanceof Number expected)
                || !(check.actual() instanceof Number actual)
                || expected instanceof java.math.BigDecimal
                || actual instanceof java.math.BigDecimal) {
            return null;
        }
        long gap = expected.longValue() - actual.longValue();
        return gap > 0 ? gap : null;
    }
}
