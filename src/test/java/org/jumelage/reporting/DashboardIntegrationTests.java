package org.jumelage.reporting;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.authentication;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;

import java.io.ByteArrayInputStream;
import java.io.StringReader;
import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVRecord;
import org.dhatim.fastexcel.reader.Cell;
import org.dhatim.fastexcel.reader.ReadableWorkbook;
import org.dhatim.fastexcel.reader.Row;
import org.jsoup.Jsoup;
import org.jsoup.nodes.Document;
import org.jsoup.nodes.Element;
import org.jumelage.account.AccountManagement;
import org.jumelage.account.Role;
import org.jumelage.account.SignedInUser;
import org.jumelage.event.EventDraft;
import org.jumelage.event.EventManagement;
import org.jumelage.event.EventType;
import org.jumelage.event.HostPlaceInput;
import org.jumelage.network.OrganisationManagement;
import org.jumelage.network.OrganisationSummary;
import org.jumelage.participation.AttendanceSource;
import org.jumelage.project.GrantAwardDraft;
import org.jumelage.project.PartnerRole;
import org.jumelage.project.PartnerSummary;
import org.jumelage.project.ProjectGrants;
import org.jumelage.project.ProjectManagement;
import org.jumelage.shared.LocalizedText;
import org.jumelage.support.JumelageIntegrationTest;
import org.jumelage.support.ParticipantRows;
import org.jumelage.support.ProjectDrafts;
import org.jumelage.support.RegistryFixtures;
import org.jumelage.support.TestUsers;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.mock.web.MockHttpServletResponse;
import org.springframework.security.authentication.UsernamePasswordAuthenticationToken;
import org.springframework.security.core.authority.SimpleGrantedAuthority;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.request.MockHttpServletRequestBuilder;

/**
 * The portfolio dashboard and the administrator's overview: what each person's charts count, that
 * the downloads carry the table's numbers, and who may see what.
 */
@JumelageIntegrationTest
class DashboardIntegrationTests {

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
    JdbcClient jdbc;

    @Autowired
    ProjectGrants grants;

    @Autowired
    org.jumelage.participation.AttendanceManagement attendance;

    @Autowired
    org.jumelage.participation.RegistrationSettingsManagement registrationSettings;

    @Autowired
    org.jumelage.event.EventPermissions eventPermissions;

    @Autowired
    org.jumelage.event.UnrestrictedEventReads unrestrictedEvents;

    @Autowired
    org.jumelage.participation.PublicAttendance publicAttendance;

    @Autowired
    org.jumelage.project.UnrestrictedProjectReads unrestrictedProjects;

    OrganisationSummary daugavpils;
    OrganisationSummary kaunas;
    OrganisationSummary poznan;
    SignedInUser coordinator;
    SignedInUser partner;
    SignedInUser poznanCoordinator;
    SignedInUser administrator;
    long projectId;
    long eventId;
    long poznanProjectId;

