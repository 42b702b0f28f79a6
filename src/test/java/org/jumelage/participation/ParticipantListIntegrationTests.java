package org.jumelage.participation;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.header;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.jsonPath;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.InputStreamReader;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.stream.Collectors;
import java.util.stream.Stream;
import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVRecord;
import org.apache.pdfbox.Loader;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.text.PDFTextStripper;
import org.dhatim.fastexcel.reader.ReadableWorkbook;
import org.dhatim.fastexcel.reader.Row;
import org.jumelage.account.AccountManagement;
import org.jumelage.account.AuditEntry;
import org.jumelage.account.AuditTrail;
import org.jumelage.network.OrganisationManagement;
import org.jumelage.support.JumelageIntegrationTest;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.data.domain.PageRequest;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.ResultActions;

/** The official participant lists through the API: content, languages, funding statement, formats, filters, permissions. */
@JumelageIntegrationTest
class ParticipantListIntegrationTests {

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

    ListFixture fixture;

    @BeforeEach
    void setUp() throws Exception {
        fixture = new ListFixture(mvc, organisations, accounts, jdbc, """
                "referenceNumber":"558833-CITIZ-1-2014-2-PL-CITIZ-NT","startDate":"2018-08-01","endDate":"2019-12-31\"""");
        fixture.rows.registration(fixture.eventId, fixture.kaunasDelegation, "Rūta", "Žemaitytė", "LT");
        fixture.rows.registration(fixture.eventId, fixture.kaunasDelegation, "Jonas", "Antanaitis", "LT");
        fixture.rows.registration(fixture.eventId, fixture.poznanDelegation, "Łucja", "Brzęczyszczykiewicz", "PL");
        fixture.rows.registration(fixture.eventId, null, "Ģirts", "Ķēniņš", "LV");
        fixture.rows.registration(
                fixture.eventId, fixture.kaunasDelegation, "Waiting", "Listed", "LT", RegistrationStatus.WAITLISTED);
        fixture.rows.registration(
                fixture.eventId, fixture.kaunasDelegation, "Cancelled", "Person", "LT", RegistrationStatus.CANCELLED);
        long erased = fixture.rows.registration(fixture.eventId, fixture.kaunasDelegation, "Erased", "Person", "LT");
        jdbc.sql(
                        "update event_registration set first_name = null, last_name = null, erased_at = current_timestamp where id = :id")
                .param("id", erased)
                .update();
    }

    ResultActions list(String token, String query) throws Exception {
        return mvc.perform(get("/api/v1/events/" + fixture.eventId + "/participant-list" + query)
                .header("Authorization", token));
    }

    byte[] bytes(String token, String query) throws Exception {
        return list(token, query)
                .andExpect(status().isOk())
                .andReturn()
                .getResponse()
                .getContentAsByteArray();
    }

    static String pdfText(byte[] pdf) throws IOException {
        try (PDDocument document = Loader.loadPDF(pdf)) {
            return new PDFTextStripper().getText(document);
        }
    }

    static int pages(byte[] pdf) throws IOException {
        try (PDDocument document = Loader.loadPDF(pdf)) {
            return document.getNumberOfPages();
        }
    }

    @Test
    void theWholeEventListNamesTheConfirmedPeopleByLastNameWithLatvianLettersAndTheEuropeForCitizensStatement()
            throws Exception {
        byte[] pdf = list(fixture.coordinator, "")
                .andExpect(status().isOk())
                .andExpect(header().string("Content-Type", "application/pdf"))
                .andExpect(header().string("Content-Disposition", org.hamcrest.Matchers.startsWith("attachment")))
                .andExpect(header().string("X-Content-Type-Options", "nosniff"))
                .andReturn()
                .getResponse()
                .getContentAsByteArray();
        String text = pdfText(pdf);

        assertThat(text)
                .contains("Dalībnieku saraksts / Participant list")
                .contains("Partneru tikšanās Daugavpilī")
                .contains("Partner meeting in Daugavpils")
                .contains("08.11.2018–10.11.2018")
                .contains("Daugavpils Marka Rotko mākslas centrs")
                .contains("Vārds, uzvārds / Name")
                .contains("Paraksts / Signature")
                .contains("Rūta Žemaitytė", "Jonas Antanaitis", "Łucja Brzęczyszczykiewicz", "Ģirts Ķēniņš")
                .contains("Ar Eiropas Savienības programmas „Eiropa pilsoņiem” atbalstu")
                .contains("With the support of the Europe for Citizens Programme of the European Union")
                .contains("Lapa 1 no 1 / Page 1 of 1")
                .doesNotContain("Waiting", "Cancelled", "Erased", "Co-funded");
        assertThat(text.indexOf("Antanaitis"))
                .isLessThan(text.indexOf("Brzęczyszczykiewicz"))
                .isLessThan(text.indexOf("Ķēniņš"));
        assertThat(text.indexOf("Ķēniņš")).isLessThan(text.indexOf("Žemaitytė"));
    }

