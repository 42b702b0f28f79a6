package org.jumelage.publicity.domain;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.OutputStream;
import java.io.UncheckedIOException;
import java.util.Base64;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import javax.imageio.ImageIO;
import org.jumelage.publicity.InformationPage;
import org.jumelage.publicity.InformationPages;
import org.jumelage.publicity.PublicityException;
import org.jumelage.shared.EuEmblem;
import org.jumelage.shared.HtmlPdf;
import org.jumelage.shared.Languages;
import org.springframework.context.MessageSource;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;
import org.thymeleaf.ITemplateEngine;
import org.thymeleaf.context.Context;

/**
 * The information pages for other modules (the final report cites them, the evidence pack carries
 * the PDF): the PDF is the XHTML template {@code publicity/information-pdf} printed by {@link HtmlPdf},
 * with the EU emblem as an inline PNG.
 */
@Service
@Transactional(readOnly = true)
class DefaultInformationPages implements InformationPages {

    /** The emblem's height in the PDF's image, in pixels (printed 15 mm high: sharp at 300 dpi). */
    static final int EMBLEM_PIXELS = 180;

    private final InformationPageReader reader;
    private final ITemplateEngine templates;
    private final MessageSource messages;
    private final String emblem;

    DefaultInformationPages(InformationPageReader reader, ITemplateEngine templates, MessageSource messages) {
        this.reader = reader;
        this.templates = templates;
        this.messages = messages;
        this.emblem = emblemPng();
    }

    @Override
    public Optional<InformationPage> informationPage(long eventId, Locale language) {
        return reader.page(eventId, language);
    }

    @Override
    public List<InformationPage> informationPages(long projectId, Locale language) {
        return reader.pages(projectId, language);
    }

    @Override
    public void writePdf(long eventId, Locale language, OutputStream out) {
        InformationPageView view = reader.view(eventId, language).orElseThrow(PublicityException::publicPageNotFound);
        Locale locale = InformationPageReader.language(language);
        Context context = new Context(locale);
        context.setVariable("view", view);
        context.setVariable("lang", Languages.tagOf(locale));
        context.setVariable("formats", new InformationPageView.Formats(locale));
        context.setVariable("emblem", emblem);
        context.setVariable("emblemName", messages.getMessage("publicity.site.emblem", null, locale));
        String title = view.event().titles().in(locale);
        context.setVariable("title", title);
        HtmlPdf.write(templates.process("publicity/information-pdf", context), title, out);
    }

    private static String emblemPng() {
        ByteArrayOutputStream png = new ByteArrayOutputStream();
        try {
            ImageIO.write(EuEmblem.image(EMBLEM_PIXELS), "png", png);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return "data:image/png;base64," + Base64.getEncoder().encodeToString(png.toByteArray());
    }
}
