package org.jumelage.publicity.web;

import jakarta.servlet.http.HttpServletResponse;
import java.text.Collator;
import java.util.Comparator;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import org.jspecify.annotations.Nullable;
import org.jumelage.event.EventSummary;
import org.jumelage.participation.RegistrationSettingsManagement;
import org.jumelage.programme.FundingStatement;
import org.jumelage.programme.MeasureSummary;
import org.jumelage.programme.ProgrammeCatalogue;
import org.jumelage.project.PartnerSummary;
import org.jumelage.project.ProjectDetails;
import org.jumelage.project.ProjectSummary;
import org.jumelage.publicity.InformationPage;
import org.jumelage.publicity.NewsArticle;
import org.jumelage.publicity.NewsManagement;
import org.jumelage.publicity.PublicContent;
import org.jumelage.publicity.PublicityException;
import org.jumelage.publicity.domain.InformationPageReader;
import org.jumelage.publicity.domain.PublicPageVersion;
import org.jumelage.publicity.web.PublicPages.PublicText;
import org.jumelage.publicity.web.PublicPages.PublicTexts;
import org.jumelage.shared.Countries;
import org.jumelage.shared.Languages;
import org.springframework.data.domain.PageRequest;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.context.request.WebRequest;

/**
 * The public pages of a project and of its events: what the project is, under which programme and
 * measure, who takes part (by country), when, what it costs and what the EU pays, its public events,
 * outcomes and news; an event's facts, agenda and, while public registration is open, the link to
 * the registration form. Each shows the EU emblem with the funding statement of the project's
 * programme. Only what {@link PublicContent} calls public is shown; everything else is a 404.
 */
@Controller
class PublicProjectController {

    /** The most articles a project or event page lists. */
    static final int NEWS = 5;

    private final PublicContent content;
    private final ProgrammeCatalogue catalogue;
    private final RegistrationSettingsManagement registration;
    private final NewsManagement news;
    private final PublicPages pages;
    private final InformationPageReader information;

    PublicProjectController(
            PublicContent content,
            ProgrammeCatalogue catalogue,
            RegistrationSettingsManagement registration,
            NewsManagement news,
            PublicPages pages,
            InformationPageReader information) {
        this.content = content;
        this.information = information;
        this.news = news;
        this.catalogue = catalogue;
        this.registration = registration;
        this.pages = pages;
    }

    @GetMapping("/{lang:" + Languages.PATH_PATTERN + "}/projects/{id:\\d+}")
    @Nullable
    String project(
            @PathVariable String lang,
            @PathVariable long id,
            WebRequest request,
            HttpServletResponse response,
            Model model) {
        ProjectDetails project = content.project(id).orElseThrow(PublicityException::publicPageNotFound);
        List<EventSummary> events = content.events(project);
        MeasureSummary measure = catalogue.measure(project.summary().measure()).orElse(null);
        List<NewsArticle> articles =
                news.published(id, null, null, PageRequest.of(0, NEWS)).getContent();
        // the information pages of the events that are over, from the events already read
        List<InformationLink> informationPages = events.stream()
                .flatMap(
                        event -> information
                                .page(event, PublicPages.locale(lang))
                                .map(page -> new InformationLink(event, page.path()))
                                .stream())
                .toList();
        PublicPageVersion version = pages.version(lang, "project " + id)
                .with(project)
                .with(events)
                .with(informationPages)
                .with(measure)
                .with(articles)
                .changedAt(content.lastModified(project))
                .changedAt(content.lastPublicationChange().orElse(null));
        PublicPages.changes(version, articles);
        if (pages.notModified(request, response, version)) {
            return null;
        }
        Locale locale = PublicPages.locale(lang);
        PublicTexts texts = new PublicTexts(locale);
        ProjectSummary summary = project.summary();
        PublicText title = texts.of(summary.titles());
        PublicText about = texts.of(project.projectSummary());
        String path = "/projects/" + id;
        pages.prepare(
                model,
                lang,
                path,
                pages.head(
                        lang,
                        path,
                        summary.label(locale),
                        about.isEmpty() ? null : PublicPages.shorten(about.text(), 200),
                        "website",
                        null,
                        null));
        model.addAttribute("section", "projects");
        model.addAttribute("project", project);
        model.addAttribute("title", title);
        model.addAttribute("summary", about);
        model.addAttribute("objectives", texts.of(project.objectives()));
        model.addAttribute("measure", measure);
        model.addAttribute("countries", countries(project.partnersByCountry(), locale));
        model.addAttribute("events", events);
        model.addAttribute("informationPages", informationPages);
        model.addAttribute("news", pages.newsItems(articles, locale));
        model.addAttribute("fundingKey", fundingKey(measure));
        model.addAttribute("emblem", pages.emblem(lang));
        return "publicity/public/project";
    }

