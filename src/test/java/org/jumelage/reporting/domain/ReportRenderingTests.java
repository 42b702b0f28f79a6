package org.jumelage.reporting.domain;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.stream.Collectors;
import org.apache.pdfbox.Loader;
import org.apache.pdfbox.cos.COSName;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.pdmodel.graphics.image.PDImageXObject;
import org.apache.pdfbox.text.PDFTextStripper;
import org.apache.poi.xwpf.usermodel.XWPFDocument;
import org.apache.poi.xwpf.usermodel.XWPFParagraph;
import org.apache.poi.xwpf.usermodel.XWPFTable;
import org.apache.poi.xwpf.usermodel.XWPFTableRow;
import org.dhatim.fastexcel.reader.CellType;
import org.dhatim.fastexcel.reader.ReadableWorkbook;
import org.dhatim.fastexcel.reader.Row;
import org.jumelage.reporting.FinalReport;
import org.jumelage.shared.IcuMessageSource;
import org.junit.jupiter.api.Test;
import org.springframework.context.MessageSource;
import org.thymeleaf.spring6.SpringTemplateEngine;
import org.thymeleaf.templatemode.TemplateMode;
import org.thymeleaf.templateresolver.ClassLoaderTemplateResolver;

/** The three files of a final report, read back with PDFBox, POI and fastexcel's reader. */
class ReportRenderingTests {

    private static final Locale EN = Locale.ENGLISH;
    private static final Locale LV = Locale.forLanguageTag("lv");

    private final MessageSource messages = IcuMessageSource.of("i18n/reporting", "i18n/rules");
    private final ReportPdf pdf = new ReportPdf(templates());

    private static SpringTemplateEngine templates() {
        ClassLoaderTemplateResolver resolver = new ClassLoaderTemplateResolver();
        resolver.setPrefix("templates/");
        resolver.setSuffix(".html");
        resolver.setTemplateMode(TemplateMode.HTML);
        resolver.setCharacterEncoding("UTF-8");
        SpringTemplateEngine engine = new SpringTemplateEngine();
        engine.setTemplateResolver(resolver);
        return engine;
    }

    private String pdfText(FinalReport report) throws Exception {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        pdf.write(ReportLayouts.of(report, messages), report.locale(), out);
        try (PDDocument document = Loader.loadPDF(out.toByteArray())) {
            return new PDFTextStripper().getText(document);
        }
    }

    @Test
    void pdfNamesTheReferenceTheFundingAndTheCountsPerCountryWithPageNumbers() throws Exception {
        FinalReport report = FinalReportMother.meeting(EN);
        ByteArrayOutputStream out = new ByteArrayOutputStream();

        pdf.write(ReportLayouts.of(report, messages), EN, out);

        try (PDDocument document = Loader.loadPDF(out.toByteArray())) {
            String text = new PDFTextStripper().getText(document);
            assertThat(text.replaceAll("\\s+", " "))
                    .contains("Final report", FinalReportMother.REFERENCE)
                    .contains("With the support of the Europe for Citizens Programme of the European Union")
                    .contains("No signed list uploaded for Kaunas, 9 November")
                    .contains("Citizens of three towns met.")
                    .contains("8 November: arrival and welcome")
                    .contains("https://example.org/en/events/11");
            assertThat(line(text, "Lithuania")).contains("26", "25");
            assertThat(line(text, "Poland")).contains("5", "4");
            int pages = document.getNumberOfPages();
            assertThat(text).contains("1 / " + pages);
            List<PDImageXObject> images = new ArrayList<>();
            for (COSName name : document.getPage(0).getResources().getXObjectNames()) {
                if (document.getPage(0).getResources().getXObject(name) instanceof PDImageXObject image) {
                    images.add(image);
                }
            }
            assertThat(images).as("the EU emblem on the first page").hasSize(1);
            assertThat(images.get(0).getWidth()).isEqualTo(images.get(0).getHeight() * 3 / 2);
        }
    }

    @Test
    void pdfIsWrittenInTheReadersLanguage() throws Exception {
        String text = pdfText(FinalReportMother.meeting(LV));

        assertThat(text).contains("Noslēguma ziņojums", "Atsauces numurs", "Lietuva", "Dalībnieki pa valstīm");
        assertThat(line(text, "Lietuva")).contains("26", "25");
    }

    @Test
    void aProjectWithoutEventsStillGivesAReportThatSaysSo() throws Exception {
        FinalReport report = FinalReportMother.empty(EN);

        String text = pdfText(report);
        assertThat(text)
                .contains("Final report", "Reference number: not recorded")
                .contains("The project has no events.", "The project has no events yet.")
                .contains("Not written yet.", "Empty not public", "No outcomes recorded.");

        ByteArrayOutputStream docx = new ByteArrayOutputStream();
        ReportDocx.write(ReportLayouts.of(report, messages), docx);
        try (XWPFDocument document = new XWPFDocument(new ByteArrayInputStream(docx.toByteArray()))) {
            assertThat(paragraphs(document)).contains("The project has no events.", "• The project has no events yet.");
        }

        ByteArrayOutputStream xlsx = new ByteArrayOutputStream();
        ReportXlsx.write(ReportLayouts.of(report, messages), xlsx);
        Map<String, List<Row>> sheets = sheets(xlsx.toByteArray());
        assertThat(sheets.get("Events")).hasSize(1);
        assertThat(text(sheets.get("Missing").get(1), 0)).isEqualTo("The project has no events yet.");
    }

