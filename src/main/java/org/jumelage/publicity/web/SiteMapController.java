package org.jumelage.publicity.web;

import jakarta.servlet.http.HttpServletResponse;
import java.io.StringWriter;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Objects;
import javax.xml.stream.XMLOutputFactory;
import javax.xml.stream.XMLStreamException;
import javax.xml.stream.XMLStreamWriter;
import org.jspecify.annotations.Nullable;
import org.jumelage.event.EventSummary;
import org.jumelage.network.PartnerNotice;
import org.jumelage.network.PartnerNotices;
import org.jumelage.project.PartnerSummary;
import org.jumelage.project.ProjectDetails;
import org.jumelage.project.ProjectSummary;
import org.jumelage.publicity.NewsArticle;
import org.jumelage.publicity.NewsManagement;
import org.jumelage.publicity.PublicContent;
import org.jumelage.publicity.domain.InformationPageReader;
import org.jumelage.publicity.domain.PublicPageVersion;
import org.jumelage.shared.Languages;
import org.springframework.data.domain.Page;
import org.springframework.data.domain.PageRequest;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.stereotype.Controller;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.context.request.WebRequest;

/**
 * {@code sitemap.xml} (sitemaps.org 0.9): every public page in both languages, each with its
 * alternates ({@code xhtml:link hreflang}, Google's form for multilingual sitemaps) and, where the
 * data dates it, {@code lastmod}. Built only from {@link PublicContent} and the published news, so
 * nothing unpublished appears.
 */
@Controller
class SiteMapController {

    static final String SITEMAP_NS = "http://www.sitemaps.org/schemas/sitemap/0.9";
    static final String XHTML_NS = "http://www.w3.org/1999/xhtml";

    /** Articles read from the news per query while writing the sitemap. */
    static final int NEWS_BATCH = 200;

    private final PublicContent content;
    private final NewsManagement news;
    private final PublicPages pages;
    private final InformationPageReader information;
    private final PartnerNotices notices;

    SiteMapController(
            PublicContent content,
            NewsManagement news,
            PublicPages pages,
            InformationPageReader information,
            PartnerNotices notices) {
        this.content = content;
        this.notices = notices;
        this.information = information;
        this.news = news;
        this.pages = pages;
    }

    @GetMapping("/sitemap.xml")
    @Nullable
    ResponseEntity<String> sitemap(WebRequest request, HttpServletResponse response) throws XMLStreamException {
        List<Entry> entries = entries();
        PublicPageVersion version = pages.version("", "sitemap").with(entries);
        entries.forEach(entry -> version.changedAt(entry.lastModified()));
        if (pages.notModified(request, response, version)) {
            return null;
        }
        return ResponseEntity.ok()
                .contentType(new MediaType(MediaType.APPLICATION_XML, java.nio.charset.StandardCharsets.UTF_8))
                .body(write(entries));
    }

