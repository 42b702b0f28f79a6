package org.jumelage.participation.domain;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import org.dhatim.fastexcel.Workbook;
import org.dhatim.fastexcel.Worksheet;

/**
 * Writes a participant list as an Excel workbook (fastexcel, streaming, no Apache POI): the event's
 * facts, the table with the same columns as the PDF, and the funding statement below it. Names are
 * written as text cells, never as formulas.
 */
final class ParticipantListXlsx {

    private ParticipantListXlsx() {}

    static byte[] render(ListContent content) {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        try (Workbook workbook = new Workbook(out, "Jumelage", "1.0")) {
            Worksheet sheet = workbook.newWorksheet(content.sheetName());
            int row = 0;
            for (String title : content.titleLines()) {
                sheet.value(row, 0, title);
                sheet.style(row, 0).bold().set();
                row++;
            }
            for (ListContent.Fact fact : content.facts()) {
                sheet.value(row, 0, fact.label());
                sheet.style(row, 0).bold().set();
                sheet.value(row, 1, fact.value());
                row++;
            }
            row++;
            for (int column = 0; column < content.headings().size(); column++) {
                sheet.value(row, column, content.headings().get(column));
                sheet.style(row, column)
                        .bold()
                        .borderStyle("thin")
                        .wrapText(true)
                        .set();
            }
            int headerRow = row;
            row++;
            for (ListContent.Row person : content.rows()) {
                sheet.value(row, 0, person.number());
                sheet.value(row, 1, person.name());
                sheet.value(row, 2, person.town());
                sheet.value(row, 3, person.country());
                sheet.value(row, 4, "");
                sheet.range(row, 0, row, 4).style().borderStyle("thin").set();
                sheet.rowHeight(row, 30);
                row++;
            }
            if (content.rows().isEmpty()) {
                sheet.value(row++, 0, content.emptyNote());
            }
            row++;
            for (String line : content.fundingLines()) {
                sheet.value(row, 0, line);
                sheet.style(row, 0).bold().set();
                row++;
            }
            sheet.width(0, 8);
            sheet.width(1, 32);
            sheet.width(2, 22);
            sheet.width(3, 18);
            sheet.width(4, 28);
            sheet.freezePane(0, headerRow + 1);
            workbook.finish();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return out.toByteArray();
    }
}
