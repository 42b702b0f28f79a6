package org.jumelage.reporting;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.header;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.jsonPath;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import com.jayway.jsonpath.JsonPath;
import java.io.ByteArrayInputStream;
import java.math.BigDecimal;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import org.apache.pdfbox.Loader;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.text.PDFTextStripper;
import org.apache.poi.xwpf.usermodel.XWPFDocument;
import org.apache.poi.xwpf.usermodel.XWPFTable;
import org.apache.poi.xwpf.usermodel.XWPFTableRow;
import org.dhatim.fastexcel.reader.ReadableWorkbook;
import org.dhatim.fastexcel.reader.Row;
import org.jumelage.account.AccountManagement;
import org.jumelage.account.AuditTrail;
import org.jumelage.account.SignedInUser;
import org.jumelage.network.OrganisationManagement;
import org.jumelage.participation.AttendanceSource;
import org.jumelage.participation.ListFixture;
import org.jumelage.project.PartnerRole;
import org.jumelage.project.ProjectManagement;
import org.jumelage.shared.Countries;
import org.jumelage.support.JumelageIntegrationTest;
import org.jumelage.support.SignIn;
import org.jumelage.support.TestUsers;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.data.domain.PageRequest;
import org.springframework.http.MediaType;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.ResultActions;

/**
 * The final report's files through the API and the page: read back with PDFBox, POI and fastexcel's
 * reader, their counts per country are those of {@code GET …/participation}; bad formats, strangers
 * and a project without events.
 */
@JumelageIntegrationTest
class ReportDocumentIntegrationTests {

    static final String REFERENCE = "558833-CITIZ-1-2014-2-PL-CITIZ-NT";

    @Autowired
    MockMvc mvc;

    @Autowired
    OrganisationManagement organisations;

    @Autowired
    AccountManagement accounts;

    @Autowired
    JdbcClient jdbc;

    @Autowired
    AuditTrail auditTrail;

    @Autowired
    ProjectManagement projects;

    ListFixture fixture;

    @BeforeEach
    void setUp() throws Exception {
        fixture = new ListFixture(mvc, organisations, accounts, jdbc, """
                "referenceNumber":"%s","startDate":"2018-08-01","endDate":"2019-12-31\"""".formatted(REFERENCE));
        java.time.LocalDate day = java.time.LocalDate.of(2018, 11, 8);
        for (String name : List.of("Rūta", "Jonas", "Tomas")) {
            long id = fixture.rows.registration(fixture.eventId, fixture.kaunasDelegation, name, "Žemaitis", "LT");
            fixture.rows.present(id, day, AttendanceSource.CHECK_IN);
        }
        fixture.rows.registration(fixture.eventId, fixture.kaunasDelegation, "Absent", "Person", "LT");
        long pole = fixture.rows.registration(fixture.eventId, fixture.poznanDelegation, "Łucja", "Nowak", "PL");
        fixture.rows.present(pole, day, AttendanceSource.PAPER_LIST);
        long local = fixture.rows.registration(fixture.eventId, null, "Ģirts", "Ķēniņš", "LV");
        fixture.rows.present(local, day, AttendanceSource.CHECK_IN);
    }

    ResultActions report(String token, String format) throws Exception {
        return mvc.perform(get("/api/v1/projects/" + fixture.projectId + "/report" + format)
                .header("Authorization", token)
                .header("Accept-Language", "en"));
    }

    byte[] file(String format, String contentType) throws Exception {
        return report(fixture.coordinator, "?format=" + format)
                .andExpect(status().isOk())
                .andExpect(header().string("Content-Type", contentType))
                .andExpect(header().string(
                                "Content-Disposition",
                                org.hamcrest.Matchers.containsString("final-report-" + REFERENCE + "-en." + format)))
                .andReturn()
                .getResponse()
                .getContentAsByteArray();
    }

    /** Country code to {registered, attended} of the event, as {@code GET …/participation} answers. */
    Map<String, int[]> participation() throws Exception {
        String json = mvc.perform(get("/api/v1/projects/" + fixture.projectId + "/participation")
                        .header("Authorization", fixture.coordinator))
                .andExpect(status().isOk())
                .andReturn()
                .getResponse()
                .getContentAsString();
        List<Map<String, Object>> countries = JsonPath.read(json, "$.events[0].byCountry");
        Map<String, int[]> counts = new java.util.LinkedHashMap<>();
        for (Map<String, Object> country : countries) {
            counts.put((String) country.get("country"), new int[] {
                ((Number) country.get("registered")).intValue(), ((Number) country.get("attended")).intValue()
            });
        }
        return counts;
    }

    int total(String field) throws Exception {
        String json = mvc.perform(get("/api/v1/projects/" + fixture.projectId + "/participation")
                        .header("Authorization", fixture.coordinator))
                .andReturn()
                .getResponse()
                .getContentAsString();
        return ((Number) JsonPath.read(json, "$.totals." + field)).intValue();
    }

