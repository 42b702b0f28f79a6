package org.jumelage.reporting.domain;

import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import org.jspecify.annotations.Nullable;
import org.jumelage.account.AuditEntry;
import org.jumelage.account.AuditTrail;
import org.jumelage.account.SignedInUser;
import org.jumelage.event.EventManagement;
import org.jumelage.event.EventSummary;
import org.jumelage.event.HostPlace;
import org.jumelage.participation.AttendanceManagement;
import org.jumelage.participation.AttendanceStatistics;
import org.jumelage.programme.FundingStatement;
import org.jumelage.programme.MeasureSummary;
import org.jumelage.programme.ProgrammeCatalogue;
import org.jumelage.programme.RuleCheck;
import org.jumelage.programme.RuleMessages;
import org.jumelage.project.GrantForecast;
import org.jumelage.project.PartnerSummary;
import org.jumelage.project.ProjectDetails;
import org.jumelage.project.ProjectException;
import org.jumelage.project.ProjectGrants;
import org.jumelage.project.ProjectManagement;
import org.jumelage.project.ProjectRights;
import org.jumelage.project.ProjectSummary;
import org.jumelage.publicity.InformationPage;
import org.jumelage.publicity.InformationPages;
import org.jumelage.publicity.NewsArticle;
import org.jumelage.publicity.NewsManagement;
import org.jumelage.publicity.PublicContent;
import org.jumelage.publicity.Publication;
import org.jumelage.publicity.Publications;
import org.jumelage.reporting.FinalReport;
import org.jumelage.reporting.FinalReport.SectionKind;
import org.jumelage.reporting.ProjectParticipation;
import org.jumelage.reporting.ProjectParticipation.Threshold;
import org.jumelage.reporting.ProjectReports;
import org.jumelage.reporting.ReportSections;
import org.jumelage.reporting.ReportingException;
import org.jumelage.reporting.persistence.ReportSectionStore;
import org.jumelage.shared.Countries;
import org.jumelage.shared.Languages;
import org.jumelage.shared.LocalizedText;
import org.jumelage.shared.TextLimits;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.context.MessageSource;
import org.springframework.data.domain.PageRequest;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * The final report and its participation counts, read from the other modules' facades as the
 * viewer: the project ({@link ProjectManagement} decides who sees it), its events, their statistics,
 * the grant forecast of the rules engine, and what publicity published. It owns only the written
 * sections ({@link ReportSectionStore}).
 */
@Service
class DefaultProjectReports implements ProjectReports {

    /** How many of the newest event deletions the report looks through for the project's. */
    static final int DELETIONS_READ = 1000;

    /** At most this many news articles are listed. */
    static final int NEWS_READ = 200;

    private final ProjectManagement projects;
    private final ProjectGrants grants;
    private final EventManagement events;
    private final AttendanceManagement attendance;
    private final ProgrammeCatalogue catalogue;
    private final Publications publications;
    private final PublicContent publicContent;
    private final InformationPages informationPages;
    private final NewsManagement news;
    private final AuditTrail audit;
    private final ReportSectionStore sections;
    private final SummaryDraft drafts;
    private final MessageSource messages;
    private final PublicAddresses addresses;
    private final Clock clock;

    DefaultProjectReports(
            ProjectManagement projects,
            ProjectGrants grants,
            EventManagement events,
            AttendanceManagement attendance,
            ProgrammeCatalogue catalogue,
            Publications publications,
            PublicContent publicContent,
            InformationPages informationPages,
            NewsManagement news,
            AuditTrail audit,
            ReportSectionStore sections,
            SummaryDraft drafts,
            MessageSource messages,
            Clock clock,
            @Value("${jumelage.public-url:http://localhost:8080}") String publicUrl) {
        this.projects = projects;
        this.grants = grants;
        this.events = events;
        this.attendance = attendance;
        this.catalogue = catalogue;
        this.publications = publications;
        this.publicContent = publicContent;
        this.informationPages = informationPages;
        this.news = news;
        this.audit = audit;
        this.sections = sections;
        this.drafts = drafts;
        this.messages = messages;
        this.addresses = new PublicAddresses(publicUrl);
        this.clock = clock;
    }

    @Override
    @Transactional(readOnly = true)
    public ProjectParticipation participation(SignedInUser viewer, long projectId) {
        visible(viewer, projectId);
        return counts(viewer, projectId, viewer.locale()).participation();
    }