    @GetMapping("/{lang:" + Languages.PATH_PATTERN + "}/events/{id:\\d+}")
    @Nullable
    String event(
            @PathVariable String lang,
            @PathVariable long id,
            WebRequest request,
            HttpServletResponse response,
            Model model) {
        EventSummary event = content.event(id).orElseThrow(PublicityException::publicPageNotFound);
        ProjectDetails project = content.project(event.projectId()).orElseThrow(PublicityException::publicPageNotFound);
        MeasureSummary measure = catalogue.measure(project.summary().measure()).orElse(null);
        String registrationToken = registration.openPublicRegistrationToken(id).orElse(null);
        String informationHref = information
                .page(event, PublicPages.locale(lang))
                .map(InformationPage::path)
                .orElse(null);
        List<NewsArticle> articles =
                news.published(null, id, null, PageRequest.of(0, NEWS)).getContent();
        PublicPageVersion version = pages.version(lang, "event " + id)
                .with(event)
                .with(project.summary())
                .with(measure)
                .with(registrationToken)
                .with(informationHref)
                .with(articles)
                .changedAt(content.lastModified(project))
                .changedAt(content.lastPublicationChange().orElse(null));
        PublicPages.changes(version, articles);
        if (pages.notModified(request, response, version)) {
            return null;
        }
        Locale locale = PublicPages.locale(lang);
        PublicTexts texts = new PublicTexts(locale);
        PublicText title = texts.of(event.titles());
        String path = "/events/" + id;
        pages.prepare(
                model,
                lang,
                path,
                pages.head(lang, path, title.text(), description(event, locale), "website", null, null));
        model.addAttribute("section", "events");
        model.addAttribute("event", event);
        model.addAttribute("project", project);
        model.addAttribute("title", title);
        model.addAttribute("agenda", texts.of(event.agenda()));
        model.addAttribute("news", pages.newsItems(articles, locale));
        model.addAttribute("informationHref", informationHref);
        model.addAttribute(
                "registrationHref",
                registrationToken == null ? null : "/register/" + registrationToken + "?lang=" + lang);
        model.addAttribute("fundingKey", fundingKey(measure));
        model.addAttribute("emblem", pages.emblem(lang));
        return "publicity/public/event";
    }

    /** The funding statement the programme requires; a measure the catalogue does not know gets the current one. */
    static String fundingKey(@Nullable MeasureSummary measure) {
        return FundingStatement.messageKey(measure == null ? null : measure.programmeCode());
    }

    /** The partners grouped by country, countries ordered by their name in the page's language. */
    static List<CountryGroup> countries(Map<String, List<PartnerSummary>> byCountry, Locale locale) {
        Collator collator = Collator.getInstance(locale);
        return byCountry.entrySet().stream()
                .map(entry ->
                        new CountryGroup(entry.getKey(), Countries.name(entry.getKey(), locale), entry.getValue()))
                .sorted(Comparator.comparing(CountryGroup::name, collator))
                .toList();
    }

    /** For search results and shared links: the host towns and the dates. */
    private static String description(EventSummary event, Locale locale) {
        StringBuilder text = new StringBuilder();
        for (var place : event.hostPlaces()) {
            if (!text.isEmpty()) {
                text.append(", ");
            }
            text.append(place.name())
                    .append(" (")
                    .append(Countries.name(place.country(), locale))
                    .append(')');
        }
        if (event.startDate() != null) {
            text.append(text.isEmpty() ? "" : ", ").append(event.startDate());
            if (event.endDate() != null && !event.endDate().equals(event.startDate())) {
                text.append(" – ").append(event.endDate());
            }
        }
        return text.toString();
    }

    /** A past event and the address of its information page. */
    record InformationLink(EventSummary event, String href) {}

    /** The partners of one country. */
    record CountryGroup(String code, String name, List<PartnerSummary> partners) {}
}
