package org.jumelage.publicity.web;

import jakarta.servlet.http.HttpServletResponse;
import java.util.List;
import java.util.Locale;
import org.jspecify.annotations.Nullable;
import org.jumelage.event.EventSummary;
import org.jumelage.programme.MeasureSummary;
import org.jumelage.programme.ProgrammeCatalogue;
import org.jumelage.project.ProjectDetails;
import org.jumelage.publicity.NewsArticle;
import org.jumelage.publicity.NewsManagement;
import org.jumelage.publicity.NewsMarkdown;
import org.jumelage.publicity.PublicContent;
import org.jumelage.publicity.PublicityException;
import org.jumelage.publicity.domain.PublicPageVersion;
import org.jumelage.publicity.web.PublicPages.PublicText;
import org.jumelage.publicity.web.PublicPages.PublicTexts;
import org.jumelage.shared.Languages;
import org.jumelage.shared.Paging;
import org.springframework.context.MessageSource;
import org.springframework.data.domain.Page;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.context.request.WebRequest;

/**
 * The public news: the list (newest first, ten a page, optionally of one tag) and the article page
 * (title, lead image with its alternative text, date, author, tags, the body rendered safe, links to
 * its project and event while those are public, and the EU emblem with the funding statement of the
 * project's programme). Only public articles are shown; everything else is a 404.
 */
@Controller
class PublicNewsController {

    static final int PAGE_SIZE = 10;

    /** The longest tag a list is asked for; longer ones cannot exist, so they find nothing. */
    static final int MAX_TAG = 100;

    private final NewsManagement news;
    private final NewsMarkdown markdown;
    private final PublicContent content;
    private final ProgrammeCatalogue catalogue;
    private final PublicPages pages;
    private final MessageSource messages;

    PublicNewsController(
            NewsManagement news,
            NewsMarkdown markdown,
            PublicContent content,
            ProgrammeCatalogue catalogue,
            PublicPages pages,
            MessageSource messages) {
        this.news = news;
        this.markdown = markdown;
        this.content = content;
        this.catalogue = catalogue;
        this.pages = pages;
        this.messages = messages;
    }

    @GetMapping("/{lang:" + Languages.PATH_PATTERN + "}/news")
    @Nullable
    String list(
            @PathVariable String lang,
            @RequestParam(required = false) @Nullable String tag,
            @RequestParam(name = "page", required = false) @Nullable String pageNumber,
            WebRequest request,
            HttpServletResponse response,
            Model model) {
        int number = PublicPages.pageNumber(pageNumber);
        String wantedTag = tag == null || tag.isBlank() ? null : tag.strip();
        if (wantedTag != null && wantedTag.length() > MAX_TAG) {
            throw PublicityException.publicPageNotFound();
        }
        Page<NewsArticle> page = news.published(null, null, wantedTag, Paging.page(number - 1, PAGE_SIZE));
        if (number > 1 && number > page.getTotalPages()) {
            throw PublicityException.publicPageNotFound();
        }
        PublicPageVersion version = pages.version(lang, "news " + wantedTag + " " + number)
                .with(page.getContent())
                .with(page.getTotalElements())
                // withdrawing a project takes its articles off the list: that change dates the list too
                .changedAt(content.lastPublicationChange().orElse(null));
        PublicPages.changes(version, page.getContent());
        if (pages.notModified(request, response, version)) {
            return null;
        }
        Locale locale = PublicPages.locale(lang);
        String path = PublicPages.withQuery("/news", "tag", wantedTag, "page", number > 1 ? number : null);
        String title = wantedTag == null
                ? messages.getMessage("publicity.site.news.heading", null, locale)
                : messages.getMessage("publicity.site.news.tag-heading", new Object[] {wantedTag}, locale);
        pages.prepare(
                model,
                lang,
                path,
                pages.head(
                        lang,
                        path,
                        title,
                        messages.getMessage("publicity.site.news.description", null, locale),
                        "website",
                        null,
                        null));
        model.addAttribute("section", "news");
        model.addAttribute("heading", title);
        model.addAttribute("tag", wantedTag);
        model.addAttribute("articles", pages.newsItems(page.getContent(), locale));
        model.addAttribute("pageNumber", number);
        model.addAttribute("pageCount", Math.max(1, page.getTotalPages()));
        model.addAttribute(
                "newerHref",
                number > 1
                        ? PublicPages.withQuery(
                                "/" + lang + "/news", "tag", wantedTag, "page", number > 2 ? number - 1 : null)
                        : null);
        model.addAttribute(
                "olderHref",
                page.hasNext()
                        ? PublicPages.withQuery("/" + lang + "/news", "tag", wantedTag, "page", number + 1)
                        : null);
        return "publicity/public/news";
    }

    @GetMapping("/{lang:" + Languages.PATH_PATTERN + "}/news/{slug}")
    @Nullable
    String article(
            @PathVariable String lang,
            @PathVariable String slug,
            WebRequest request,
            HttpServletResponse response,
            Model model) {
        NewsArticle article = news.publishedBySlug(slug).orElseThrow(PublicityException::publicPageNotFound);
        ProjectDetails project = article.projectId() == null
                ? null
                : content.project(article.projectId()).orElse(null);
        EventSummary event = article.eventId() == null
                ? null
                : content.event(article.eventId()).orElse(null);
        MeasureSummary measure = measureOf(project);
        PublicPageVersion version = pages.version(lang, "article " + article.id())
                .with(article)
                .with(project == null ? null : project.summary())
                .with(event)
                .with(measure)
                .changedAt(content.lastPublicationChange().orElse(null));
        PublicPages.changes(version, List.of(article));
        if (pages.notModified(request, response, version)) {
            return null;
        }
        Locale locale = PublicPages.locale(lang);
        PublicTexts texts = new PublicTexts(locale);
        PublicText title = texts.of(article.titles());
        PublicText body = texts.of(article.bodies());
        PublicText alt =
                article.image() == null ? null : texts.of(article.image().alt());
        String path = "/news/" + article.slug();
        String image = article.image() == null ? null : pages.absolute(PublicPages.leadImage(article));
        pages.prepare(
                model,
                lang,
                path,
                pages.head(
                                lang,
                                path,
                                title.text(),
                                markdown.toPlainText(body.text(), 200),
                                "article",
                                image,
                                alt == null ? null : alt.text())
                        .asArticle(article.publishAt(), article.updatedAt(), article.tags()));
        model.addAttribute("section", "news");
        model.addAttribute("article", article);
        model.addAttribute("title", title);
        model.addAttribute("body", body);
        model.addAttribute("bodyHtml", markdown.toSafeHtml(body.text()));
        model.addAttribute("date", PublicPages.date(article.publishAt()));
        model.addAttribute("imageHref", article.image() == null ? null : PublicPages.leadImage(article));
        model.addAttribute("imageAlt", alt);
        model.addAttribute("project", project);
        model.addAttribute("event", event);
        if (article.projectId() != null) {
            model.addAttribute("fundingKey", PublicProjectController.fundingKey(measure));
            model.addAttribute("emblem", pages.emblem(lang));
        }
        return "publicity/public/article";
    }

    /**
     * The programme of the project the article is about: it decides the funding statement. A public
     * article's project is public ({@code PublicContent}), so the page has already read it.
     */
    private @Nullable MeasureSummary measureOf(@Nullable ProjectDetails publicProject) {
        return publicProject == null
                ? null
                : catalogue.measure(publicProject.summary().measure()).orElse(null);
    }
}