    /**
     * Daugavpils leads a 2018 town-twinning project with Kaunas; its November meeting in Daugavpils
     * had Kaunas plan 10 people, 3 Lithuanians registered in Kaunas' delegation (2 came) and 2 local
     * Latvians (1 came). The agreement awarded 20,000.50 euros, reduced since 2 invited participants
     * came where 25 were required. Poznań leads a 2019 project of its own, without events or award.
     */
    @BeforeEach
    void twoPortfolios() {
        RegistryFixtures registry = new RegistryFixtures(organisations, accounts);
        daugavpils = registry.municipality(RegistryFixtures.DAUGAVPILS, "LV", "Dashboard Daugavpils");
        kaunas = registry.municipality(RegistryFixtures.KAUNAS, "LT", "Dashboard Kaunas");
        poznan = registry.municipality(RegistryFixtures.POZNAN, "PL", "Dashboard Poznań");
        coordinator = user(registry.member(daugavpils, Role.COORDINATOR));
        partner = user(registry.member(kaunas, Role.PARTNER));
        poznanCoordinator = user(registry.member(poznan, Role.COORDINATOR));
        administrator = user(TestUsers.ADMIN_EMAIL);

        projectId = projects.create(
                        coordinator,
                        ProjectDrafts.townTwinning(
                                "DashTT",
                                LocalizedText.of("Paneļa projekts", "Dashboard project"),
                                LocalDate.of(2018, 6, 1),
                                LocalDate.of(2019, 5, 31),
                                daugavpils.id()))
                .id();
        projects.addPartner(coordinator, projectId, kaunas.id(), null, PartnerRole.PARTNER);
        PartnerSummary kaunasPartner = projects.partners(coordinator, projectId).stream()
                .filter(p -> Long.valueOf(kaunas.id()).equals(p.organisationId()))
                .findFirst()
                .orElseThrow();
        LocalDate day = LocalDate.of(2018, 11, 8);
        eventId = events.create(
                        coordinator,
                        projectId,
                        new EventDraft(
                                LocalizedText.of("Tikšanās", "Meeting"),
                                EventType.CITIZENS_MEETING,
                                List.of(new HostPlaceInput(RegistryFixtures.DAUGAVPILS, null, null)),
                                null,
                                day,
                                day.plusDays(2),
                                "Europe/Riga",
                                LocalizedText.of(null, null),
                                Map.of(kaunasPartner.id(), 10)))
                .id();
        ParticipantRows rows = new ParticipantRows(jdbc);
        long delegation = rows.delegation(eventId, kaunasPartner.id(), kaunas.id(), "LT");
        rows.present(rows.registration(eventId, delegation, "Rūta", "Paneļaitė", "LT"), day, AttendanceSource.CHECK_IN);
        rows.present(
                rows.registration(eventId, delegation, "Jonas", "Paneļaitis", "LT"), day, AttendanceSource.CHECK_IN);
        rows.registration(eventId, delegation, "Ona", "Paneļienė", "LT");
        rows.present(rows.registration(eventId, null, "Anna", "Bērziņa", "LV"), day, AttendanceSource.PAPER_LIST);
        rows.registration(eventId, null, "Pēteris", "Kalniņš", "LV");
        grants.recordAward(
                coordinator,
                projectId,
                new GrantAwardDraft(
                        new java.math.BigDecimal("20000.50"),
                        "EUR",
                        "2018-1234/001-001",
                        LocalDate.of(2018, 5, 2),
                        null));

        poznanProjectId = projects.create(
                        poznanCoordinator,
                        ProjectDrafts.townTwinning(
                                "DashPL",
                                LocalizedText.of("Poznaņas projekts", "Poznań project"),
                                LocalDate.of(2019, 4, 1),
                                LocalDate.of(2020, 3, 31),
                                poznan.id()))
                .id();
    }

