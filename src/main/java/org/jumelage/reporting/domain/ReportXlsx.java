package org.jumelage.reporting.domain;

import java.io.IOException;
import java.io.OutputStream;
import java.io.UncheckedIOException;
import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.dhatim.fastexcel.Workbook;
import org.dhatim.fastexcel.Worksheet;
import org.jumelage.reporting.domain.ReportLayout.Block;
import org.jumelage.reporting.domain.ReportLayout.Cell;
import org.jumelage.reporting.domain.ReportLayout.Facts;
import org.jumelage.reporting.domain.ReportLayout.Notes;
import org.jumelage.reporting.domain.ReportLayout.Section;
import org.jumelage.reporting.domain.ReportLayout.Table;
import org.jumelage.reporting.domain.ReportLayout.Text;

/**
 * Writes the report as a workbook with fastexcel (streaming): one sheet per table of the report
 * (identification, written sections, events, participants per country, per delegation,
 * thresholds, grant, dissemination, outcomes, what is missing), each block's rows under a bold
 * header row, the event's name and first day before the rows of a per-event table. Counts and
 * amounts are numbers, dates are dates; texts are text cells, never formulas.
 */
final class ReportXlsx {

    /** Excel refuses sheet names longer than this. */
    private static final int SHEET_NAME_LENGTH = 31;

    private ReportXlsx() {}

    static void write(ReportLayout layout, OutputStream out) {
        Map<String, List<Block>> sheets = new LinkedHashMap<>();
        Map<String, String> names = new LinkedHashMap<>();
        for (Section section : layout.sections()) {
            for (Block block : section.blocks()) {
                sheets.computeIfAbsent(block.sheet().id(), id -> new ArrayList<>())
                        .add(block);
                names.putIfAbsent(block.sheet().id(), block.sheet().name());
            }
        }
        try {
            Workbook workbook = new Workbook(out, "Jumelage", "1.0");
            for (Map.Entry<String, List<Block>> sheet : sheets.entrySet()) {
                Worksheet worksheet = workbook.newWorksheet(sheetName(names.get(sheet.getKey())));
                new SheetWriter(worksheet).write(sheet.getValue());
                worksheet.finish();
            }
            workbook.finish();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    static String sheetName(String name) {
        String cleaned = name.replaceAll("[\\[\\]:*?/\\\\]", " ").strip();
        return cleaned.length() > SHEET_NAME_LENGTH ? cleaned.substring(0, SHEET_NAME_LENGTH) : cleaned;
    }

    /** Writes a sheet's blocks one under the other, with a header row whenever the columns change. */
    private static final class SheetWriter {

        private final Worksheet sheet;
        private final int[] widths = new int[32];
        private int row;
        private List<String> header = List.of();

        SheetWriter(Worksheet sheet) {
            this.sheet = sheet;
        }

        void write(List<Block> blocks) {
            for (Block block : blocks) {
                List<String> headings = new ArrayList<>();
                block.group().columns().forEach(column -> headings.add(column.heading()));
                List<List<Cell>> rows = new ArrayList<>();
                if (block instanceof Facts facts) {
                    headings.add(facts.labelHeading());
                    headings.add(facts.valueHeading());
                    facts.facts().forEach(fact -> rows.add(List.of(Cell.text(fact.label()), fact.value())));
                } else if (block instanceof Table table) {
                    table.columns().forEach(column -> headings.add(column.heading()));
                    rows.addAll(table.rows());
                    if (table.total() != null) {
                        rows.add(table.total());
                    }
                } else if (block instanceof Text text) {
                    headings.add(text.labelHeading());
                    headings.add(text.textHeading());
                    rows.add(List.of(Cell.text(text.label()), Cell.text(String.join("\n", text.paragraphs()))));
                } else if (block instanceof Notes notes) {
                    headings.add(notes.heading());
                    notes.notes().forEach(note -> rows.add(List.of(Cell.text(note))));
                    if (notes.notes().isEmpty()) {
                        rows.add(List.of(Cell.text(notes.empty())));
                    }
                }
                if (!headings.equals(header)) {
                    if (row > 0) {
                        row++;
                    }
                    for (int column = 0; column < headings.size(); column++) {
                        sheet.value(row, column, headings.get(column));
                        sheet.style(row, column).bold().set();
                        width(column, headings.get(column));
                    }
                    header = headings;
                    row++;
                }
                for (List<Cell> cells : rows) {
                    List<Cell> all = new ArrayList<>(block.group().cells());
                    all.addAll(cells);
                    for (int column = 0; column < all.size(); column++) {
                        cell(column, all.get(column));
                    }
                    row++;
                }
            }
            for (int column = 0; column < widths.length; column++) {
                if (widths[column] > 0) {
                    sheet.width(column, Math.min(60, widths[column] + 2));
                }
            }
        }

        private void cell(int column, Cell cell) {
            Object value = cell.value();
            if (value instanceof Integer number) {
                sheet.value(row, column, number);
            } else if (value instanceof BigDecimal amount) {
                sheet.value(row, column, amount);
                sheet.style(row, column).format("#,##0.00").set();
            } else if (value instanceof Number number) {
                sheet.value(row, column, number);
            } else if (value instanceof LocalDate date) {
                sheet.value(row, column, date);
                sheet.style(row, column).format("yyyy-mm-dd").set();
            } else if (!cell.text().isEmpty()) {
                sheet.value(row, column, cell.text());
                if (cell.text().contains("\n")) {
                    sheet.style(row, column).wrapText(true).set();
                }
            }
            width(column, value instanceof LocalDate ? "yyyy-mm-dd" : cell.text());
        }

        private void width(int column, String text) {
            if (column < widths.length) {
                int longest = text.lines().mapToInt(String::length).max().orElse(0);
                widths[column] = Math.max(widths[column], longest);
            }
        }
    }
}