    @Override
    @Transactional(readOnly = true)
    public FinalReport report(SignedInUser viewer, long projectId, Locale locale) {
        ProjectRights rights = visible(viewer, projectId);
        ProjectDetails project =
                projects.find(viewer, projectId).orElseThrow(() -> ProjectException.notFound(projectId));
        Counts counts = counts(viewer, projectId, locale);
        Texts texts = new Texts(messages, locale);
        ProjectSummary summary = project.summary();
        @Nullable MeasureSummary measure = catalogue.measure(summary.measure()).orElse(null);

        FinalReport.Identification identification = identification(project, measure, counts.forecast(), texts);
        List<FinalReport.WrittenSection> written = sections.sections(projectId);

        Set<Long> publicEvents = new HashSet<>(publicContent.publicEventIds(projectId));
        boolean projectPublic = publicContent.isProjectPublic(projectId);
        List<FinalReport.ReportEvent> reportEvents = new ArrayList<>();
        List<FinalReport.PublishedPage> eventPages = new ArrayList<>();
        for (int i = 0; i < counts.events().size(); i++) {
            EventSummary event = counts.events().get(i);
            ProjectParticipation.EventParticipation row =
                    counts.participation().events().get(i);
            @Nullable AttendanceStatistics statistics = counts.statistics().get(event.id());
            boolean published = publicEvents.contains(event.id());
            String title = event.titles().in(locale);
            reportEvents.add(new FinalReport.ReportEvent(
                    event.id(),
                    title,
                    texts.get("event.type." + event.type().name()),
                    event.hostPlaces().stream()
                            .map(place -> place(place, locale))
                            .toList(),
                    event.venue(),
                    event.startDate(),
                    event.endDate(),
                    (int) event.days(),
                    agenda(event.agenda(), locale),
                    row,
                    statistics != null && statistics.present() > 0,
                    published,
                    published ? addresses.event(event.id(), Languages.tagOf(locale)) : null,
                    informationPages
                            .informationPage(event.id(), locale)
                            .map(InformationPage::url)
                            .orElse(null),
                    "/events/" + event.id(),
                    "/events/" + event.id() + "/statistics",
                    "/events/" + event.id() + "/lists"));
            Publication publication = publications.ofEvent(viewer, event.id());
            eventPages.add(new FinalReport.PublishedPage(
                    event.id(),
                    title,
                    published,
                    publication.publishedAt(),
                    published ? addresses.eventPages(event.id()) : List.of()));
        }

        Publication projectPublication = publications.ofProject(viewer, projectId);
        FinalReport.Dissemination dissemination = new FinalReport.Dissemination(
                new FinalReport.PublishedPage(
                        projectId,
                        identification.title(),
                        projectPublic,
                        projectPublication.publishedAt(),
                        projectPublic ? addresses.projectPages(projectId) : List.of()),
                eventPages,
                newsItems(viewer, rights, projectId, locale),
                projectPublic ? addresses.feeds(projectId, texts) : List.of());

        List<FinalReport.Outcome> outcomes = project.outcomes().stream()
                .map(outcome -> new FinalReport.Outcome(
                        outcome.date(),
                        texts.get("project.outcome." + outcome.kind().name()),
                        outcome.text().in(locale)))
                .toList();

        FinalReport.Grant grant = grant(counts.forecast(), summary.measure(), texts);
        List<FinalReport.Missing> missing = ReportRemarks.missing(
                new ReportRemarks.Facts(
                        identification.referenceNumber() != null,
                        written,
                        reportEvents,
                        deletedEvents(projectId, counts.events()),
                        projectPublic,
                        grant.problem(),
                        LocalDate.now(clock)),
                texts);

        return new FinalReport(
                projectId,
                locale,
                clock.instant(),
                rights.edit(),
                identification,
                written,
                reportEvents,
                counts.participation(),
                grant,
                dissemination,
                outcomes,
                missing);
    }

    @Override
    @Transactional
    public void saveSections(SignedInUser editor, long projectId, ReportSections input) {
        ProjectRights rights = visible(editor, projectId);
        if (!rights.edit()) {
            throw ReportingException.editorRequired();
        }
        Map<String, @Nullable String> checked = new LinkedHashMap<>();
        for (Map.Entry<SectionKind, Map<String, @Nullable String>> kind :
                input.texts().entrySet()) {
            for (Map.Entry<String, @Nullable String> text : kind.getValue().entrySet()) {
                String field = kind.getKey().id() + "." + text.getKey();
                if (!Languages.isSupported(text.getKey())) {
                    throw ReportingException.unknownLanguage(field, text.getKey());
                }
                String tidy = TextLimits.stripToNull(text.getValue());
                int max = ReportSections.max(kind.getKey());
                if (TextLimits.tooLong(tidy, max)) {
                    throw ReportingException.textTooLong(field, max);
                }
                checked.put(field, tidy);
            }
        }
        Instant now = clock.instant();
        List<String> changed = new ArrayList<>();
        for (Map.Entry<String, @Nullable String> entry : checked.entrySet()) {
            String[] parts = entry.getKey().split("\\.", 2);
            SectionKind kind = SectionKind.valueOf(parts[0].toUpperCase(Locale.ROOT));
            String text = entry.getValue();
            if (text == null) {
                if (sections.remove(projectId, kind, parts[1])) {
                    changed.add(entry.getKey() + " removed");
                }
            } else {
                sections.save(projectId, kind, parts[1], text, now, editor.id(), editor.displayName());
                changed.add(entry.getKey() + " (" + text.length() + " characters)");
            }
        }
        if (!changed.isEmpty()) {
            audit.record("reporting.sections.saved", "project " + projectId, String.join(", ", changed));
        }
    }