    /**
     * The reads for many projects and events the dashboards and the desk use (issue #17) answer what
     * the one-at-a-time reads answer, and leave out what the viewer may not see.
     */
    @Test
    void bulkReadsAnswerWhatOneAtATimeReadsAnswer() {
        List<Long> both = List.of(projectId, poznanProjectId, -1L);
        for (SignedInUser viewer : List.of(coordinator, partner, poznanCoordinator, administrator)) {
            Map<Long, org.jumelage.project.ProjectRights> rights = projects.rights(viewer, both);
            for (long id : both) {
                assertThat(rights.get(id)).as("rights " + id).isEqualTo(projects.rights(viewer, id));
            }
            List<org.jumelage.event.EventSummary> expected = new ArrayList<>();
            both.forEach(id -> expected.addAll(events.forProject(viewer, id)));
            assertThat(events.forProjects(viewer, both)).isEqualTo(expected);
        }
        List<org.jumelage.event.EventSummary> read = unrestrictedEvents.findAllUnrestricted(List.of(eventId));
        for (SignedInUser viewer : List.of(coordinator, partner, poznanCoordinator, administrator)) {
            assertThat(eventPermissions.rights(viewer, read))
                    .as("the rights on many events are those on each")
                    .containsExactly(Map.entry(eventId, eventPermissions.rights(viewer, eventId)));
        }
        assertThat(publicAttendance.byCountry(read))
                .as("the public counts of many events are those of each")
                .containsExactly(Map.entry(eventId, publicAttendance.byCountry(eventId)));
        assertThat(publicAttendance.byCountry(eventId).present())
                .as("2 of the 3 Lithuanians and 1 of the 2 Latvians came")
                .isEqualTo(3);
        assertThat(unrestrictedProjects.findAllUnrestricted(List.of(poznanProjectId, projectId, -1L)))
                .as("the details of many projects are those of each, in the order asked")
                .containsExactly(
                        Map.entry(
                                poznanProjectId,
                                unrestrictedProjects
                                        .findUnrestricted(poznanProjectId)
                                        .orElseThrow()),
                        Map.entry(
                                projectId,
                                unrestrictedProjects.findUnrestricted(projectId).orElseThrow()));
        assertThat(eventPermissions.rights(partner, read).get(eventId).may(org.jumelage.event.EventAction.VIEW_EVENT))
                .isTrue();
        assertThat(eventPermissions
                        .rights(poznanCoordinator, read)
                        .get(eventId)
                        .may(org.jumelage.event.EventAction.VIEW_EVENT))
                .isFalse();
        assertThat(events.forProjects(coordinator, both))
                .extracting(org.jumelage.event.EventSummary::id)
                .containsExactly(eventId);
        assertThat(events.forProjects(poznanCoordinator, both)).isEmpty();

        for (SignedInUser viewer : List.of(coordinator, partner, administrator)) {
            assertThat(attendance.statistics(viewer, List.of(eventId, -1L)))
                    .containsOnlyKeys(eventId)
                    .containsEntry(eventId, attendance.statistics(viewer, eventId));
            org.jumelage.participation.AttendanceStatistics one = attendance.statistics(viewer, eventId);
            assertThat(attendance.countries(viewer, List.of(eventId, -1L)))
                    .containsOnlyKeys(eventId)
                    .containsEntry(eventId, one.byCountry());
            assertThat(one.byCountry()).hasSizeGreaterThan(1);
            assertThat(registrationSettings.states(viewer, List.of(eventId, -1L)))
                    .containsExactly(Map.entry(eventId, registrationSettings.state(viewer, eventId)));
        }
        assertThat(attendance
                        .statistics(coordinator, List.of(eventId))
                        .get(eventId)
                        .registered())
                .isEqualTo(5);
        assertThat(attendance.statistics(poznanCoordinator, List.of(eventId))).isEmpty();
        assertThat(attendance.countries(poznanCoordinator, List.of(eventId))).isEmpty();

        for (SignedInUser viewer : List.of(coordinator, partner, poznanCoordinator, administrator)) {
            Map<Long, org.jumelage.participation.RegistrationSettings> settings =
                    registrationSettings.settings(viewer, List.of(eventId, -1L));
            if (events.may(viewer, org.jumelage.event.EventAction.READ_REGISTRATION_SETTINGS, eventId)) {
                assertThat(settings)
                        .as("settings for " + viewer.email())
                        .containsExactly(Map.entry(eventId, registrationSettings.settings(viewer, eventId)));
            } else {
                assertThat(settings).as("settings for " + viewer.email()).isEmpty();
            }
        }
        assertThat(registrationSettings.settings(coordinator, List.of(eventId))).containsOnlyKeys(eventId);
        assertThat(registrationSettings.settings(partner, List.of(eventId))).isEmpty();
        assertThat(registrationSettings.states(poznanCoordinator, List.of(eventId)))
                .isEmpty();
    }

