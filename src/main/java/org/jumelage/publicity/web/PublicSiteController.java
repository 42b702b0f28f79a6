package org.jumelage.publicity.web;

import jakarta.servlet.http.HttpServletResponse;
import java.time.Clock;
import java.time.LocalDate;
import java.util.List;
import java.util.Locale;
import org.jspecify.annotations.Nullable;
import org.jumelage.event.EventSummary;
import org.jumelage.network.OrganisationManagement;
import org.jumelage.network.OrganisationSummary;
import org.jumelage.project.ProjectSummary;
import org.jumelage.publicity.NewsArticle;
import org.jumelage.publicity.NewsManagement;
import org.jumelage.publicity.PublicContent;
import org.jumelage.publicity.PublicityException;
import org.jumelage.publicity.domain.PublicPageVersion;
import org.jumelage.publicity.web.PublicPages.PublicText;
import org.jumelage.shared.Countries;
import org.jumelage.shared.Languages;
import org.jumelage.shared.Paging;
import org.springframework.context.MessageSource;
import org.springframework.data.domain.Page;
import org.springframework.data.domain.PageRequest;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.context.request.WebRequest;

/**
 * The public home page (the most recently published projects, coming public events, the latest
 * news), the public project list (paged, searchable by title) and the public page of an
 * organisation (what it is, where, its website, and its latest public projects; never its
 * contacts). An organisation is public while it takes part in a public project. Any other address
 * under {@code /lv} or {@code /en} is the public 404 page.
 */
@Controller
class PublicSiteController {

    static final int UPCOMING_EVENTS = 6;

    /** The projects the home shows: the most recently published; the rest are on the project list. */
    static final int HOME_PROJECTS = 12;

    /** Projects a page of the public project list (and an organisation's page) shows. */
    static final int PROJECTS_PAGE = 24;

    /** The longest search the project list takes; longer ones are no page of it (404). */
    static final int MAX_QUERY = 100;

    static final int LATEST_NEWS = 3;

    private final PublicContent content;
    private final OrganisationManagement organisations;
    private final NewsManagement news;
    private final PublicPages pages;
    private final MessageSource messages;
    private final Clock clock;

    PublicSiteController(
            PublicContent content,
            OrganisationManagement organisations,
            NewsManagement news,
            PublicPages pages,
            MessageSource messages,
            Clock clock) {
        this.content = content;
        this.organisations = organisations;
        this.news = news;
        this.pages = pages;
        this.messages = messages;
        this.clock = clock;
    }

    @GetMapping("/{lang:" + Languages.PATH_PATTERN + "}")
    @Nullable
    String home(@PathVariable String lang, WebRequest request, HttpServletResponse response, Model model) {
        LocalDate today = LocalDate.now(clock);
        List<ProjectSummary> projects = content.latestProjects(HOME_PROJECTS);
        List<EventSummary> events = content.upcomingEvents(today, UPCOMING_EVENTS);
        List<NewsArticle> articles =
                news.published(null, null, null, PageRequest.of(0, LATEST_NEWS)).getContent();
        PublicPageVersion version = pages.version(lang, "home")
                .with(today)
                .with(projects)
                .with(events)
                .with(articles)
                .changedAt(content.lastPublicationChange().orElse(null));
        PublicPages.changes(version, articles);
        if (pages.notModified(request, response, version)) {
            return null;
        }
        Locale locale = PublicPages.locale(lang);
        pages.prepare(
                model,
                lang,
                "",
                pages.head(
                        lang,
                        "",
                        messages.getMessage("publicity.site.home.heading", null, locale),
                        messages.getMessage("publicity.site.home.intro", null, locale),
                        "website",
                        null,
                        null));
        model.addAttribute("section", "home");
        model.addAttribute("projects", projects);
        model.addAttribute("events", events);
        model.addAttribute("news", pages.newsItems(articles, locale));
        return "publicity/public/home";
    }

    @GetMapping("/{lang:" + Languages.PATH_PATTERN + "}/organisations/{id:\\d+}")
    @Nullable
    String organisation(
            @PathVariable String lang,
            @PathVariable long id,
            WebRequest request,
            HttpServletResponse response,
            Model model) {
        Page<ProjectSummary> page = content.projects(null, id, PageRequest.of(0, PROJECTS_PAGE));
        List<ProjectSummary> projects = page.getContent();
        if (projects.isEmpty()) {
            throw PublicityException.publicPageNotFound();
        }
        OrganisationSummary organisation = organisations.find(id).orElseThrow(PublicityException::publicPageNotFound);
        // The public record of an organisation: never its contacts, its PIC or anything personal.
        PublicOrganisation shown = new PublicOrganisation(
                organisation.id(),
                organisation.names(),
                organisation.type().name(),
                organisation.townName(),
                organisation.country(),
                organisation.website());
        PublicPageVersion version = pages.version(lang, "organisation " + id)
                .with(shown)
                .with(projects)
                .with(page.getTotalElements())
                .changedAt(content.lastPublicationChange().orElse(null));
        if (pages.notModified(request, response, version)) {
            return null;
        }
        Locale locale = PublicPages.locale(lang);
        PublicText name = new PublicPages.PublicTexts(locale).of(organisation.names());
        String path = "/organisations/" + id;
        String place = (organisation.townName() == null ? "" : organisation.townName() + ", ")
                + Countries.name(organisation.country(), locale);
        pages.prepare(model, lang, path, pages.head(lang, path, name.text(), place, "website", null, null));
        model.addAttribute("section", "organisations");
        model.addAttribute("organisation", shown);
        model.addAttribute("name", name);
        model.addAttribute("projects", projects);
        model.addAttribute(
                "allProjectsHref",
                page.hasNext() ? PublicPages.withQuery("/" + lang + "/projects", "organisation", id) : null);
        return "publicity/public/organisation";
    }