    @Override
    @Transactional(readOnly = true)
    public String draftSummary(SignedInUser editor, long projectId, String language) {
        ProjectRights rights = visible(editor, projectId);
        if (!rights.edit()) {
            throw ReportingException.editorRequired();
        }
        if (!Languages.isSupported(language)) {
            throw ReportingException.unknownLanguage("language", language);
        }
        Locale locale = Locale.forLanguageTag(language);
        ProjectDetails project =
                projects.find(editor, projectId).orElseThrow(() -> ProjectException.notFound(projectId));
        Counts counts = counts(editor, projectId, locale);
        @Nullable
        MeasureSummary measure = catalogue.measure(project.summary().measure()).orElse(null);
        return drafts.write(project, measure, counts.events(), counts.participation(), locale);
    }

    // --- reading ---------------------------------------------------------------------------------

    private ProjectRights visible(SignedInUser viewer, long projectId) {
        ProjectRights rights = projects.rights(viewer, projectId);
        if (!rights.view()) {
            throw ProjectException.notFound(projectId);
        }
        return rights;
    }

    /** What was read to count: the events, their statistics, the forecast, and the participation. */
    private record Counts(
            List<EventSummary> events,
            Map<Long, AttendanceStatistics> statistics,
            GrantForecast forecast,
            ProjectParticipation participation) {}

    private Counts counts(SignedInUser viewer, long projectId, Locale locale) {
        List<EventSummary> projectEvents = events.forProject(viewer, projectId);
        Map<Long, AttendanceStatistics> statistics = new LinkedHashMap<>();
        for (EventSummary event : projectEvents) {
            statistics.put(event.id(), attendance.statistics(viewer, event.id()));
        }
        GrantForecast forecast = grants.forecast(viewer, projectId, locale);
        Map<Long, List<Threshold>> thresholds = EventThresholds.of(forecast, projectEvents);
        return new Counts(
                projectEvents,
                statistics,
                forecast,
                ParticipationCounts.assemble(projectId, projectEvents, statistics, thresholds));
    }

    /** Events of the project deleted since (from the audit trail: deletion removes an event and its people). */
    private List<ReportRemarks.DeletedEvent> deletedEvents(long projectId, List<EventSummary> current) {
        Set<Long> existing = new HashSet<>();
        current.forEach(event -> existing.add(event.id()));
        Map<Long, ReportRemarks.DeletedEvent> deleted = new TreeMap<>();
        for (AuditEntry entry : audit.entries("event.deleted", PageRequest.of(0, DELETIONS_READ))) {
            ReportRemarks.DeletedEvent event = ReportRemarks.DeletedEvent.parse(entry, projectId);
            if (event != null && !existing.contains(event.eventId())) {
                deleted.putIfAbsent(event.eventId(), event);
            }
        }
        return List.copyOf(deleted.values());
    }

    private List<FinalReport.NewsItem> newsItems(
            SignedInUser viewer, ProjectRights rights, long projectId, Locale locale) {
        Map<Long, NewsArticle> articles = new LinkedHashMap<>();
        news.published(projectId, null, null, PageRequest.of(0, NEWS_READ))
                .forEach(article -> articles.put(article.id(), article));
        if (rights.edit()) {
            news.list(viewer, null, projectId, PageRequest.of(0, NEWS_READ))
                    .forEach(article -> articles.putIfAbsent(article.id(), article));
        }
        Set<Long> visible = news.publicAmong(articles.keySet());
        return articles.values().stream()
                .sorted(java.util.Comparator.comparing((NewsArticle article) ->
                                article.publishAt() == null ? article.createdAt() : article.publishAt())
                        .reversed())
                .map(article -> {
                    boolean isPublic = visible.contains(article.id());
                    return new FinalReport.NewsItem(
                            article.id(),
                            article.titles().in(locale),
                            article.eventId(),
                            isPublic,
                            article.publishAt(),
                            isPublic ? addresses.news(article) : List.of(),
                            "/news/" + article.id());
                })
                .toList();
    }

