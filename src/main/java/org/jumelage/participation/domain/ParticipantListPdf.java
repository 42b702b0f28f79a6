package org.jumelage.participation.domain;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.text.MessageFormat;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.pdmodel.PDDocumentInformation;
import org.apache.pdfbox.pdmodel.PDPage;
import org.apache.pdfbox.pdmodel.PDPageContentStream;
import org.apache.pdfbox.pdmodel.common.PDRectangle;
import org.apache.pdfbox.pdmodel.font.PDType0Font;

/**
 * Writes a participant list as an A4 PDF for printing and signing: the event's facts at the top, a
 * table with a tall signature cell per person whose header repeats on every page, and the EU
 * funding statement and "page n of m" at the foot of every page. The text is set in DejaVu Sans,
 * embedded (as a subset), so Latvian and other European letters print on any machine.
 */
final class ParticipantListPdf {

    private static final String FONT_FOLDER = "/net/sf/jasperreports/fonts/dejavu/";
    private static final float MARGIN = 40f;
    private static final float FOOTER = 58f;
    private static final float ROW_HEIGHT = 30f;
    private static final float PADDING = 4f;
    private static final float TEXT_SIZE = 9.5f;
    private static final float HEADING_SIZE = 8.5f;
    private static final float LEADING = 1.2f;
    /** Shares of the table width: number, name, town, country, signature. */
    private static final float[] COLUMNS = {0.06f, 0.31f, 0.2f, 0.16f, 0.27f};

    private ParticipantListPdf() {}

