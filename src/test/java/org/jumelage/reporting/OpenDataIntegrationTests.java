package org.jumelage.reporting;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.header;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.StringReader;
import java.math.BigDecimal;
import java.nio.charset.StandardCharsets;
import java.time.Clock;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVRecord;
import org.apache.poi.ss.usermodel.DataFormatter;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.ss.usermodel.Sheet;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;
import org.jumelage.account.AccountManagement;
import org.jumelage.event.EventManagement;
import org.jumelage.event.MeetingFixture;
import org.jumelage.network.OrganisationManagement;
import org.jumelage.participation.AttendanceSource;
import org.jumelage.project.ProjectManagement;
import org.jumelage.publicity.PublicSiteFixture;
import org.jumelage.publicity.Publications;
import org.jumelage.support.JumelageIntegrationTest;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.MvcResult;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

/**
 * The open data as an anonymous reader gets it: only published projects and events, no personal
 * data, small attendance groups without their number, the same rows in CSV, XLSX and JSON, the
 * licence in every file, per organisation, public and cacheable.
 */
@JumelageIntegrationTest
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class OpenDataIntegrationTests {

    static final List<String> DATASETS = List.of("projects", "partners", "events", "participation");

    @Autowired
    MockMvc mvc;

    @Autowired
    OrganisationManagement organisations;

    @Autowired
    AccountManagement accounts;

    @Autowired
    ProjectManagement projects;

    @Autowired
    EventManagement events;

    @Autowired
    Publications publications;

    @Autowired
    JdbcClient jdbc;

    @Autowired
    Clock clock;

    final JsonMapper json = JsonMapper.builder().build();

    PublicSiteFixture site;
    MeetingFixture unpublished;
    List<String> personalData = new ArrayList<>();

    @BeforeAll
    void scene() {
        site = new PublicSiteFixture(organisations, accounts, projects, events, publications, jdbc, clock);
        MeetingFixture meeting = site.meeting;
        for (int i = 0; i < 6; i++) {
            long person = meeting.person(meeting.leadDelegation, "Ilze" + i, "Kalniņa", "LV");
            meeting.rows.present(person, MeetingFixture.FIRST_DAY, AttendanceSource.CHECK_IN);
        }
        for (int i = 0; i < 2; i++) {
            long person = meeting.person(meeting.kaunasDelegation, "Rūta" + i, "Jonaitytė", "LT");
            meeting.rows.present(person, MeetingFixture.FIRST_DAY, AttendanceSource.CHECK_IN);
        }
        meeting.person(meeting.kaunasDelegation, "Nebija", "Atnācis", "LT");
        unpublished = new MeetingFixture(organisations, accounts, projects, events, jdbc, Map.of("LV", 5));
        long secret = unpublished.person(unpublished.leadDelegation, "Slepena", "Persona", "LV");
        unpublished.rows.present(secret, MeetingFixture.FIRST_DAY, AttendanceSource.CHECK_IN);
        personalData.addAll(List.of(
                "Anna Bērziņa",
                "anna.berzina@example.org",
                "+371 20000000",
                "Kalniņa",
                "Jonaitytė",
                "Atnācis",
                "Persona",
                meeting.coordinatorEmail,
                meeting.partnerEmail));
    }

    @Test
    void unpublishedProjectsAndEventsNeverAppear() throws Exception {
        JsonNode projectRows = json("/open-data/projects.json").get("rows");
        assertThat(ids(projectRows, "id")).contains(site.projectId).doesNotContain(unpublished.projectId);
        JsonNode eventRows = json("/open-data/events.json").get("rows");
        assertThat(ids(eventRows, "id"))
                .contains(site.pastEventId, site.upcomingEventId)
                .doesNotContain(site.hiddenEventId, unpublished.eventId);
        assertThat(ids(json("/open-data/partners.json").get("rows"), "projectId"))
                .contains(site.projectId)
                .doesNotContain(unpublished.projectId);
        assertThat(ids(json("/open-data/participation.json").get("rows"), "eventId"))
                .contains(site.pastEventId)
                .doesNotContain(site.hiddenEventId, unpublished.eventId);

        publications.publishEvent(site.meeting.coordinator, site.upcomingEventId, false);
        try {
            assertThat(ids(json("/open-data/events.json").get("rows"), "id")).doesNotContain(site.upcomingEventId);
        } finally {
            publications.publishEvent(site.meeting.coordinator, site.upcomingEventId, true);
        }
    }

    @Test
    void noFileHoldsPersonalData() throws Exception {
        for (String dataset : DATASETS) {
            for (String format : List.of("csv", "json")) {
                String body = text("/open-data/" + dataset + "." + format);
                assertThat(body)
                        .as(dataset + "." + format)
                        .doesNotContain(personalData)
                        .doesNotContain("@");
            }
            String sheet = String.join(
                    "\n",
                    xlsx("/open-data/" + dataset + ".xlsx").stream()
                            .map(row -> String.join(",", row))
                            .toList());
            assertThat(sheet).as(dataset + ".xlsx").doesNotContain(personalData).doesNotContain("@");
        }
    }

    @Test
    void attendanceIsCountedPerCountryWithSmallGroupsHidden() throws Exception {
        List<JsonNode> rows = new ArrayList<>();
        json("/open-data/participation.json").get("rows").forEach(row -> {
            if (row.get("eventId").asLong() == site.pastEventId) {
                rows.add(row);
            }
        });
        assertThat(rows).hasSize(2);
        assertThat(rows.get(0).get("country").asString()).isEqualTo("LT");
        assertThat(rows.get(0).get("attended").isNull()).isTrue();
        assertThat(rows.get(0).get("withheld").asBoolean()).isTrue();
        assertThat(rows.get(0).get("invited").asBoolean()).isTrue();
        assertThat(rows.get(1).get("country").asString()).isEqualTo("LV");
        // Only one country is small: the next smallest is withheld too, as the information page does,
        // so that the small one cannot be worked out from that page's exact total.
        assertThat(rows.get(1).get("attended").isNull()).isTrue();
        assertThat(rows.get(1).get("withheld").asBoolean()).isTrue();
        assertThat(rows.get(1).get("invited").asBoolean()).isFalse();
    }

    @Test
    void csvXlsxAndJsonHoldTheSameRows() throws Exception {
        for (OpenDataColumns.Dataset<?> dataset : OpenDataColumns.ALL) {
            String name = dataset.name();
            List<List<String>> csv = csv("/open-data/" + name + ".csv");
            List<List<String>> xlsx = xlsx("/open-data/" + name + ".xlsx");
            JsonNode rows = json("/open-data/" + name + ".json").get("rows");
            List<String> header =
                    dataset.columns().stream().map(OpenDataColumns.Column::name).toList();
            assertThat(csv.get(0)).isEqualTo(header);
            assertThat(xlsx.get(0)).isEqualTo(header);
            assertThat(csv).as(name).hasSize(rows.size() + 1);
            assertThat(xlsx).as(name).hasSize(rows.size() + 1);
            assertThat(rows.size()).as(name).isPositive();
            for (int row = 0; row < rows.size(); row++) {
                for (int column = 0; column < header.size(); column++) {
                    OpenDataColumns.Column<?> described = dataset.columns().get(column);
                    JsonNode value = rows.get(row).get(described.field());
                    String fromJson = value == null || value.isNull() ? "" : value.asString();
                    String fromCsv = csv.get(row + 1).get(column);
                    String fromXlsx = column < xlsx.get(row + 1).size()
                            ? xlsx.get(row + 1).get(column)
                            : "";
                    String where = name + " row " + row + " column " + described.name();
                    assertSame(where + " (CSV)", fromJson, fromCsv);
                    assertSame(where + " (XLSX)", fromJson, fromXlsx);
                }
            }
        }
    }

    @Test
    void everyFileStatesTheLicenceAndIsPublicAndCacheable() throws Exception {
        MvcResult csv = mvc.perform(get("/open-data/projects.csv"))
                .andExpect(status().isOk())
                .andExpect(header().string("Content-Type", "text/csv;charset=UTF-8"))
                .andExpect(header().string("Link", "<https://creativecommons.org/licenses/by/4.0/>; rel=\"license\""))
                .andExpect(header().string("Cache-Control", "max-age=3600, public"))
                .andReturn();
        assertThat(csv.getResponse().getCookies()).isEmpty();
        assertThat(csv.getResponse().getContentAsString(StandardCharsets.UTF_8))
                .startsWith("# Licence: CC-BY-4.0 (https://creativecommons.org/licenses/by/4.0/)");
        JsonNode projectsJson = json("/open-data/projects.json");
        assertThat(projectsJson.get("licence").asString()).isEqualTo("CC-BY-4.0");
        assertThat(projectsJson.get("dataset").asString()).isEqualTo("projects");
        byte[] workbook = mvc.perform(get("/open-data/events.xlsx"))
                .andExpect(status().isOk())
                .andReturn()
                .getResponse()
                .getContentAsByteArray();
        try (XSSFWorkbook book = new XSSFWorkbook(new ByteArrayInputStream(workbook))) {
            assertThat(book.getNumberOfSheets()).isEqualTo(2);
            assertThat(book.getSheetAt(1).getRow(0).getCell(0).getStringCellValue())
                    .contains("CC-BY-4.0");
        }
        mvc.perform(get("/open-data/projects.pdf")).andExpect(status().isNotFound());
        String page = text("/open-data");
        assertThat(page).contains("CC-BY-4.0", "withheld", "eu_grant_eur", "/open-data/projects.csv");
        assertThat(text("/v3/api-docs"))
                .contains("/open-data/projects.{format}", "/open-data/organisations/{id}/participation.{format}");
    }

    @Test
    void eachOrganisationHasItsOwnFiles() throws Exception {
        long lead = site.leadOrganisationId;
        assertThat(ids(
                        json("/open-data/organisations/" + lead + "/projects.json")
                                .get("rows"),
                        "id"))
                .containsExactly(site.projectId);
        assertThat(ids(json("/open-data/organisations/" + lead + "/events.json").get("rows"), "id"))
                .containsExactlyInAnyOrder(site.pastEventId, site.upcomingEventId);
        assertThat(ids(
                        json("/open-data/organisations/" + lead + "/participation.json")
                                .get("rows"),
                        "eventId"))
                .containsOnly(site.pastEventId);
        assertThat(text("/open-data/organisations/" + lead + "/partners.csv"))
                .contains("Kauno savivaldybė", "LT", "PARTNER", "LEAD");
        long unpublishedLead = projects.find(unpublished.coordinator, unpublished.projectId)
                .orElseThrow()
                .summary()
                .lead()
                .id();
        mvc.perform(get("/open-data/organisations/" + unpublishedLead + "/projects.csv"))
                .andExpect(status().isNotFound());
        mvc.perform(get("/open-data/organisations/999999999/events.json")).andExpect(status().isNotFound());
    }

    private static void assertSame(String where, String expected, String actual) {
        if (expected.equals(actual) || expected.equalsIgnoreCase(actual)) {
            return;
        }
        try {
            assertThat(new BigDecimal(actual)).as(where).isEqualByComparingTo(new BigDecimal(expected));
        } catch (NumberFormatException e) {
            assertThat(actual).as(where).isEqualTo(expected);
        }
    }

    private List<Long> ids(JsonNode rows, String field) {
        List<Long> ids = new ArrayList<>();
        rows.forEach(row -> ids.add(row.get(field).asLong()));
        return ids;
    }

    private String text(String path) throws Exception {
        return mvc.perform(get(path))
                .andExpect(status().isOk())
                .andReturn()
                .getResponse()
                .getContentAsString(StandardCharsets.UTF_8);
    }

    private JsonNode json(String path) throws Exception {
        return json.readTree(text(path));
    }

    private List<List<String>> csv(String path) throws Exception {
        List<List<String>> rows = new ArrayList<>();
        for (CSVRecord record :
                CSVFormat.RFC4180.builder().setCommentMarker('#').get().parse(new StringReader(text(path)))) {
            rows.add(record.toList());
        }
        return rows;
    }

    private List<List<String>> xlsx(String path) throws Exception {
        byte[] bytes = mvc.perform(get(path))
                .andExpect(status().isOk())
                .andReturn()
                .getResponse()
                .getContentAsByteArray();
        List<List<String>> rows = new ArrayList<>();
        DataFormatter formatter = new DataFormatter(java.util.Locale.ROOT);
        try (XSSFWorkbook book = new XSSFWorkbook(new ByteArrayInputStream(bytes))) {
            Sheet sheet = book.getSheetAt(0);
            for (Row row : sheet) {
                List<String> cells = new ArrayList<>();
                for (int column = 0; column < row.getLastCellNum(); column++) {
                    cells.add(row.getCell(column) == null ? "" : formatter.formatCellValue(row.getCell(column)));
                }
                rows.add(cells);
            }
        } catch (IOException e) {
            throw new AssertionError(e);
        }
        return rows;
    }
}
