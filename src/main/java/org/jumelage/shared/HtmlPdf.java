package org.jumelage.shared;

import com.openhtmltopdf.pdfboxout.PdfRendererBuilder;
import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.io.UncheckedIOException;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;

/**
 * Prints an XHTML document (usually a Thymeleaf template rendered to a string) to PDF with
 * openhtmltopdf, embedding the DejaVu fonts so that every European script prints (Latvian,
 * Lithuanian, Polish, Greek, Cyrillic). Documents name the family {@value #FONT_FAMILY} in their CSS.
 * Images must be inline ({@code data:} addresses): nothing is fetched while printing.
 */
public final class HtmlPdf {

    /** The font family documents use; its regular, bold, italic and bold italic faces are embedded. */
    public static final String FONT_FAMILY = "DejaVu Sans";

    private static final String FONT_FOLDER = "/net/sf/jasperreports/fonts/dejavu/";

    private static final Map<String, byte[]> FONTS = new ConcurrentHashMap<>();

    private HtmlPdf() {}

    /**
     * Writes the PDF of {@code xhtml} to {@code out}, which stays open.
     *
     * @param xhtml a well-formed XHTML document
     * @param title the document title of the PDF's properties
     */
    public static void write(String xhtml, String title, OutputStream out) {
        try {
            PdfRendererBuilder builder = new PdfRendererBuilder();
            builder.useFastMode();
            font(builder, "DejaVuSans.ttf", 400, PdfRendererBuilder.FontStyle.NORMAL);
            font(builder, "DejaVuSans-Bold.ttf", 700, PdfRendererBuilder.FontStyle.NORMAL);
            font(builder, "DejaVuSans-Oblique.ttf", 400, PdfRendererBuilder.FontStyle.ITALIC);
            font(builder, "DejaVuSans-BoldOblique.ttf", 700, PdfRendererBuilder.FontStyle.ITALIC);
            builder.withHtmlContent(xhtml, null);
            builder.withProducer("Jumelage");
            builder.toStream(out);
            builder.run();
        } catch (IOException e) {
            throw new UncheckedIOException("Could not print " + title + " to PDF", e);
        }
    }

    private static void font(PdfRendererBuilder builder, String file, int weight, PdfRendererBuilder.FontStyle style) {
        byte[] bytes = FONTS.computeIfAbsent(file, HtmlPdf::readFont);
        builder.useFont(() -> new ByteArrayInputStream(bytes), FONT_FAMILY, weight, style, true);
    }

    /** The font file's bytes, read from the class path once (inflating them from the jar cost every print). */
    private static byte[] readFont(String file) {
        try (InputStream in = HtmlPdf.class.getResourceAsStream(FONT_FOLDER + file)) {
            if (in == null) {
                throw new IllegalStateException("Font missing from the classpath: " + file);
            }
            return in.readAllBytes();
        } catch (IOException e) {
            throw new UncheckedIOException("Could not read the font " + file, e);
        }
    }
}
