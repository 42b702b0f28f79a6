package org.jumelage.reporting.web;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.StringWriter;
import java.io.UncheckedIOException;
import java.math.BigDecimal;
import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import java.util.List;
import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVPrinter;
import org.dhatim.fastexcel.Workbook;
import org.dhatim.fastexcel.Worksheet;
import org.jspecify.annotations.Nullable;
import org.springframework.http.ContentDisposition;
import org.springframework.http.HttpHeaders;
import org.springframework.http.MediaType;

/**
 * Tables written as CSV (UTF-8, comma-separated, RFC 4180, CRLF) and XLSX (typed cells: numbers,
 * ISO dates, booleans), for the open data and the dashboards' downloads. A CSV file may start
 * with comment lines beginning with {@code #}; an XLSX file then has them on a second sheet.
 */
final class TableFiles {

    static final MediaType CSV = new MediaType("text", "csv", StandardCharsets.UTF_8);
    static final MediaType XLSX =
            MediaType.parseMediaType("application/vnd.openxmlformats-officedocument.spreadsheetml.sheet");

    private TableFiles() {}

    /** A table: its name (the XLSX sheet), header and rows of values (text, numbers, dates, booleans or null). */
    record Table(String name, List<String> header, List<List<@Nullable Object>> rows) {}

    static byte[] csv(Table table, List<String> comments) {
        StringWriter out = new StringWriter();
        try (CSVPrinter printer = new CSVPrinter(
                out, CSVFormat.RFC4180.builder().setCommentMarker('#').get())) {
            for (String comment : comments) {
                printer.printComment(comment);
            }
            printer.printRecord(table.header());
            for (List<@Nullable Object> row : table.rows()) {
                printer.printRecord(row.stream().map(TableFiles::text).toList());
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return out.toString().getBytes(StandardCharsets.UTF_8);
    }

    static byte[] xlsx(Table table, String aboutSheet, List<String> about) {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        try (Workbook workbook = new Workbook(out, "Jumelage", "1.0")) {
            Worksheet sheet = workbook.newWorksheet(table.name());
            for (int column = 0; column < table.header().size(); column++) {
                sheet.value(0, column, table.header().get(column));
                sheet.style(0, column).bold().set();
            }
            int row = 1;
            for (List<@Nullable Object> values : table.rows()) {
                for (int column = 0; column < values.size(); column++) {
                    Object value = values.get(column);
                    if (value instanceof Number number) {
                        sheet.value(row, column, number);
                    } else if (value instanceof Boolean flag) {
                        sheet.value(row, column, flag);
                    } else if (value instanceof LocalDate date) {
                        sheet.value(row, column, date);
                        sheet.style(row, column).format("yyyy-mm-dd").set();
                    } else if (value != null) {
                        sheet.value(row, column, value.toString());
                    }
                }
                row++;
            }
            sheet.freezePane(0, 1);
            if (!about.isEmpty()) {
                Worksheet notes = workbook.newWorksheet(aboutSheet);
                for (int line = 0; line < about.size(); line++) {
                    notes.value(line, 0, about.get(line));
                }
            }
            workbook.finish();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return out.toByteArray();
    }

    static String text(@Nullable Object value) {
        if (value == null) {
            return "";
        }
        if (value instanceof BigDecimal decimal) {
            return decimal.toPlainString();
        }
        return value.toString();
    }

    /** Content-Disposition of a download with this file name (inline for reading in the browser when {@code inline}). */
    static String disposition(String fileName, boolean inline) {
        return (inline ? ContentDisposition.inline() : ContentDisposition.attachment())
                .filename(fileName)
                .build()
                .toString();
    }

    static final String CONTENT_DISPOSITION = HttpHeaders.CONTENT_DISPOSITION;
}
