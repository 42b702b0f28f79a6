package org.jumelage.participation.domain;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.OutputStreamWriter;
import java.io.UncheckedIOException;
import java.io.Writer;
import java.nio.charset.StandardCharsets;
import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVPrinter;

/**
 * Writes a participant list as CSV (RFC 4180, comma-separated) in UTF-8 with a byte order mark, so
 * that Excel opens Latvian letters correctly: one header row, then one row per person with last and
 * first name apart and the country as its ISO code. A cell that a spreadsheet would take for a
 * formula (starting with = + - @) is written with a leading apostrophe.
 */
final class ParticipantListCsv {

    private ParticipantListCsv() {}

    static byte[] render(ListContent content) {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        try (Writer writer = new OutputStreamWriter(out, StandardCharsets.UTF_8)) {
            writer.write('\uFEFF');
            CSVFormat format = CSVFormat.RFC4180
                    .builder()
                    .setHeader(content.csvHeadings().toArray(String[]::new))
                    .get();
            try (CSVPrinter printer = new CSVPrinter(writer, format)) {
                for (ListContent.Row row : content.rows()) {
                    printer.printRecord(
                            row.number(),
                            cell(row.lastName()),
                            cell(row.firstName()),
                            cell(row.town()),
                            row.countryCode());
                }
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return out.toByteArray();
    }

    static String cell(String text) {
        return !text.isEmpty() && "=+-@\t\r".indexOf(text.charAt(0)) >= 0 ? "'" + text : text;
    }
}
