package org.jumelage.publicity.web;

import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import java.io.OutputStream;
import java.nio.charset.StandardCharsets;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.List;
import javax.xml.stream.XMLOutputFactory;
import javax.xml.stream.XMLStreamException;
import javax.xml.stream.XMLStreamWriter;
import org.jumelage.publicity.PublicContent;
import org.jumelage.publicity.PublicityException;
import org.jumelage.publicity.domain.PublicPageVersion;
import org.jumelage.publicity.domain.SiteMapReader;
import org.jumelage.publicity.domain.SiteMapReader.Entry;
import org.jumelage.publicity.domain.SiteMapReader.Part;
import org.jumelage.shared.Languages;
import org.springframework.http.MediaType;
import org.springframework.stereotype.Controller;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.context.request.WebRequest;

/**
 * The sitemap (sitemaps.org 0.9) as an index, {@code /sitemap.xml}, naming the files under {@code
 * /sitemaps/}: {@code lists.xml} (home, projects, news, partner notices) and {@code
 * <part>-<n>.xml} for the public projects, events, organisations, articles and partner notices
 * ({@link SiteMapReader} says how they are split). Each file lists every page in every language
 * of the site with its {@code lastmod} where the data dates it, and is written to the answer as it
 * is read. The alternates of each page ({@code hreflang}, x-default) are in the head of the page
 * itself, which search engines read as well: in the sitemap they made every page 32 links long in
 * each of its 31 languages (1.26 MB for four projects), over the protocol's 50 MB a file at a few
 * hundred projects. Built only from {@link PublicContent}'s rule and the public news, so nothing
 * unpublished appears.
 */
@Controller
class SiteMapController {

    static final String SITEMAP_NS = "http://www.sitemaps.org/schemas/sitemap/0.9";

    static final MediaType XML = new MediaType(MediaType.APPLICATION_XML, StandardCharsets.UTF_8);

    private final SiteMapReader sitemap;
    private final PublicContent content;
    private final PublicPages pages;

    SiteMapController(SiteMapReader sitemap, PublicContent content, PublicPages pages) {
        this.sitemap = sitemap;
        this.content = content;
        this.pages = pages;
    }

    /** The index: one {@code sitemap} per file. */
    @GetMapping("/sitemap.xml")
    void index(WebRequest request, HttpServletResponse response) throws IOException, XMLStreamException {
        List<String> files = new ArrayList<>();
        files.add("lists.xml");
        for (Part part : Part.values()) {
            int count = sitemap.files(part);
            for (int number = 1; number <= count; number++) {
                files.add(part.fileName() + "-" + number + ".xml");
            }
        }
        PublicPageVersion version = pages.version("", "sitemap")
                .with(files)
                .changedAt(content.lastPublicationChange().orElse(null));
        if (pages.notModified(request, response, version)) {
            return;
        }
        document(response, "sitemapindex", xml -> {
            for (String file : files) {
                xml.writeStartElement("sitemap");
                element(xml, "loc", pages.absolute("/sitemaps/" + file));
                xml.writeEndElement();
            }
        });
    }

    /** The site's lists. */
    @GetMapping("/sitemaps/lists.xml")
    void lists(WebRequest request, HttpServletResponse response) throws IOException, XMLStreamException {
        write(sitemap.lists(), "lists", request, response);
    }

    /** File {@code number} of a part; a 404 for a part or number that does not exist. */
    @GetMapping("/sitemaps/{part:[a-z]+}-{number:[1-9][0-9]*}.xml")
    void part(@PathVariable String part, @PathVariable String number, WebRequest request, HttpServletResponse response)
            throws IOException, XMLStreamException {
        Part which = Part.named(part).orElseThrow(PublicityException::publicPageNotFound);
        if (number.length() > 9) {
            throw PublicityException.publicPageNotFound();
        }
        List<Entry> entries =
                sitemap.entries(which, Integer.parseInt(number)).orElseThrow(PublicityException::publicPageNotFound);
        write(entries, part + " " + number, request, response);
    }

    private void write(List<Entry> entries, String name, WebRequest request, HttpServletResponse response)
            throws IOException, XMLStreamException {
        PublicPageVersion version = pages.version("", "sitemap " + name).with(entries);
        entries.forEach(entry -> version.changedAt(entry.lastModified()));
        if (pages.notModified(request, response, version)) {
            return;
        }
        document(response, "urlset", xml -> {
            for (Entry entry : entries) {
                String lastModified = entry.lastModified() == null
                        ? null
                        : entry.lastModified().truncatedTo(ChronoUnit.SECONDS).toString();
                for (String language : Languages.ALL) {
                    xml.writeStartElement("url");
                    element(xml, "loc", pages.url(language, entry.path()));
                    if (lastModified != null) {
                        element(xml, "lastmod", lastModified);
                    }
                    xml.writeEndElement();
                }
            }
        });
    }

    /** What goes inside a sitemap document's root element. */
    @FunctionalInterface
    private interface Content {
        void write(XMLStreamWriter xml) throws XMLStreamException;
    }

    /** Writes an XML sitemap document, its root {@code root} in the sitemap namespace, to the answer as it goes. */
    private static void document(HttpServletResponse response, String root, Content content)
            throws IOException, XMLStreamException {
        response.setContentType(XML.toString());
        try (OutputStream out = response.getOutputStream()) {
            XMLStreamWriter xml = XMLOutputFactory.newFactory().createXMLStreamWriter(out, "UTF-8");
            xml.writeStartDocument("UTF-8", "1.0");
            xml.writeStartElement(root);
            xml.writeDefaultNamespace(SITEMAP_NS);
            content.write(xml);
            xml.writeEndElement();
            xml.writeEndDocument();
            xml.close();
        }
    }

    private static void element(XMLStreamWriter xml, String name, String value) throws XMLStreamException {
        xml.writeStartElement(name);
        xml.writeCharacters(value);
        xml.writeEndElement();
    }
}