    // --- assembling ------------------------------------------------------------------------------

    private FinalReport.Identification identification(
            ProjectDetails project, @Nullable MeasureSummary measure, GrantForecast forecast, Texts texts) {
        ProjectSummary summary = project.summary();
        Locale locale = texts.locale();
        FinalReport.@Nullable Partner lead = null;
        List<FinalReport.CountryPartners> byCountry = new ArrayList<>();
        for (Map.Entry<String, List<PartnerSummary>> country :
                project.partnersByCountry().entrySet()) {
            List<FinalReport.Partner> partners = new ArrayList<>();
            for (PartnerSummary partner : country.getValue()) {
                FinalReport.Partner row = partner(partner, texts);
                partners.add(row);
                if (partner.role() == org.jumelage.project.PartnerRole.LEAD) {
                    lead = row;
                }
            }
            byCountry.add(new FinalReport.CountryPartners(
                    country.getKey(), Countries.name(country.getKey(), locale), partners));
        }
        byCountry.sort(java.util.Comparator.comparing(FinalReport.CountryPartners::countryName));
        String title = summary.label(locale);
        @Nullable String programmeCode = measure == null ? null : measure.programmeCode();
        return new FinalReport.Identification(
                summary.referenceNumber(),
                title,
                summary.acronym(),
                programmeCode,
                measure == null ? "" : measure.programmeName().in(locale),
                summary.measure(),
                measure == null ? summary.measure() : measure.name().in(locale),
                project.callCode(),
                forecast.callYear(),
                texts.get("project.status." + summary.status().name()),
                summary.startDate(),
                summary.endDate(),
                lead,
                byCountry,
                texts.get(FundingStatement.messageKey(programmeCode)));
    }

    private static FinalReport.Partner partner(PartnerSummary partner, Texts texts) {
        @Nullable LocalizedText name = partner.organisationName();
        return new FinalReport.Partner(
                name == null ? null : name.in(texts.locale()),
                partner.country(),
                Countries.name(partner.country(), texts.locale()),
                texts.get("project.role." + partner.role().name()));
    }

    private static FinalReport.Place place(HostPlace place, Locale locale) {
        return new FinalReport.Place(place.name(), place.country(), Countries.name(place.country(), locale));
    }

    /** The agenda as written, one entry per non-empty line. */
    static List<String> agenda(LocalizedText agenda, Locale locale) {
        return agenda.in(locale)
                .lines()
                .map(String::strip)
                .filter(line -> !line.isEmpty())
                .toList();
    }

    private FinalReport.Grant grant(GrantForecast forecast, String measure, Texts texts) {
        List<FinalReport.GrantColumn> columns = new ArrayList<>();
        String ruleSet = "";
        for (GrantForecast.Column column : forecast.columns()) {
            var evaluation = column.evaluation();
            ruleSet = evaluation.ruleSet();
            var estimate = evaluation.grant();
            columns.add(new FinalReport.GrantColumn(
                    column.count(),
                    texts.get(
                            "project.grant.verdict." + evaluation.eligibility().id()),
                    evaluation.eligible(),
                    estimate.exact(),
                    estimate.amount(),
                    estimate.min(),
                    estimate.max(),
                    estimate.currency(),
                    estimate.lines().stream()
                            .map(line -> new FinalReport.GrantLine(
                                    RuleMessages.format(messages, line.messageKey(), line.arguments(), texts.locale()),
                                    line.amount()))
                            .toList(),
                    evaluation.checks().stream()
                            .map(check -> check(check, texts))
                            .toList()));
        }
        @Nullable
        String problem = forecast.problem() == null
                ? null
                : RuleMessages.format(
                        messages,
                        forecast.problem().messageKey(),
                        forecast.problem().arguments(),
                        texts.locale());
        List<String> remarks = forecast.remarks().stream()
                .map(remark -> RuleMessages.format(messages, remark.messageKey(), remark.arguments(), texts.locale()))
                .toList();
        return new FinalReport.Grant(forecast, ruleSet, columns, problem, remarks, "/programmes#measure-" + measure);
    }

    private FinalReport.Check check(RuleCheck check, Texts texts) {
        return new FinalReport.Check(
                check.rule(),
                check.status().name().toLowerCase(Locale.ROOT),
                RuleMessages.format(messages, check, texts.locale()),
                check.source().url().isEmpty() ? null : check.source().url());
    }
}
