package org.jumelage.reporting.domain;

import java.time.LocalDate;
import java.util.List;
import org.jspecify.annotations.Nullable;

/**
 * The final report laid out once for every file format: sections of facts, tables and texts, all
 * texts written in the reader's language. The PDF and the DOCX show the sections in order; the XLSX
 * gathers the blocks of each {@link Sheet} into one sheet, the event's cells ({@link Group}) before
 * each row, so that its tables carry the same numbers as the documents.
 *
 * @param title the document's title ("Final report")
 * @param subtitle the project's title and reference number, one line each
 * @param fundingStatement the programme's funding statement, printed beside the EU emblem
 * @param emblemLabel the emblem's text alternative
 * @param generated when and for whom the report was assembled, as one line
 */
record ReportLayout(
        String title,
        List<String> subtitle,
        String fundingStatement,
        String emblemLabel,
        String generated,
        List<Section> sections) {

    ReportLayout {
        subtitle = List.copyOf(subtitle);
        sections = List.copyOf(sections);
    }

    /** @param level 1 for a main section, 2 for one inside it (an event) */
    record Section(String heading, int level, List<Block> blocks) {

        Section {
            blocks = List.copyOf(blocks);
        }
    }

    /** A sheet of the workbook: a stable id (also the order of the sheets) and its name in the reader's language. */
    record Sheet(String id, String name) {}

    /** Cells written before each row of a block in the workbook (the event a table is about), with their headings. */
    record Group(List<Column> columns, List<Cell> cells) {

        static final Group NONE = new Group(List.of(), List.of());

        Group {
            columns = List.copyOf(columns);
            cells = List.copyOf(cells);
        }
    }

    /** A part of a section; {@link #kind()} tells the PDF template which one. */
    sealed interface Block permits Facts, Table, Text, Notes {

        Sheet sheet();

        Group group();

        String kind();
    }

    /** Label and value pairs; in the workbook, two columns headed {@code labelHeading} and {@code valueHeading}. */
    record Facts(Sheet sheet, Group group, String labelHeading, String valueHeading, List<Fact> facts)
            implements Block {

        Facts {
            facts = List.copyOf(facts);
        }

        @Override
        public String kind() {
            return "facts";
        }
    }

    record Fact(String label, Cell value) {}

    /**
     * A table with a header row.
     *
     * @param caption shown above the table in the documents, or {@code null}
     * @param total a last row set apart (the totals), or {@code null}
     * @param empty what the documents say instead of a table without rows
     */
    record Table(
            Sheet sheet,
            Group group,
            @Nullable String caption,
            List<Column> columns,
            List<List<Cell>> rows,
            @Nullable List<Cell> total,
            String empty)
            implements Block {

        Table {
            columns = List.copyOf(columns);
            rows = rows.stream().map(List::copyOf).toList();
            total = total == null ? null : List.copyOf(total);
        }

        @Override
        public String kind() {
            return "table";
        }
    }

    /** A text written by a person (a report section, an agenda), one paragraph per line. */
    record Text(
            Sheet sheet, Group group, String label, String labelHeading, String textHeading, List<String> paragraphs)
            implements Block {

        Text {
            paragraphs = List.copyOf(paragraphs);
        }

        @Override
        public String kind() {
            return "text";
        }
    }

    /** A list of remarks (what is missing, what the forecast assumed); {@code empty} when there are none. */
    record Notes(Sheet sheet, Group group, String heading, List<String> notes, String empty) implements Block {

        Notes {
            notes = List.copyOf(notes);
        }

        @Override
        public String kind() {
            return "notes";
        }
    }

    /** @param numeric right-aligned in the documents */
    record Column(String heading, boolean numeric) {}

    /**
     * One value: its text as the reader's language writes it, and for the workbook the value itself
     * ({@link Number} or {@link LocalDate}) when it is one; {@code link} an address the documents link to.
     */
    record Cell(
            String text, @Nullable Object value, @Nullable String link) {

        static Cell text(@Nullable String text) {
            return new Cell(text == null ? "" : text, null, null);
        }

        static Cell link(String text, @Nullable String link) {
            return new Cell(text, null, link);
        }

        boolean numeric() {
            return value instanceof Number;
        }
    }
}