    @Test
    void aCervProjectsListSaysCoFundedAndAnEnglishOnlyEventHasNoLatvian() throws Exception {
        ListFixture cerv = new ListFixture(mvc, organisations, accounts, jdbc, "\"measure\":\"CERV-TT\"");
        cerv.rows.registration(cerv.eventId, cerv.kaunasDelegation, "Rūta", "Žemaitytė", "LT");
        jdbc.sql("""
                        insert into event_registration_settings (event_id, registration_open, public_link, public_token,
                            working_languages, ask_gender, ask_age_band, ask_first_time, ask_fewer_opportunities,
                            ask_dietary, ask_accessibility, consent_version, updated_at, version)
                        values (:event, false, false, :token, 'en', false, false, false, false, false, false, 1,
                                current_timestamp, 0)
                        """)
                .param("event", cerv.eventId)
                .param("token", java.util.UUID.randomUUID().toString())
                .update();

        String text = pdfText(mvc.perform(get("/api/v1/events/" + cerv.eventId + "/participant-list?format=pdf")
                        .header("Authorization", cerv.coordinator))
                .andExpect(status().isOk())
                .andReturn()
                .getResponse()
                .getContentAsByteArray());

        assertThat(text)
                .contains("Co-funded by the European Union", "Participant list", "Signature", "Rūta Žemaitytė")
                .doesNotContain("Līdzfinansē", "Paraksts", "Europe for Citizens");
    }

    @Test
    void aLongListBreaksIntoPagesWithTheHeaderOnEach() throws Exception {
        for (int i = 0; i < 70; i++) {
            fixture.rows.registration(
                    fixture.eventId, fixture.poznanDelegation, "Person" + i, "Nowak" + (100 + i), "PL");
        }

        byte[] pdf = bytes(fixture.coordinator, "?delegation=" + fixture.poznanDelegation);

        int pages = pages(pdf);
        assertThat(pages).isGreaterThanOrEqualTo(3);
        String text = pdfText(pdf);
        assertThat(text.split("Paraksts / Signature", -1)).hasSize(pages + 1);
        assertThat(text).contains("Lapa " + pages + " no " + pages + " / Page " + pages + " of " + pages);
        assertThat(text).contains("Person0 Nowak100", "Person69 Nowak169");
    }

    @Test
    void aDelegationsListForADayHoldsOnlyThatDelegation() throws Exception {
        String text =
                pdfText(bytes(fixture.coordinator, "?delegation=" + fixture.kaunasDelegation + "&day=2018-11-09"));

        assertThat(text)
                .contains("Rūta Žemaitytė", "Jonas Antanaitis", "09.11.2018", "Diena / Day", "Lietuva")
                .doesNotContain("Łucja", "Ģirts");
    }

    @Test
    void theSpreadsheetHoldsTheSameRows() throws Exception {
        byte[] xlsx = list(fixture.coordinator, "?delegation=" + fixture.kaunasDelegation + "&format=xlsx")
                .andExpect(status().isOk())
                .andExpect(header().string(
                                "Content-Type", "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet"))
                .andExpect(header().string("Content-Disposition", org.hamcrest.Matchers.containsString(".xlsx")))
                .andReturn()
                .getResponse()
                .getContentAsByteArray();

        List<String> cells;
        try (ReadableWorkbook workbook = new ReadableWorkbook(new ByteArrayInputStream(xlsx));
                Stream<Row> sheetRows = workbook.getFirstSheet().openStream()) {
            cells = sheetRows
                    .map(row -> row.stream()
                            .filter(java.util.Objects::nonNull)
                            .map(cell -> cell.getRawValue() == null ? "" : cell.getText())
                            .collect(Collectors.joining("|")))
                    .toList();
        }
        assertThat(cells).anyMatch(row -> row.contains("Vārds, uzvārds / Name"));
        assertThat(cells).anyMatch(row -> row.startsWith("1|Jonas Antanaitis|Daugavpils|Lietuva"));
        assertThat(cells).anyMatch(row -> row.startsWith("2|Rūta Žemaitytė|Daugavpils|Lietuva"));
        assertThat(cells).anyMatch(row -> row.contains("Eiropa pilsoņiem"));
        assertThat(String.join("\n", cells)).doesNotContain("Łucja");
    }

