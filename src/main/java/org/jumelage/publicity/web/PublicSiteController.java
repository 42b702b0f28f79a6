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
import org.springframework.context.MessageSource;
import org.springframework.data.domain.PageRequest;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.context.request.WebRequest;

/**
 * The public home page (published projects, coming public events, the latest news) and the public
 * page of an organisation (what it is, where, its website, and its public projects; never its
 * contacts). An organisation is public while it takes part in a public project. Any other address
 * under {@code /lv} or {@code /en} is the public 404 page.
 */
@Controller
class PublicSiteController {

    static final int UPCOMING_EVENTS = 6;

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
        List<ProjectSummary> projects = content.projects();
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
        List<ProjectSummary> projects = content.projectsOf(id);
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
        return "publicity/public/organisation";
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
