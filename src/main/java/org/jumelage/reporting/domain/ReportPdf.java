package org.jumelage.reporting.domain;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.OutputStream;
import java.io.UncheckedIOException;
import java.util.Base64;
import java.util.Locale;
import java.util.Map;
import javax.imageio.ImageIO;
import org.jumelage.shared.EuEmblem;
import org.jumelage.shared.HtmlPdf;
import org.springframework.stereotype.Component;
import org.thymeleaf.ITemplateEngine;
import org.thymeleaf.context.Context;

/**
 * Prints the report as PDF: the XHTML template {@code reporting/report-document} filled with the
 * {@link ReportLayout}, printed by {@link HtmlPdf}. The first page carries the EU emblem (a PNG
 * inline, since nothing is fetched while printing) beside the programme's funding statement; every
 * page its number ("3 / 12", CSS {@code @page}); tables repeat their header row on each page.
 */
@Component
class ReportPdf {

    static final String TEMPLATE = "reporting/report-document";

    /** Height of the emblem's image in pixels: 18 mm printed at about 300 dots per inch. */
    private static final int EMBLEM_PIXELS = 212;

    private static final String EMBLEM = emblem();

    private final ITemplateEngine templates;

    ReportPdf(ITemplateEngine templates) {
        this.templates = templates;
    }

    void write(ReportLayout layout, Locale locale, OutputStream out) {
        Context context =
                new Context(locale, Map.of("layout", layout, "emblem", EMBLEM, "language", locale.getLanguage()));
        String xhtml = templates.process(TEMPLATE, context);
        HtmlPdf.write(xhtml, layout.title(), out);
    }

    private static String emblem() {
        ByteArrayOutputStream png = new ByteArrayOutputStream();
        try {
            ImageIO.write(EuEmblem.image(EMBLEM_PIXELS), "png", png);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return "data:image/png;base64," + Base64.getEncoder().encodeToString(png.toByteArray());
    }
}
