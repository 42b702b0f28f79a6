package org.jumelage.reporting.domain;

import java.io.IOException;
import java.io.OutputStream;
import java.io.UncheckedIOException;
import java.math.BigInteger;
import java.util.List;
import org.apache.poi.xwpf.usermodel.ParagraphAlignment;
import org.apache.poi.xwpf.usermodel.XWPFDocument;
import org.apache.poi.xwpf.usermodel.XWPFHyperlinkRun;
import org.apache.poi.xwpf.usermodel.XWPFParagraph;
import org.apache.poi.xwpf.usermodel.XWPFRun;
import org.apache.poi.xwpf.usermodel.XWPFStyle;
import org.apache.poi.xwpf.usermodel.XWPFStyles;
import org.apache.poi.xwpf.usermodel.XWPFTable;
import org.apache.poi.xwpf.usermodel.XWPFTableCell;
import org.apache.poi.xwpf.usermodel.XWPFTableRow;
import org.jumelage.reporting.domain.ReportLayout.Block;
import org.jumelage.reporting.domain.ReportLayout.Cell;
import org.jumelage.reporting.domain.ReportLayout.Column;
import org.jumelage.reporting.domain.ReportLayout.Fact;
import org.jumelage.reporting.domain.ReportLayout.Facts;
import org.jumelage.reporting.domain.ReportLayout.Notes;
import org.jumelage.reporting.domain.ReportLayout.Section;
import org.jumelage.reporting.domain.ReportLayout.Table;
import org.jumelage.reporting.domain.ReportLayout.Text;
import org.openxmlformats.schemas.wordprocessingml.x2006.main.CTDecimalNumber;
import org.openxmlformats.schemas.wordprocessingml.x2006.main.CTOnOff;
import org.openxmlformats.schemas.wordprocessingml.x2006.main.CTPPrGeneral;
import org.openxmlformats.schemas.wordprocessingml.x2006.main.CTRPr;
import org.openxmlformats.schemas.wordprocessingml.x2006.main.CTString;
import org.openxmlformats.schemas.wordprocessingml.x2006.main.CTStyle;
import org.openxmlformats.schemas.wordprocessingml.x2006.main.STStyleType;

/**
 * Writes the report as a Word document with Apache POI (XWPF), for pasting into the portal's forms:
 * real heading styles (Title, Heading 1, Heading 2, so that Word's navigation and outline see
 * them), the funding statement first, tables with a header row that repeats on every page, links
 * for public addresses.
 */
final class ReportDocx {

    private static final String FONT = "DejaVu Sans";

    private ReportDocx() {}