    @Test
    void bulkForecastsAwardsAndDetailsAnswerWhatOneAtATimeReadsAnswer() {
        List<Long> both = List.of(projectId, poznanProjectId, -1L);
        for (SignedInUser viewer : List.of(coordinator, partner, poznanCoordinator, administrator)) {
            Map<Long, org.jumelage.project.GrantForecast> forecasts =
                    grants.forecasts(viewer, both, java.util.Locale.ENGLISH);
            Map<Long, org.jumelage.project.GrantAward> awards = grants.awards(viewer, both);
            Map<Long, org.jumelage.project.ProjectDetails> details = projects.find(viewer, both);
            for (long id : both) {
                if (projects.rights(viewer, id).view()) {
                    assertThat(forecasts.get(id))
                            .as("forecast " + id)
                            .isEqualTo(grants.forecast(viewer, id, java.util.Locale.ENGLISH));
                    assertThat(java.util.Optional.ofNullable(awards.get(id)))
                            .as("award " + id)
                            .isEqualTo(grants.award(viewer, id));
                    assertThat(details.get(id))
                            .as("details " + id)
                            .isEqualTo(projects.find(viewer, id).orElseThrow());
                } else {
                    assertThat(forecasts).as("forecast " + id).doesNotContainKey(id);
                    assertThat(awards).as("award " + id).doesNotContainKey(id);
                    assertThat(details).as("details " + id).doesNotContainKey(id);
                }
            }
        }
        // The fixture's figures reach the bulk forecast: 3 registered, 2 attended in Kaunas' delegation.
        org.jumelage.project.GrantForecast forecast = grants.forecasts(
                        coordinator, List.of(projectId), java.util.Locale.ENGLISH)
                .get(projectId);
        assertThat(forecast.columns())
                .extracting(org.jumelage.project.GrantForecast.Column::count)
                .containsExactly(
                        org.jumelage.project.GrantForecast.Count.PLANNED,
                        org.jumelage.project.GrantForecast.Count.REGISTERED,
                        org.jumelage.project.GrantForecast.Count.ATTENDED);
        assertThat(grants.awards(coordinator, List.of(projectId))).containsOnlyKeys(projectId);
        assertThat(grants.forecasts(poznanCoordinator, List.of(projectId), java.util.Locale.ENGLISH))
                .isEmpty();
    }

    SignedInUser user(String email) {
        return accounts.signedInUser(
                        accounts.findUserByEmail(email).orElseThrow().id())
                .orElseThrow();
    }

    static MockHttpServletRequestBuilder as(MockHttpServletRequestBuilder request, SignedInUser user) {
        return request.with(authentication(UsernamePasswordAuthenticationToken.authenticated(
                user,
                null,
                user.roles().stream()
                        .map(role -> new SimpleGrantedAuthority(role.authority()))
                        .toList())));
    }

    Document page(String uri, SignedInUser user) throws Exception {
        MockHttpServletResponse response =
                mvc.perform(as(get(uri), user)).andReturn().getResponse();
        assertThat(response.getStatus()).as(uri).isEqualTo(200);
        return Jsoup.parse(response.getContentAsString(StandardCharsets.UTF_8));
    }

    /** The rows of a chart's CSV file, its totals last, without the headings. */
    List<List<String>> file(String address, String chart, SignedInUser user) throws Exception {
        MockHttpServletResponse response = mvc.perform(as(get(address).param("chart", chart), user))
                .andReturn()
                .getResponse();
        assertThat(response.getStatus()).as(address).isEqualTo(200);
        List<List<String>> rows = new ArrayList<>();
        try (var parser = org.apache.commons.csv.CSVParser.parse(
                response.getContentAsString(StandardCharsets.UTF_8).replace("\uFEFF", ""),
                org.apache.commons.csv.CSVFormat.RFC4180
                        .builder()
                        .setHeader()
                        .setSkipHeaderRecord(true)
                        .get())) {
            parser.forEach(record -> rows.add(record.toList()));
        }
        return rows;
    }