    @Test
    void docxHasRealHeadingsAndTablesWithRepeatedHeaderRows() throws Exception {
        FinalReport report = FinalReportMother.meeting(EN);
        ByteArrayOutputStream out = new ByteArrayOutputStream();

        ReportDocx.write(ReportLayouts.of(report, messages), out);

        try (XWPFDocument document = new XWPFDocument(new ByteArrayInputStream(out.toByteArray()))) {
            List<String> headings = document.getParagraphs().stream()
                    .filter(paragraph -> "Heading1".equals(paragraph.getStyle()))
                    .map(XWPFParagraph::getText)
                    .toList();
            assertThat(headings).contains("Identification", "Events and participants", "Grant", "What is missing");
            assertThat(document.getStyles().getStyle("Heading1").getName()).isEqualTo("heading 1");
            assertThat(document.getParagraphs().get(0).getText())
                    .isEqualTo("With the support of the Europe for Citizens Programme of the European Union");
            XWPFTable identification = document.getTables().get(0);
            assertThat(identification.getRow(0).getCell(1).getText()).isEqualTo(FinalReportMother.REFERENCE);
            XWPFTable byCountry = document.getTables().stream()
                    .filter(table -> table.getRow(0).getCell(0).getText().equals("Country")
                            && table.getRow(0).getTableCells().size() == 4)
                    .findFirst()
                    .orElseThrow();
            assertThat(byCountry.getRow(0).isRepeatHeader()).isTrue();
            XWPFTableRow lithuania = byCountry.getRows().stream()
                    .filter(row -> row.getCell(0).getText().equals("Lithuania"))
                    .findFirst()
                    .orElseThrow();
            assertThat(lithuania.getCell(2).getText()).isEqualTo("26");
            assertThat(lithuania.getCell(3).getText()).isEqualTo("25");
            assertThat(byCountry
                            .getRows()
                            .get(byCountry.getRows().size() - 1)
                            .getCell(3)
                            .getText())
                    .isEqualTo("59");
        }
    }

    @Test
    void xlsxHasOneSheetPerTableWithNumbersAsNumbersAndTheTotals() throws Exception {
        FinalReport report = FinalReportMother.meeting(EN);
        ByteArrayOutputStream out = new ByteArrayOutputStream();

        ReportXlsx.write(ReportLayouts.of(report, messages), out);

        Map<String, List<Row>> sheets = sheets(out.toByteArray());
        assertThat(sheets.keySet())
                .containsExactly(
                        "Identification",
                        "Missing",
                        "Written sections",
                        "Events",
                        "Per country",
                        "Per delegation",
                        "Thresholds",
                        "Grant",
                        "Dissemination",
                        "Outcomes");
        assertThat(text(sheets.get("Identification").get(1), 1)).isEqualTo(FinalReportMother.REFERENCE);
        Row lithuania = sheets.get("Per country").stream()
                .filter(row -> "Lithuania".equals(text(row, 2)))
                .findFirst()
                .orElseThrow();
        assertThat(text(lithuania, 0)).isEqualTo("Meeting in Daugavpils");
        assertThat(lithuania.getCell(1).getType()).isEqualTo(CellType.NUMBER);
        assertThat(lithuania.getCell(4).getType()).isEqualTo(CellType.NUMBER);
        assertThat(lithuania.getCellAsNumber(4)).contains(new BigDecimal("26"));
        assertThat(lithuania.getCellAsNumber(5)).contains(new BigDecimal("25"));
        List<Row> events = sheets.get("Events");
        assertThat(text(events.get(0), 5)).isEqualTo("Registered");
        Row total = events.stream()
                .filter(row -> "Total".equals(text(row, 0)))
                .findFirst()
                .orElseThrow();
        assertThat(total.getCellAsNumber(5)).contains(new BigDecimal("63"));
        assertThat(total.getCellAsNumber(6)).contains(new BigDecimal("59"));
        assertThat(total.getCellAsNumber(7)).contains(new BigDecimal("29"));
        Row amount = sheets.get("Grant").stream()
                .filter(row -> "Attended".equals(text(row, 0)) && row.getCellCount() > 2)
                .findFirst()
                .orElseThrow();
        assertThat(amount.getCellAsNumber(2).orElseThrow()).isEqualByComparingTo("13500");
    }

    @Test
    void sheetNamesAreCutToWhatExcelAccepts() {
        assertThat(ReportXlsx.sheetName("Participants per country per event [all]"))
                .hasSizeLessThanOrEqualTo(31)
                .doesNotContain("[");
    }

    private static String line(String text, String start) {
        return text.lines()
                .filter(line -> line.startsWith(start))
                .findFirst()
                .orElseThrow(() -> new AssertionError("No line starts with " + start + " in:\n" + text));
    }

    private static List<String> paragraphs(XWPFDocument document) {
        return document.getParagraphs().stream().map(XWPFParagraph::getText).toList();
    }

    static Map<String, List<Row>> sheets(byte[] xlsx) throws Exception {
        try (ReadableWorkbook workbook = new ReadableWorkbook(new ByteArrayInputStream(xlsx))) {
            return workbook.getSheets()
                    .collect(Collectors.toMap(
                            sheet -> sheet.getName(),
                            sheet -> {
                                try {
                                    return sheet.read();
                                } catch (java.io.IOException e) {
                                    throw new java.io.UncheckedIOException(e);
                                }
                            },
                            (a, b) -> a,
                            java.util.LinkedHashMap::new));
        }
    }

    static String text(Row row, int column) {
        Optional<String> text = column < row.getCellCount() && row.getCell(column) != null
                ? Optional.ofNullable(row.getCell(column).getText())
                : Optional.empty();
        return text.orElse("");
    }
}