    @Test
    void thePdfNamesTheReferenceAndTheCountsPerCountryOfParticipation() throws Exception {
        byte[] pdf = file("pdf", "application/pdf");

        String text;
        try (PDDocument document = Loader.loadPDF(pdf)) {
            text = new PDFTextStripper().getText(document);
        }
        assertThat(text).contains("Final report", REFERENCE, "Partner meeting in Daugavpils");
        Map<String, int[]> counts = participation();
        assertThat(counts).containsKeys("LT", "PL", "LV");
        assertThat(counts.get("LT")).containsExactly(4, 3);
        for (Map.Entry<String, int[]> country : counts.entrySet()) {
            String name = Countries.name(country.getKey(), Locale.ENGLISH);
            String line = text.lines()
                    .filter(candidate -> candidate.matches(java.util.regex.Pattern.quote(name) + " (invited|local) .*"))
                    .findFirst()
                    .orElseThrow(() -> new AssertionError("No line of " + name + " in\n" + text));
            assertThat(line).endsWith(" " + country.getValue()[0] + " " + country.getValue()[1]);
        }
        assertThat(auditTrail
                        .entries("reporting.report.exported", PageRequest.of(0, 5))
                        .getContent())
                .anyMatch(entry -> entry.target().equals("project " + fixture.projectId)
                        && entry.detail() != null
                        && entry.detail().contains("format=pdf"));
    }

    @Test
    void theWorkbookHasTheCountsPerCountryAndTheTotalsOfParticipationAsNumbers() throws Exception {
        byte[] xlsx = file("xlsx", "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet");

        Map<String, int[]> counts = participation();
        try (ReadableWorkbook workbook = new ReadableWorkbook(new ByteArrayInputStream(xlsx))) {
            List<Row> identification =
                    workbook.findSheet("Identification").orElseThrow().read();
            assertThat(identification.get(1).getCellText(1)).isEqualTo(REFERENCE);
            List<Row> perCountry =
                    workbook.findSheet("Per country").orElseThrow().read();
            for (Map.Entry<String, int[]> country : counts.entrySet()) {
                String name = Countries.name(country.getKey(), Locale.ENGLISH);
                Row row = perCountry.stream()
                        .filter(candidate -> name.equals(candidate.getCellText(2)))
                        .findFirst()
                        .orElseThrow();
                assertThat(row.getCellAsNumber(4).orElseThrow())
                        .isEqualByComparingTo(BigDecimal.valueOf(country.getValue()[0]));
                assertThat(row.getCellAsNumber(5).orElseThrow())
                        .isEqualByComparingTo(BigDecimal.valueOf(country.getValue()[1]));
            }
            Row total = workbook.findSheet("Events").orElseThrow().read().stream()
                    .filter(row -> "Total".equals(row.getCellText(0)))
                    .findFirst()
                    .orElseThrow();
            assertThat(total.getCellAsNumber(5).orElseThrow())
                    .isEqualByComparingTo(BigDecimal.valueOf(total("registered")));
            assertThat(total.getCellAsNumber(6).orElseThrow())
                    .isEqualByComparingTo(BigDecimal.valueOf(total("attended")));
            assertThat(total.getCellAsNumber(7).orElseThrow())
                    .isEqualByComparingTo(BigDecimal.valueOf(total("invitedAttended")));
            assertThat(total("attended")).isEqualTo(5);
        }
    }

    @Test
    void theWordDocumentHasTheReferenceAndTheCountsPerCountryInTables() throws Exception {
        byte[] docx = file("docx", "application/vnd.openxmlformats-officedocument.wordprocessingml.document");

        Map<String, int[]> counts = participation();
        try (XWPFDocument document = new XWPFDocument(new ByteArrayInputStream(docx))) {
            assertThat(document.getTables().get(0).getRow(0).getCell(1).getText())
                    .isEqualTo(REFERENCE);
            XWPFTable perCountry = document.getTables().stream()
                    .filter(table -> table.getRow(0).getCell(0).getText().equals("Country")
                            && table.getRow(0).getTableCells().size() == 4)
                    .findFirst()
                    .orElseThrow();
            for (Map.Entry<String, int[]> country : counts.entrySet()) {
                String name = Countries.name(country.getKey(), Locale.ENGLISH);
                XWPFTableRow row = perCountry.getRows().stream()
                        .filter(candidate -> candidate.getCell(0).getText().equals(name))
                        .findFirst()
                        .orElseThrow();
                assertThat(row.getCell(2).getText()).isEqualTo(String.valueOf(country.getValue()[0]));
                assertThat(row.getCell(3).getText()).isEqualTo(String.valueOf(country.getValue()[1]));
            }
        }
    }