    @Test
    void theCsvStartsWithAByteOrderMarkAndParses() throws Exception {
        byte[] csv = list(fixture.coordinator, "?format=CSV")
                .andExpect(status().isOk())
                .andExpect(header().string("Content-Type", "text/csv;charset=UTF-8"))
                .andReturn()
                .getResponse()
                .getContentAsByteArray();

        assertThat(csv).startsWith(0xEF, 0xBB, 0xBF);
        List<CSVRecord> records;
        try (InputStreamReader reader =
                new InputStreamReader(new ByteArrayInputStream(csv, 3, csv.length - 3), StandardCharsets.UTF_8)) {
            records = CSVFormat.RFC4180
                    .builder()
                    .setHeader()
                    .setSkipHeaderRecord(true)
                    .get()
                    .parse(reader)
                    .getRecords();
        }
        assertThat(records).hasSize(4);
        assertThat(records.get(0).get("Uzvārds / Last name")).isEqualTo("Antanaitis");
        assertThat(records.get(3).get("Vārds / First name")).isEqualTo("Rūta");
        assertThat(records.get(3).get("Valsts / Country")).isEqualTo("LT");
    }

    @ParameterizedTest(name = "{0}")
    @CsvSource(textBlock = """
            unknown format,         ?format=docx,            422, format, event.lists.format-unknown
            day not a date,         ?day=8.11.2018,          422, day,    event.lists.day-invalid
            day before the event,   ?day=2018-11-07,         422, day,    event.lists.day-outside
            day after the event,    ?day=2018-11-11,         422, day,    event.lists.day-outside
            """)
    void badParametersAreNamed(String name, String query, int status, String field, String code) throws Exception {
        list(fixture.coordinator, query)
                .andExpect(status().is(status))
                .andExpect(jsonPath("$.code").value(code))
                .andExpect(jsonPath("$.errors[0].field").value(field))
                .andExpect(jsonPath("$.detail").isNotEmpty());
    }

    @Test
    void aDelegationOfAnotherEventIsNotFound() throws Exception {
        ListFixture other = new ListFixture(mvc, organisations, accounts, jdbc, "\"measure\":\"CERV-TT\"");

        list(fixture.coordinator, "?delegation=" + other.kaunasDelegation)
                .andExpect(status().isNotFound())
                .andExpect(jsonPath("$.code").value("event.lists.delegation-not-found"))
                .andExpect(jsonPath("$.errors[0].field").value("delegation"));
    }

    @Test
    void aPartnerContactGetsTheirOwnDelegationsListOnly() throws Exception {
        String own = pdfText(bytes(fixture.kaunasContact, "?delegation=" + fixture.kaunasDelegation));
        assertThat(own).contains("Rūta Žemaitytė").doesNotContain("Łucja");

        list(fixture.kaunasContact, "?delegation=" + fixture.poznanDelegation)
                .andExpect(status().isForbidden())
                .andExpect(jsonPath("$.code").value("event.not-allowed"));
        list(fixture.kaunasContact, "").andExpect(status().isForbidden());
        list(fixture.stranger, "?delegation=" + fixture.kaunasDelegation)
                .andExpect(status().isNotFound())
                .andExpect(jsonPath("$.code").value("event.not-found"));
    }

    @Test
    void everyExportIsAudited() throws Exception {
        bytes(fixture.coordinator, "?delegation=" + fixture.kaunasDelegation + "&day=2018-11-08&format=csv");

        List<AuditEntry> entries = auditTrail
                .entries("event.participant-list.exported", PageRequest.of(0, 20))
                .getContent();
        assertThat(entries).anySatisfy(entry -> {
            assertThat(entry.target()).isEqualTo("event " + fixture.eventId + " (project " + fixture.projectId + ")");
            assertThat(entry.detail())
                    .isEqualTo("format=csv delegation=" + fixture.kaunasDelegation + " day=2018-11-08 rows=2");
        });
        assertThat(entries).allSatisfy(entry -> assertThat(entry.detail()).doesNotContain("Žemaitytė"));
    }
}
