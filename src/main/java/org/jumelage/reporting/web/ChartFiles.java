package org.jumelage.reporting.web;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.OutputStreamWriter;
import java.io.UncheckedIOException;
import java.io.Writer;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVPrinter;
import org.dhatim.fastexcel.Workbook;
import org.dhatim.fastexcel.Worksheet;
import org.jumelage.reporting.Chart;

/**
 * A chart's data as a file, with the same rows and numbers as the table under the chart: a heading
 * row (what the rows are, then the series), one row per label, and the totals row when the chart
 * has totals. Numbers are written plain (no grouping), so programs read them back.
 */
final class ChartFiles {

    /** The two formats a chart's data downloads in. */
    enum Format {
        CSV("text/csv; charset=UTF-8"),
        XLSX("application/vnd.openxmlformats-officedocument.spreadsheetml.sheet");

        final String contentType;

        Format(String contentType) {
            this.contentType = contentType;
        }

        static Optional<Format> of(String extension) {
            for (Format format : values()) {
                if (format.name().equalsIgnoreCase(extension)) {
                    return Optional.of(format);
                }
            }
            return Optional.empty();
        }

        String extension() {
            return name().toLowerCase(java.util.Locale.ROOT);
        }
    }

    private ChartFiles() {}

    /**
     * @param headings what the rows are, then one heading per series, in the reader's language
     * @param total the label of the totals row
     */
    static byte[] render(Format format, Chart chart, List<String> headings, String total) {
        return switch (format) {
            case CSV -> csv(chart, headings, total);
            case XLSX -> xlsx(chart, headings, total);
        };
    }

    /**
     * RFC 4180 CSV in UTF-8 with a byte order mark (so that Excel reads Latvian letters); a label a
     * spreadsheet would take for a formula (starting with = + - @) gets a leading apostrophe.
     */
    static byte[] csv(Chart chart, List<String> headings, String total) {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        try (Writer writer = new OutputStreamWriter(out, StandardCharsets.UTF_8)) {
            writer.write('\uFEFF');
            CSVFormat format = CSVFormat.RFC4180
                    .builder()
                    .setHeader(headings.stream().map(ChartFiles::cell).toArray(String[]::new))
                    .get();
            try (CSVPrinter printer = new CSVPrinter(writer, format)) {
                for (Chart.Row row : chart.rows()) {
                    printer.printRecord(line(cell(row.label()), row.values()));
                }
                if (chart.totals() != null) {
                    printer.printRecord(line(cell(total), chart.totals()));
                }
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return out.toByteArray();
    }

    /** One sheet named after the chart; labels as text cells, numbers as number cells, never formulas. */
    static byte[] xlsx(Chart chart, List<String> headings, String total) {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        try (Workbook workbook = new Workbook(out, "Jumelage", "1.0")) {
            Worksheet sheet =
                    workbook.newWorksheet(chart.id().length() > 31 ? chart.id().substring(0, 31) : chart.id());
            for (int column = 0; column < headings.size(); column++) {
                sheet.value(0, column, headings.get(column));
                sheet.style(0, column).bold().set();
            }
            int row = 1;
            for (Chart.Row data : chart.rows()) {
                write(sheet, row++, data.label(), data.values());
            }
            if (chart.totals() != null) {
                write(sheet, row, total, chart.totals());
                sheet.range(row, 0, row, headings.size() - 1).style().bold().set();
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return out.toByteArray();
    }

    private static void write(Worksheet sheet, int row, String label, List<Long> values) {
        sheet.value(row, 0, label);
        for (int column = 0; column < values.size(); column++) {
            sheet.value(row, column + 1, values.get(column));
        }
    }

    private static List<Object> line(String label, List<Long> values) {
        List<Object> line = new ArrayList<>();
        line.add(label);
        line.addAll(values);
        return line;
    }

    static String cell(String text) {
        return !text.isEmpty() && "=+-@\t\r".indexOf(text.charAt(0)) >= 0 ? "'" + text : text;
    }
}
