package org.jumelage.reporting.web;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.ByteArrayInputStream;
import java.io.StringReader;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.stream.Collectors;
import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVRecord;
import org.dhatim.fastexcel.reader.ReadableWorkbook;
import org.dhatim.fastexcel.reader.Row;
import org.jumelage.reporting.Chart;
import org.junit.jupiter.api.Test;

class ChartFilesTests {

    final Chart chart = new Chart(
            "participants-by-country",
            List.of("r", "a"),
            List.of(new Chart.Row("Latvija", List.of(1200L, 1000L)), new Chart.Row("=HYPERLINK(1)", List.of(3L, 0L))),
            List.of(1203L, 1000L));
    final List<String> headings = List.of("Valsts", "Pieteikušies", "Ieradās");

    @Test
    void csvHasTheHeadingsRowsAndTotalsWithPlainNumbers() throws Exception {
        String csv = new String(ChartFiles.csv(chart, headings, "Kopā"), StandardCharsets.UTF_8);

        assertThat(csv).startsWith("\uFEFF");
        List<CSVRecord> records =
                CSVFormat.RFC4180.parse(new StringReader(csv.substring(1))).getRecords();
        assertThat(records.stream().map(CSVRecord::toList).toList())
                .containsExactly(
                        List.of("Valsts", "Pieteikušies", "Ieradās"),
                        List.of("Latvija", "1200", "1000"),
                        List.of("'=HYPERLINK(1)", "3", "0"),
                        List.of("Kopā", "1203", "1000"));
    }

    @Test
    void xlsxHasOneSheetWithNumbersAsNumbers() throws Exception {
        byte[] xlsx = ChartFiles.xlsx(chart, headings, "Kopā");

        try (ReadableWorkbook workbook = new ReadableWorkbook(new ByteArrayInputStream(xlsx))) {
            assertThat(workbook.getFirstSheet().getName()).isEqualTo("participants-by-country");
            List<Row> rows = workbook.getFirstSheet().read();
            assertThat(rows).hasSize(4);
            assertThat(rows.get(0).getCellText(2)).isEqualTo("Ieradās");
            assertThat(rows.get(1).getCellAsNumber(1))
                    .hasValueSatisfying(n -> assertThat(n.intValue()).isEqualTo(1200));
            assertThat(rows.get(2).getCellText(0)).isEqualTo("=HYPERLINK(1)");
            assertThat(rows.get(2).getCell(0).getFormula()).isNull();
            assertThat(rows.get(3).stream().map(cell -> cell.getText()).collect(Collectors.toList()))
                    .containsExactly("Kopā", "1203", "1000");
        }
    }

    @Test
    void knowsItsTwoFormatsOnly() {
        assertThat(ChartFiles.Format.of("CSV")).contains(ChartFiles.Format.CSV);
        assertThat(ChartFiles.Format.of("xlsx")).contains(ChartFiles.Format.XLSX);
        assertThat(ChartFiles.Format.of("pdf")).isEmpty();
    }
}