    @Test
    void anUnknownOrMissingFormatIsRefusedWith400NamingTheFormats() throws Exception {
        report(fixture.coordinator, "?format=odt")
                .andExpect(status().isBadRequest())
                .andExpect(header().string("Content-Type", "application/problem+json"))
                .andExpect(jsonPath("$.code").value("reporting.report.format-unknown"))
                .andExpect(jsonPath("$.detail").value("'odt' is not a report format; use pdf, docx, xlsx."))
                .andExpect(jsonPath("$.errors[0].field").value("format"));
        report(fixture.coordinator, "")
                .andExpect(status().isBadRequest())
                .andExpect(jsonPath("$.code").value("reporting.report.format-missing"))
                .andExpect(jsonPath("$.detail").value(org.hamcrest.Matchers.containsString("pdf, docx, xlsx")));
        mvc.perform(get("/api/v1/projects/" + fixture.projectId + "/report?format=rtf")
                        .header("Authorization", fixture.coordinator)
                        .header("Accept-Language", "lv"))
                .andExpect(status().isBadRequest())
                .andExpect(jsonPath("$.detail").value("'rtf' nav ziņojuma formāts; lietojiet pdf, docx, xlsx."));
    }

    @Test
    void whoeverSeesTheProjectMayDownloadOthersAreToldItDoesNotExist() throws Exception {
        report(fixture.kaunasContact, "?format=xlsx").andExpect(status().isOk());
        report(fixture.stranger, "?format=pdf").andExpect(status().isNotFound());
        report(fixture.stranger, "?format=odt").andExpect(status().isBadRequest());
        mvc.perform(get("/api/v1/projects/999999999/report?format=pdf").header("Authorization", fixture.coordinator))
                .andExpect(status().isNotFound());
    }

    @Test
    void thePageDownloadAnswersTheFileOrTheErrorPage() throws Exception {
        var admin = SignIn.asAdmin(mvc);
        byte[] pdf = mvc.perform(get("/projects/" + fixture.projectId + "/report/download?format=pdf")
                        .cookie(admin)
                        .header("Accept-Language", "lv"))
                .andExpect(status().isOk())
                .andExpect(header().string("Content-Type", "application/pdf"))
                .andExpect(header().string(
                                "Content-Disposition",
                                org.hamcrest.Matchers.containsString("final-report-" + REFERENCE + "-lv.pdf")))
                .andReturn()
                .getResponse()
                .getContentAsByteArray();
        try (PDDocument document = Loader.loadPDF(pdf)) {
            assertThat(new PDFTextStripper().getText(document)).contains("Noslēguma ziņojums", REFERENCE);
        }
        mvc.perform(get("/projects/" + fixture.projectId + "/report/download?format=zip")
                        .cookie(admin))
                .andExpect(status().isBadRequest());
        mvc.perform(get("/projects/999999999/report/download?format=pdf").cookie(admin))
                .andExpect(status().isNotFound());
    }

    @Test
    void aProjectWithoutEventsGivesADocumentThatSaysSo() throws Exception {
        SignedInUser admin = accounts.signedInUser(accounts.findUserByEmail(TestUsers.ADMIN_EMAIL)
                        .orElseThrow()
                        .id())
                .orElseThrow();
        long lead = projects.partners(admin, fixture.projectId).stream()
                .filter(partner -> partner.role() == PartnerRole.LEAD)
                .findFirst()
                .orElseThrow()
                .organisationId();
        String created = mvc.perform(post("/api/v1/projects")
                        .header("Authorization", fixture.coordinator)
                        .contentType(MediaType.APPLICATION_JSON)
                        .content("""
                                {"titles":{"lv":"Bez sanāksmēm","en":"Without events"},"status":"RUNNING",
                                 "leadOrganisationId":%d,"referenceNumber":"600999-CITIZ-1-2019-1-LV-CITIZ-TT"}""".formatted(lead)))
                .andExpect(status().isCreated())
                .andReturn()
                .getResponse()
                .getContentAsString();
        long empty = ((Number) JsonPath.read(created, "$.id")).longValue();

        byte[] pdf = mvc.perform(get("/api/v1/projects/" + empty + "/report?format=pdf")
                        .header("Authorization", fixture.coordinator)
                        .header("Accept-Language", "en"))
                .andExpect(status().isOk())
                .andExpect(header().string(
                                "Content-Disposition",
                                org.hamcrest.Matchers.containsString(
                                        "final-report-600999-CITIZ-1-2019-1-LV-CITIZ-TT-en.pdf")))
                .andReturn()
                .getResponse()
                .getContentAsByteArray();
        try (PDDocument document = Loader.loadPDF(pdf)) {
            String text = new PDFTextStripper().getText(document).replaceAll("\\s+", " ");
            assertThat(text).contains("600999-CITIZ-1-2019-1-LV-CITIZ-TT", "The project has no events.");
        }
        byte[] xlsx = mvc.perform(get("/api/v1/projects/" + empty + "/report?format=xlsx")
                        .header("Authorization", fixture.coordinator)
                        .header("Accept-Language", "en"))
                .andExpect(status().isOk())
                .andReturn()
                .getResponse()
                .getContentAsByteArray();
        try (ReadableWorkbook workbook = new ReadableWorkbook(new ByteArrayInputStream(xlsx))) {
            assertThat(workbook.findSheet("Events").orElseThrow().read()).hasSize(1);
            assertThat(workbook.findSheet("Per country")).isEmpty();
            assertThat(workbook.findSheet("Missing").orElseThrow().read()).hasSizeGreaterThan(1);
        }
    }
}