    /**
     * The page's table is the file's first rows (all of them when there are at most 50) and the same
     * totals; when it leaves rows out, it says how many of how many it shows.
     */
    static void assertShowsTheFirstRowsOf(List<List<String>> table, List<List<String>> file) {
        List<List<String>> shown = table.subList(0, table.size() - 1);
        List<List<String>> all = file.subList(0, file.size() - 1);
        assertThat(table.get(table.size() - 1)).as("totals").isEqualTo(file.get(file.size() - 1));
        assertThat(shown).hasSize(Math.min(all.size(), 50)).isEqualTo(all.subList(0, shown.size()));
    }

    /** The rows of a chart's table: label, then the numbers as shown (digits only). */
    static List<List<String>> table(Document page, String chart) {
        Element table = page.getElementById("chart-" + chart + "-table");
        assertThat(table).as(chart + " table").isNotNull();
        List<List<String>> rows = new ArrayList<>();
        for (Element row : table.select("tbody tr, tfoot tr")) {
            List<String> cells = new ArrayList<>();
            cells.add(row.child(0).text());
            row.select("td").forEach(cell -> cells.add(cell.text().replaceAll("[^0-9]", "")));
            rows.add(cells);
        }
        return rows;
    }

    @Test
    void theCoordinatorCountsTheirOrganisationsProjectOnly() throws Exception {
        Document page = page("/dashboards", coordinator);

        assertThat(page.getElementById("dashboard-count").text()).isEqualTo("1 project counted.");
        assertThat(table(page, "projects-by-year")).containsExactly(List.of("2018", "1"), List.of("Total", "1"));
        assertThat(table(page, "partner-countries"))
                .containsExactlyInAnyOrder(List.of("Latvia", "1", "1"), List.of("Lithuania", "1", "1"));
        assertThat(table(page, "events-by-year"))
                .containsExactly(List.of("2018", "1", "5", "3"), List.of("Total", "1", "5", "3"));
        assertThat(table(page, "participants-by-country"))
                .containsExactly(
                        List.of("Lithuania", "3", "2"), List.of("Latvia", "2", "1"), List.of("Total", "5", "3"));
        assertThat(table(page, "invited-participants"))
                .containsExactly(List.of("Dashboard project", "10", "3", "2"), List.of("Total", "10", "3", "2"));
        // whole euros, rounded half up
        assertThat(table(page, "grants"))
                .containsExactly(List.of("Reduced", "1", "20001"), List.of("Total", "1", "20001"));
        // every chart is an image with a title, followed by its table
        assertThat(page.select("figure svg[role=img] > title")).hasSize(8);
        assertThat(page.getElementById("dashboard-filter"))
                .as("only administrators narrow")
                .isNull();
        assertThat(page.getElementById("dashboard-calls").attr("href")).isEqualTo("/dashboards/calls");
        assertThat(page.getElementById("chart-participants-by-country-csv").attr("href"))
                .isEqualTo("/dashboards/data.csv?chart=participants-by-country");
    }

    @Test
    void theDownloadsCarryTheTablesNumbers() throws Exception {
        List<List<String>> shown = table(page("/dashboards", coordinator), "participants-by-country");

        MockHttpServletResponse csv = mvc.perform(
                        as(get("/dashboards/data.csv").param("chart", "participants-by-country"), coordinator))
                .andReturn()
                .getResponse();
        assertThat(csv.getStatus()).isEqualTo(200);
        assertThat(csv.getContentType()).startsWith("text/csv");
        assertThat(csv.getHeader("Content-Disposition")).contains("participants-by-country.csv");
        String text = csv.getContentAsString(StandardCharsets.UTF_8);
        List<CSVRecord> records =
                CSVFormat.RFC4180.parse(new StringReader(text.substring(1))).getRecords();
        assertThat(records.get(0).toList()).containsExactly("Country", "Registered", "Attended");
        assertThat(records.subList(1, records.size()).stream()
                        .map(CSVRecord::toList)
                        .toList())
                .isEqualTo(shown);

        MockHttpServletResponse xlsx = mvc.perform(
                        as(get("/dashboards/data.xlsx").param("chart", "participants-by-country"), coordinator))
                .andReturn()
                .getResponse();
        assertThat(xlsx.getStatus()).isEqualTo(200);
        List<List<String>> sheet = new ArrayList<>();
        try (ReadableWorkbook workbook = new ReadableWorkbook(new ByteArrayInputStream(xlsx.getContentAsByteArray()))) {
            for (Row row : workbook.getFirstSheet().read()) {
                sheet.add(row.stream().map(Cell::getText).toList());
            }
        }
        assertThat(sheet.subList(1, sheet.size())).isEqualTo(shown);
    }

