package org.jumelage.publicity.web;

import jakarta.servlet.http.HttpServletResponse;
import java.io.ByteArrayOutputStream;
import java.util.Locale;
import org.jspecify.annotations.Nullable;
import org.jumelage.publicity.InformationPages;
import org.jumelage.publicity.PublicContent;
import org.jumelage.publicity.PublicityException;
import org.jumelage.publicity.domain.InformationPageReader;
import org.jumelage.publicity.domain.InformationPageView;
import org.jumelage.publicity.domain.PublicPageVersion;
import org.jumelage.publicity.web.PublicPages.PublicText;
import org.jumelage.shared.Languages;
import org.springframework.http.ContentDisposition;
import org.springframework.http.HttpHeaders;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.context.request.WebRequest;

/**
 * The public information page of an event that has taken place ({@link InformationPages}): place
 * and dates, participants per country (counts only), activities per day, the EU emblem and the
 * funding statement, in Latvian and English, and the same as PDF. Anything else is a 404.
 */
@Controller
class PublicInformationController {

    private final InformationPageReader reader;
    private final InformationPages information;
    private final PublicContent content;
    private final PublicPages pages;

    PublicInformationController(
            InformationPageReader reader, InformationPages information, PublicContent content, PublicPages pages) {
        this.reader = reader;
        this.information = information;
        this.content = content;
        this.pages = pages;
    }

    @GetMapping("/{lang:" + Languages.PATH_PATTERN + "}/events/{id:\\d+}/information")
    @Nullable
    String page(
            @PathVariable String lang,
            @PathVariable long id,
            WebRequest request,
            HttpServletResponse response,
            Model model) {
        Locale locale = PublicPages.locale(lang);
        InformationPageView view = reader.view(id, locale).orElseThrow(PublicityException::publicPageNotFound);
        PublicPageVersion version = pages.version(lang, "information " + id)
                .with(view)
                .changedAt(content.lastModified(view.project()))
                .changedAt(content.lastPublicationChange().orElse(null));
        if (pages.notModified(request, response, version)) {
            return null;
        }
        PublicText title = new PublicPages.PublicTexts(locale).of(view.event().titles());
        String path = "/events/" + id + "/information";
        pages.prepare(
                model,
                lang,
                path,
                pages.head(
                        lang,
                        path,
                        title.text(),
                        PublicPages.shorten(String.join("; ", view.places()), 200),
                        "website",
                        null,
                        null));
        model.addAttribute("section", "events");
        model.addAttribute("view", view);
        model.addAttribute("title", title);
        model.addAttribute("emblem", pages.emblem(lang));
        return "publicity/public/information";
    }

    @GetMapping("/{lang:" + Languages.PATH_PATTERN + "}/events/{id:\\d+}/information.pdf")
    ResponseEntity<byte[]> pdf(@PathVariable String lang, @PathVariable long id) {
        Locale locale = PublicPages.locale(lang);
        var page = information.informationPage(id, locale).orElseThrow(PublicityException::publicPageNotFound);
        ByteArrayOutputStream pdf = new ByteArrayOutputStream();
        information.writePdf(id, locale, pdf);
        return ResponseEntity.ok()
                .contentType(MediaType.APPLICATION_PDF)
                .header(HttpHeaders.CACHE_CONTROL, PublicPages.CACHE_CONTROL.getHeaderValue())
                .header(
                        HttpHeaders.CONTENT_DISPOSITION,
                        ContentDisposition.inline()
                                .filename(page.pdfFileName())
                                .build()
                                .toString())
                .body(pdf.toByteArray());
    }
}