    /** The public pages, each once (both languages are written for each). */
    List<Entry> entries() {
        Instant publication = content.lastPublicationChange().orElse(null);
        List<Entry> entries = new ArrayList<>();
        entries.add(new Entry("", publication));
        Map<Long, Instant> projectChanges = new LinkedHashMap<>();
        Map<Long, Instant> organisationChanges = new LinkedHashMap<>();
        for (ProjectSummary summary : content.projects()) {
            ProjectDetails details = content.project(summary.id()).orElse(null);
            if (details == null) {
                continue; // withdrawn while the sitemap was being written
            }
            Instant changed = content.lastModified(details);
            projectChanges.put(summary.id(), changed);
            entries.add(new Entry("/projects/" + summary.id(), changed));
            details.partners().stream()
                    .map(PartnerSummary::organisationId)
                    .filter(Objects::nonNull)
                    .forEach(
                            organisation -> organisationChanges.merge(organisation, changed, SiteMapController::later));
        }
        for (EventSummary event : content.events()) {
            entries.add(new Entry("/events/" + event.id(), projectChanges.get(event.projectId())));
            if (information.page(event, Locale.ENGLISH).isPresent()) {
                entries.add(new Entry("/events/" + event.id() + "/information", projectChanges.get(event.projectId())));
            }
        }
        organisationChanges.forEach(
                (organisation, changed) -> entries.add(new Entry("/organisations/" + organisation, changed)));
        List<NewsArticle> articles = new ArrayList<>();
        Page<NewsArticle> batch = news.published(null, null, null, PageRequest.of(0, NEWS_BATCH));
        articles.addAll(batch.getContent());
        while (batch.hasNext()) {
            batch = news.published(null, null, null, batch.nextPageable());
            articles.addAll(batch.getContent());
        }
        Instant newsChanged = articles.stream()
                .map(article -> later(
                        article.updatedAt(), article.publishAt() == null ? article.updatedAt() : article.publishAt()))
                .max(Instant::compareTo)
                .orElse(publication);
        entries.add(new Entry("/news", newsChanged));
        for (NewsArticle article : articles) {
            entries.add(new Entry(
                    "/news/" + article.slug(),
                    later(
                            article.updatedAt(),
                            article.publishAt() == null ? article.updatedAt() : article.publishAt())));
        }
        // Partner-search notices (issue 15): the list and each current notice.
        List<PartnerNotice> current = new ArrayList<>();
        Page<PartnerNotice> noticeBatch = notices.current(PageRequest.of(0, NEWS_BATCH));
        current.addAll(noticeBatch.getContent());
        while (noticeBatch.hasNext()) {
            noticeBatch = notices.current(noticeBatch.nextPageable());
            current.addAll(noticeBatch.getContent());
        }
        entries.add(new Entry(
                "/partner-notices",
                current.stream()
                        .map(PartnerNotice::updatedAt)
                        .max(Instant::compareTo)
                        .orElse(publication)));
        for (PartnerNotice notice : current) {
            entries.add(new Entry("/partner-notices/" + notice.id(), notice.updatedAt()));
        }
        return entries;
    }

    /** The {@code hreflang} of a page's alternates: every language of the site and {@code x-default}. */
    private static List<String> alternates() {
        List<String> alternates = new java.util.ArrayList<>(Languages.ALL);
        alternates.add("x-default");
        return alternates;
    }

    private String write(List<Entry> entries) throws XMLStreamException {
        StringWriter text = new StringWriter();
        XMLStreamWriter xml = XMLOutputFactory.newFactory().createXMLStreamWriter(text);
        xml.writeStartDocument("UTF-8", "1.0");
        xml.writeStartElement("urlset");
        xml.writeDefaultNamespace(SITEMAP_NS);
        xml.writeNamespace("xhtml", XHTML_NS);
        for (Entry entry : entries) {
            for (String language : Languages.ALL) {
                xml.writeStartElement("url");
                element(xml, "loc", pages.url(language, entry.path()));
                if (entry.lastModified() != null) {
                    element(
                            xml,
                            "lastmod",
                            entry.lastModified().truncatedTo(ChronoUnit.SECONDS).toString());
                }
                for (String alternate : alternates()) {
                    xml.writeEmptyElement("xhtml", "link", XHTML_NS);
                    xml.writeAttribute("rel", "alternate");
                    xml.writeAttribute("hreflang", alternate);
                    xml.writeAttribute(
                            "href",
                            pages.url(
                                    alternate.equals("x-default") ? PublicPages.DEFAULT_LANGUAGE : alternate,
                                    entry.path()));
                }
                xml.writeEndElement();
            }
        }
        xml.writeEndElement();
        xml.writeEndDocument();
        xml.close();
        return text.toString();
    }

    private static void element(XMLStreamWriter xml, String name, String value) throws XMLStreamException {
        xml.writeStartElement(name);
        xml.writeCharacters(value);
        xml.writeEndElement();
    }

    private static Instant later(Instant one, Instant other) {
        return one.isAfter(other) ? one : other;
    }

    /** A public page: what follows the language in its address, and when the data last changed it. */
    record Entry(String path, @Nullable Instant lastModified) {}
}