    static byte[] render(ListContent content) {
        try (PDDocument document = new PDDocument()) {
            PDType0Font regular = font(document, "DejaVuSans.ttf");
            PDType0Font bold = font(document, "DejaVuSans-Bold.ttf");
            PDDocumentInformation information = document.getDocumentInformation();
            information.setTitle(String.join(" — ", content.titleLines()));
            information.setCreator("Jumelage");
            new Layout(document, regular, bold, content).write();
            ByteArrayOutputStream out = new ByteArrayOutputStream();
            document.save(out);
            return out.toByteArray();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private static PDType0Font font(PDDocument document, String file) throws IOException {
        try (InputStream in = ParticipantListPdf.class.getResourceAsStream(FONT_FOLDER + file)) {
            if (in == null) {
                throw new IOException("The font " + file + " is not on the class path (jasperreports-fonts)");
            }
            return PDType0Font.load(document, in, true);
        }
    }

    /** Places the content page by page. */
    private static final class Layout {

        private final PDDocument document;
        private final PDType0Font regular;
        private final PDType0Font bold;
        private final ListContent content;
        private final PDRectangle size = PDRectangle.A4;
        private final float tableWidth;
        private final float[] widths = new float[COLUMNS.length];
        private final List<PDPage> pages = new ArrayList<>();
        private PDPageContentStream stream;
        private float y;

        Layout(PDDocument document, PDType0Font regular, PDType0Font bold, ListContent content) {
            this.document = document;
            this.regular = regular;
            this.bold = bold;
            this.content = content;
            this.tableWidth = size.getWidth() - 2 * MARGIN;
            for (int i = 0; i < COLUMNS.length; i++) {
                widths[i] = tableWidth * COLUMNS[i];
            }
        }

        void write() throws IOException {
            newPage(true);
            if (content.rows().isEmpty()) {
                y -= 8;
                text(content.emptyNote(), regular, TEXT_SIZE, MARGIN, y - TEXT_SIZE);
            }
            for (ListContent.Row row : content.rows()) {
                List<List<String>> cells = List.of(
                        List.of(String.valueOf(row.number())),
                        wrap(row.name(), regular, TEXT_SIZE, widths[1]),
                        wrap(row.town(), regular, TEXT_SIZE, widths[2]),
                        wrap(row.country(), regular, TEXT_SIZE, widths[3]),
                        List.of());
                float height = Math.max(ROW_HEIGHT, rowHeight(cells, TEXT_SIZE));
                if (y - height < MARGIN + FOOTER) {
                    stream.close();
                    newPage(false);
                }
                drawRow(cells, regular, TEXT_SIZE, height);
            }
            stream.close();
            footers();
        }

        private void newPage(boolean first) throws IOException {
            PDPage page = new PDPage(size);
            document.addPage(page);
            pages.add(page);
            stream = new PDPageContentStream(document, page);
            y = size.getHeight() - MARGIN;
            if (first) {
                for (int i = 0; i < content.titleLines().size(); i++) {
                    float fontSize = i == 0 ? 15f : 12f;
                    for (String line : wrap(content.titleLines().get(i), bold, fontSize, tableWidth)) {
                        y -= fontSize * LEADING;
                        text(line, bold, fontSize, MARGIN, y);
                    }
                }
                y -= 6;
                float labelWidth = tableWidth * 0.28f;
                for (ListContent.Fact fact : content.facts()) {
                    List<String> lines = wrap(fact.value(), regular, TEXT_SIZE, tableWidth - labelWidth);
                    List<String> labels = wrap(fact.label(), bold, TEXT_SIZE, labelWidth - 6);
                    int count = Math.max(lines.size(), labels.size());
                    for (int i = 0; i < count; i++) {
                        y -= TEXT_SIZE * LEADING;
                        if (i < labels.size()) {
                            text(labels.get(i), bold, TEXT_SIZE, MARGIN, y);
                        }
                        if (i < lines.size()) {
                            text(lines.get(i), regular, TEXT_SIZE, MARGIN + labelWidth, y);
                        }
                    }
                }
                y -= 10;
            } else {
                y -= HEADING_SIZE * LEADING;
                String title = content.titleLines().size() > 1
                        ? content.titleLines().get(1)
                        : content.titleLines().get(0);
                text(wrap(title, regular, HEADING_SIZE, tableWidth).get(0), regular, HEADING_SIZE, MARGIN, y);
                y -= 6;
            }
            List<List<String>> headings = new ArrayList<>();
            for (int i = 0; i < widths.length; i++) {
                headings.add(wrap(content.headings().get(i), bold, HEADING_SIZE, widths[i] - 2 * PADDING));
            }
            drawRow(headings, bold, HEADING_SIZE, rowHeight(headings, HEADING_SIZE));
        }

        private float rowHeight(List<List<String>> cells, float fontSize) {
            int lines = cells.stream().mapToInt(List::size).max().orElse(1);
            return Math.max(1, lines) * fontSize * LEADING + 2 * PADDING;
        }

        private void drawRow(List<List<String>> cells, PDType0Font font, float fontSize, float height)
                throws IOException {
            float x = MARGIN;
            stream.setLineWidth(0.6f);
            for (int i = 0; i < widths.length; i++) {
                stream.addRect(x, y - height, widths[i], height);
                float lineY = y - PADDING - fontSize;
                for (String line : cells.get(i)) {
                    text(line, font, fontSize, x + PADDING, lineY);
                    lineY -= fontSize * LEADING;
                }
                x += widths[i];
            }
            stream.stroke();
            y -= height;
        }

        private void text(String text, PDType0Font font, float fontSize, float x, float baseline) throws IOException {
            stream.beginText();
            stream.setFont(font, fontSize);
            stream.newLineAtOffset(x, baseline);
            stream.showText(printable(text, font));
            stream.endText();
        }

        /** The funding statement and the page number at the foot of every page, once the page count is known. */
        private void footers() throws IOException {
            int count = pages.size();
            for (int i = 0; i < count; i++) {
                try (PDPageContentStream foot = new PDPageContentStream(
                        document, pages.get(i), PDPageContentStream.AppendMode.APPEND, true, true)) {
                    stream = foot;
                    float lineY = MARGIN + FOOTER - 14;
                    stream.setLineWidth(0.4f);
                    stream.moveTo(MARGIN, MARGIN + FOOTER - 4);
                    stream.lineTo(size.getWidth() - MARGIN, MARGIN + FOOTER - 4);
                    stream.stroke();
                    for (String line : content.fundingLines()) {
                        text(line, bold, HEADING_SIZE, MARGIN, lineY);
                        lineY -= HEADING_SIZE * LEADING;
                    }
                    String page = new MessageFormat(content.pageLabel(), Locale.ROOT)
                            .format(new Object[] {String.valueOf(i + 1), String.valueOf(count)});
                    float width = width(page, regular, HEADING_SIZE);
                    text(page, regular, HEADING_SIZE, size.getWidth() - MARGIN - width, MARGIN);
                }
            }
        }
    }

    /** Splits text into lines that fit the width, breaking words that are longer than a line. */
    static List<String> wrap(String text, PDType0Font font, float fontSize, float width) throws IOException {
        List<String> lines = new ArrayList<>();
        String clean = printable(text, font);
        StringBuilder line = new StringBuilder();
        for (String word : clean.split(" ")) {
            if (word.isEmpty()) {
                continue;
            }
            String candidate = line.isEmpty() ? word : line + " " + word;
            if (width(candidate, font, fontSize) <= width) {
                line.setLength(0);
                line.append(candidate);
                continue;
            }
            if (!line.isEmpty()) {
                lines.add(line.toString());
                line.setLength(0);
            }
            while (width(word, font, fontSize) > width && word.length() > 1) {
                int cut = word.length() - 1;
                while (cut > 1 && width(word.substring(0, cut), font, fontSize) > width) {
                    cut--;
                }
                lines.add(word.substring(0, cut));
                word = word.substring(cut);
            }
            line.append(word);
        }
        if (!line.isEmpty() || lines.isEmpty()) {
            lines.add(line.toString());
        }
        return lines;
    }

    private static float width(String text, PDType0Font font, float fontSize) throws IOException {
        return font.getStringWidth(text) / 1000f * fontSize;
    }

    /** The text with control characters as spaces and characters the font cannot show as "?". */
    static String printable(String text, PDType0Font font) {
        StringBuilder out = new StringBuilder(text.length());
        java.text.Normalizer.normalize(text, java.text.Normalizer.Form.NFC)
                .codePoints()
                .forEach(point -> {
                    if (Character.isISOControl(point) || Character.isWhitespace(point)) {
                        out.append(' ');
                        return;
                    }
                    String character = new String(Character.toChars(point));
                    try {
                        font.encode(character);
                        out.append(character);
                    } catch (IOException | IllegalArgumentException e) {
                        out.append('?');
                    }
                });
        return out.toString();
    }
}