    static void write(ReportLayout layout, OutputStream out) {
        try (XWPFDocument document = new XWPFDocument()) {
            XWPFStyles styles = document.createStyles();
            style(styles, "Title", "Title", -1, 36);
            style(styles, "Heading1", "heading 1", 0, 28);
            style(styles, "Heading2", "heading 2", 1, 24);
            XWPFParagraph funding = document.createParagraph();
            run(funding, layout.fundingStatement()).setBold(true);
            XWPFParagraph title = document.createParagraph();
            title.setStyle("Title");
            run(title, layout.title());
            for (String line : layout.subtitle()) {
                run(document.createParagraph(), line).setFontSize(12);
            }
            XWPFRun generated = run(document.createParagraph(), layout.generated());
            generated.setItalic(true);
            generated.setFontSize(8);
            for (Section section : layout.sections()) {
                XWPFParagraph heading = document.createParagraph();
                heading.setStyle(section.level() == 1 ? "Heading1" : "Heading2");
                run(heading, section.heading());
                for (Block block : section.blocks()) {
                    block(document, block);
                }
            }
            document.write(out);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private static void block(XWPFDocument document, Block block) {
        if (block instanceof Facts facts) {
            XWPFTable table = document.createTable(facts.facts().size(), 2);
            table.setWidth("100%");
            for (int i = 0; i < facts.facts().size(); i++) {
                Fact fact = facts.facts().get(i);
                XWPFTableRow row = table.getRow(i);
                text(row.getCell(0), fact.label(), true, false);
                cell(row.getCell(1), fact.value(), false, false);
            }
            document.createParagraph();
        } else if (block instanceof Table table) {
            if (table.caption() != null) {
                run(document.createParagraph(), table.caption()).setBold(true);
            }
            if (table.rows().isEmpty()) {
                run(document.createParagraph(), table.empty()).setItalic(true);
                return;
            }
            List<Column> columns = table.columns();
            int rows = 1 + table.rows().size() + (table.total() == null ? 0 : 1);
            XWPFTable grid = document.createTable(rows, columns.size());
            grid.setWidth("100%");
            XWPFTableRow header = grid.getRow(0);
            header.setRepeatHeader(true);
            header.setCantSplitRow(true);
            for (int column = 0; column < columns.size(); column++) {
                text(
                        header.getCell(column),
                        columns.get(column).heading(),
                        true,
                        columns.get(column).numeric());
            }
            int index = 1;
            for (List<Cell> cells : table.rows()) {
                row(grid.getRow(index++), cells, columns, false);
            }
            if (table.total() != null) {
                row(grid.getRow(index), table.total(), columns, true);
            }
            document.createParagraph();
        } else if (block instanceof Text text) {
            run(document.createParagraph(), text.label()).setBold(true);
            for (String paragraph : text.paragraphs()) {
                run(document.createParagraph(), paragraph);
            }
        } else if (block instanceof Notes notes) {
            if (notes.notes().isEmpty()) {
                run(document.createParagraph(), notes.empty()).setItalic(true);
            }
            for (String note : notes.notes()) {
                run(document.createParagraph(), "• " + note);
            }
        }
    }

    private static void row(XWPFTableRow row, List<Cell> cells, List<Column> columns, boolean bold) {
        row.setCantSplitRow(true);
        for (int column = 0; column < cells.size() && column < columns.size(); column++) {
            cell(
                    row.getCell(column),
                    cells.get(column),
                    bold,
                    columns.get(column).numeric());
        }
    }

    private static void cell(XWPFTableCell cell, Cell value, boolean bold, boolean numeric) {
        String link = value.link();
        if (link == null || !link.startsWith("http")) {
            text(cell, value.text(), bold, numeric);
            return;
        }
        XWPFParagraph paragraph = cell.getParagraphs().get(0);
        XWPFHyperlinkRun run = paragraph.createHyperlinkRun(link);
        run.setText(value.text());
        run.setFontFamily(FONT);
        run.setFontSize(9);
        run.setUnderline(org.apache.poi.xwpf.usermodel.UnderlinePatterns.SINGLE);
        run.setColor("003399");
    }

    private static void text(XWPFTableCell cell, String text, boolean bold, boolean numeric) {
        XWPFParagraph paragraph = cell.getParagraphs().get(0);
        if (numeric) {
            paragraph.setAlignment(ParagraphAlignment.RIGHT);
        }
        XWPFRun run = run(paragraph, text);
        run.setBold(bold);
        run.setFontSize(9);
    }

    private static XWPFRun run(XWPFParagraph paragraph, String text) {
        XWPFRun run = paragraph.createRun();
        run.setFontFamily(FONT);
        String[] lines = text.split("\n", -1);
        for (int i = 0; i < lines.length; i++) {
            if (i > 0) {
                run.addBreak();
            }
            run.setText(lines[i], i);
        }
        return run;
    }

    /**
     * A paragraph style Word knows by its name ("heading 1"), so that headings are headings.
     *
     * @param outlineLevel 0 for heading 1, or -1 for none
     * @param halfPoints the font size in half points
     */
    private static void style(XWPFStyles styles, String id, String name, int outlineLevel, int halfPoints) {
        CTStyle style = CTStyle.Factory.newInstance();
        style.setStyleId(id);
        CTString styleName = CTString.Factory.newInstance();
        styleName.setVal(name);
        style.setName(styleName);
        CTString basedOn = CTString.Factory.newInstance();
        basedOn.setVal("Normal");
        style.setBasedOn(basedOn);
        style.setQFormat(CTOnOff.Factory.newInstance());
        CTDecimalNumber priority = CTDecimalNumber.Factory.newInstance();
        priority.setVal(BigInteger.valueOf(outlineLevel < 0 ? 10 : 9));
        style.setUiPriority(priority);
        if (outlineLevel >= 0) {
            CTPPrGeneral paragraph = CTPPrGeneral.Factory.newInstance();
            CTDecimalNumber level = CTDecimalNumber.Factory.newInstance();
            level.setVal(BigInteger.valueOf(outlineLevel));
            paragraph.setOutlineLvl(level);
            paragraph.addNewKeepNext();
            paragraph.addNewSpacing().setBefore(BigInteger.valueOf(240));
            style.setPPr(paragraph);
        }
        CTRPr run = style.addNewRPr();
        run.addNewB();
        run.addNewSz().setVal(BigInteger.valueOf(halfPoints));
        run.addNewColor().setVal("003399");
        XWPFStyle wrapped = new XWPFStyle(style);
        wrapped.setType(STStyleType.PARAGRAPH);
        styles.addStyle(wrapped);
    }
}