    @Test
    void aPartnerSeesTheProjectsTheirOrganisationTakesPartIn() throws Exception {
        Document page = page("/dashboards", partner);

        assertThat(page.getElementById("dashboard-count").text()).isEqualTo("1 project counted.");
        assertThat(table(page, "participants-by-country")).contains(List.of("Total", "5", "3"));
    }

    @Test
    void anotherOrganisationsCoordinatorSeesNoneOfIt() throws Exception {
        Document page = page("/dashboards?organisation=" + daugavpils.id(), poznanCoordinator);

        // the organisation parameter is the administrators'; everybody else keeps their own portfolio
        assertThat(page.getElementById("dashboard-count").text()).isEqualTo("1 project counted.");
        assertThat(table(page, "projects-by-year")).containsExactly(List.of("2019", "1"), List.of("Total", "1"));
        assertThat(page.getElementById("chart-participants-by-country-table")).isNull();
        MockHttpServletResponse csv = mvc.perform(as(
                        get("/dashboards/data.csv")
                                .param("chart", "partner-countries")
                                .param("organisation", String.valueOf(daugavpils.id())),
                        poznanCoordinator))
                .andReturn()
                .getResponse();
        assertThat(csv.getContentAsString(StandardCharsets.UTF_8))
                .contains("Poland")
                .doesNotContain("Lithuania");
    }

    @Test
    void anAdministratorNarrowsTheDashboardToAnOrganisation() throws Exception {
        Document page = page("/dashboards?organisation=" + kaunas.id(), administrator);

        assertThat(page.getElementById("dashboard-count").text()).isEqualTo("1 project counted.");
        assertThat(page.select("#organisation option[selected]").text())
                .isEqualTo(kaunas.names().in(java.util.Locale.ENGLISH));
        assertThat(table(page, "invited-participants")).contains(List.of("Dashboard project", "10", "3", "2"));
        assertThat(page.getElementById("chart-invited-participants-csv").attr("href"))
                .isEqualTo("/dashboards/data.csv?chart=invited-participants&organisation=" + kaunas.id());
    }

    @Test
    void theOverviewCountsEveryOrganisationForAdministratorsOnly() throws Exception {
        Document page = page("/admin/overview", administrator);

        // The files hold every row; the page the first ones (ChartView.PAGE_ROWS), as many organisations
        // as the whole suite's data has.
        List<List<String>> organisationRows = file("/admin/overview/data.csv", "organisations", administrator);
        assertThat(organisationRows)
                .contains(
                        List.of(daugavpils.names().in(java.util.Locale.ENGLISH), "1", "1", "3", "2"),
                        List.of(kaunas.names().in(java.util.Locale.ENGLISH), "1", "1", "3", "2"),
                        List.of(poznan.names().in(java.util.Locale.ENGLISH), "1", "0", "0", "1"));
        assertShowsTheFirstRowsOf(table(page, "organisations"), organisationRows);
        List<List<String>> grants = file("/admin/overview/data.csv", "organisation-grants", administrator);
        assertThat(grants)
                .contains(
                        List.of(daugavpils.names().in(java.util.Locale.ENGLISH), "20001", "0", "20001"),
                        List.of(kaunas.names().in(java.util.Locale.ENGLISH), "20001", "0", "20001"))
                .noneMatch(row -> row.get(0).equals(poznan.names().in(java.util.Locale.ENGLISH)));
        assertShowsTheFirstRowsOf(table(page, "organisation-grants"), grants);

        MockHttpServletResponse csv = mvc.perform(
                        as(get("/admin/overview/data.csv").param("chart", "organisations"), administrator))
                .andReturn()
                .getResponse();
        assertThat(csv.getContentAsString(StandardCharsets.UTF_8))
                .contains(daugavpils.names().in(java.util.Locale.ENGLISH) + ",1,1,3,2");

        for (SignedInUser other : List.of(coordinator, partner)) {
            assertThat(mvc.perform(as(get("/admin/overview"), other))
                            .andReturn()
                            .getResponse()
                            .getStatus())
                    .isEqualTo(403);
            assertThat(mvc.perform(as(get("/admin/overview/data.xlsx").param("chart", "organisations"), other))
                            .andReturn()
                            .getResponse()
                            .getStatus())
                    .isEqualTo(403);
        }
        assertThat(mvc.perform(get("/dashboards")).andReturn().getResponse().getRedirectedUrl())
                .contains("/sign-in");
    }