    /**
     * The public projects, most recently published first, {@value #PROJECTS_PAGE} a page; {@code q}
     * keeps those whose acronym, title or reference contains it, {@code organisation} those of one
     * organisation (a 404 when it has no public project).
     */
    @GetMapping("/{lang:" + Languages.PATH_PATTERN + "}/projects")
    @Nullable
    String projects(
            @PathVariable String lang,
            @RequestParam(name = "q", required = false) @Nullable String q,
            @RequestParam(name = "organisation", required = false) @Nullable String organisation,
            @RequestParam(name = "page", required = false) @Nullable String pageNumber,
            WebRequest request,
            HttpServletResponse response,
            Model model) {
        int number = PublicPages.pageNumber(pageNumber);
        String query = q == null || q.isBlank() ? null : q.strip();
        if (query != null && query.length() > MAX_QUERY) {
            throw PublicityException.publicPageNotFound();
        }
        Long organisationId = organisationId(organisation);
        Page<ProjectSummary> page = content.projects(query, organisationId, Paging.page(number - 1, PROJECTS_PAGE));
        if (number > 1 && number > page.getTotalPages()) {
            throw PublicityException.publicPageNotFound();
        }
        OrganisationSummary of = null;
        if (organisationId != null) {
            if (page.getTotalElements() == 0 && query == null) {
                throw PublicityException.publicPageNotFound(); // not a public organisation
            }
            of = organisations.find(organisationId).orElseThrow(PublicityException::publicPageNotFound);
        }
        PublicPageVersion version = pages.version(lang, "projects " + query + " " + organisationId + " " + number)
                .with(page.getContent())
                .with(page.getTotalElements())
                .with(of == null ? null : of.names())
                .changedAt(content.lastPublicationChange().orElse(null));
        if (pages.notModified(request, response, version)) {
            return null;
        }
        Locale locale = PublicPages.locale(lang);
        String heading = of == null
                ? messages.getMessage("publicity.site.nav.projects", null, locale)
                : messages.getMessage(
                        "publicity.site.projects.of",
                        new Object[] {
                            new PublicPages.PublicTexts(locale).of(of.names()).text()
                        },
                        locale);
        String path = PublicPages.withQuery(
                "/projects", "q", query, "organisation", organisationId, "page", number > 1 ? number : null);
        pages.prepare(
                model,
                lang,
                path,
                pages.head(
                        lang,
                        path,
                        heading,
                        messages.getMessage("publicity.site.projects.description", null, locale),
                        "website",
                        null,
                        null));
        String list = "/" + lang + "/projects";
        model.addAttribute("section", "projects");
        model.addAttribute("heading", heading);
        model.addAttribute("query", query);
        model.addAttribute("organisationId", organisationId);
        model.addAttribute("projects", page.getContent());
        model.addAttribute("pageNumber", number);
        model.addAttribute("pageCount", Math.max(1, page.getTotalPages()));
        model.addAttribute(
                "previousHref",
                number > 1
                        ? PublicPages.withQuery(
                                list,
                                "q",
                                query,
                                "organisation",
                                organisationId,
                                "page",
                                number > 2 ? number - 1 : null)
                        : null);
        model.addAttribute(
                "nextHref",
                page.hasNext()
                        ? PublicPages.withQuery(list, "q", query, "organisation", organisationId, "page", number + 1)
                        : null);
        return "publicity/public/projects";
    }

    /** {@code ?organisation=} as an id; anything else is no page of the list (404). */
    private static @Nullable Long organisationId(@Nullable String text) {
        if (text == null || text.isBlank()) {
            return null;
        }
        if (!text.matches("[1-9]\\d{0,17}")) {
            throw PublicityException.publicPageNotFound();
        }
        return Long.parseLong(text);
    }

    /** Every other address of the public site. */
    @GetMapping("/{lang:" + Languages.PATH_PATTERN + "}/**")
    String unknown() {
        throw PublicityException.publicPageNotFound();
    }

    /** What the public sees of an organisation. */
    record PublicOrganisation(
            long id,
            org.jumelage.shared.LocalizedText names,
            String type,
            @Nullable String townName,
            String country,
            @Nullable String website) {}
}