    /**
     * A chart with more rows than a page shows (an instance's organisations) is drawn and tabled with
     * its first 50, says so, and its files hold them all.
     */
    @Test
    void aLongChartShowsItsFirstRowsAndItsFilesHoldThemAll() throws Exception {
        RegistryFixtures registry = new RegistryFixtures(organisations, accounts);
        for (int i = 1; i <= 50; i++) {
            OrganisationSummary more =
                    registry.municipality(RegistryFixtures.DAUGAVPILS, "LV", "Dashboard partner " + i);
            projects.addPartner(coordinator, projectId, more.id(), null, PartnerRole.PARTNER);
        }

        Document page = page("/admin/overview", administrator);

        List<List<String>> file = file("/admin/overview/data.csv", "organisations", administrator);
        List<List<String>> table = table(page, "organisations");
        assertThat(file.size() - 1).isGreaterThan(50);
        assertShowsTheFirstRowsOf(table, file);
        assertThat(page.getElementById("chart-organisations-cut").text())
                .isEqualTo(String.format(
                        java.util.Locale.ENGLISH,
                        "The chart and the table show 50 of %,d rows; the CSV and XLSX files hold them all.",
                        file.size() - 1));
        assertThat(page.select("#chart-organisations figure svg rect:not([width=12])"))
                .as("bars of 50 rows, four series each (the legend's swatches left out)")
                .hasSize(50 * 4);
        assertThat(page("/dashboards", coordinator).getElementById("chart-partner-countries-cut"))
                .as("a short chart is shown whole")
                .isNull();
    }

    @Test
    void anUnknownFormatIsBadInputAndAnUnknownChartIsNotFound() throws Exception {
        assertThat(mvc.perform(as(get("/dashboards/data.pdf").param("chart", "projects-by-year"), coordinator))
                        .andReturn()
                        .getResponse()
                        .getStatus())
                .isEqualTo(400);
        assertThat(mvc.perform(as(get("/dashboards/data.csv").param("chart", "no-such-chart"), coordinator))
                        .andReturn()
                        .getResponse()
                        .getStatus())
                .isEqualTo(404);
        assertThat(mvc.perform(as(get("/dashboards/data.csv"), coordinator))
                        .andReturn()
                        .getResponse()
                        .getStatus())
                .isEqualTo(400);
    }

    @Test
    void theDashboardSpeaksLatvian() throws Exception {
        Document page = page("/dashboards?lang=lv", coordinator);

        assertThat(page.getElementById("dashboard-count").text()).isEqualTo("Saskaitīts 1 projekts.");
        assertThat(table(page, "participants-by-country").get(0)).containsExactly("Lietuva", "3", "2");
        assertThat(page.select("#chart-events-by-year-table thead th").eachText())
                .containsExactly("Gads", "Sanāksmes", "Pieteikušies", "Ieradās");
    }
}
