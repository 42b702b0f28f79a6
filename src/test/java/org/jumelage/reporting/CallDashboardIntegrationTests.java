package org.jumelage.reporting;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import jakarta.servlet.http.Cookie;
import java.math.BigDecimal;
import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.jumelage.account.AccountManagement;
import org.jumelage.account.Role;
import org.jumelage.account.SignedInUser;
import org.jumelage.network.OrganisationManagement;
import org.jumelage.network.OrganisationSummary;
import org.jumelage.project.ProjectDraft;
import org.jumelage.project.ProjectManagement;
import org.jumelage.project.ProjectStatus;
import org.jumelage.shared.LocalizedText;
import org.jumelage.support.JumelageIntegrationTest;
import org.jumelage.support.RegistryFixtures;
import org.jumelage.support.SignIn;
import org.jumelage.support.TestUsers;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.test.web.servlet.MockMvc;

/**
 * The calls dashboard: the published results of the TT call of 1 March 2018 (382 submitted, 137
 * funded; from Latvia 3 and 3) with their success rates, this instance's own applications to a call
 * counted from the projects' statuses, the CSV/XLSX downloads, and only for signed-in users.
 */
@JumelageIntegrationTest
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class CallDashboardIntegrationTests {

    /** A call no other test's project names, so this class's counts are its own. */
    static final String CALL = "E4C-2014-NT-2017-03-01";

    @Autowired
    MockMvc mvc;

    @Autowired
    OrganisationManagement organisations;

    @Autowired
    AccountManagement accounts;

    @Autowired
    ProjectManagement projects;

    @Autowired
    CallDashboard dashboard;

    String coordinatorEmail;

    @BeforeAll
    void projectsNamingTheCall() {
        RegistryFixtures fixtures = new RegistryFixtures(organisations, accounts);
        OrganisationSummary lead = fixtures.municipality(RegistryFixtures.POZNAN, "PL", "Calls dashboard town");
        coordinatorEmail = fixtures.member(lead, Role.COORDINATOR);
        SignedInUser coordinator = accounts.signedInUser(
                        accounts.findUserByEmail(coordinatorEmail).orElseThrow().id())
                .orElseThrow();
        for (ProjectStatus status : new ProjectStatus[] {
            ProjectStatus.SELECTED,
            ProjectStatus.CLOSED,
            ProjectStatus.REJECTED,
            ProjectStatus.SUBMITTED,
            ProjectStatus.IN_PREPARATION
        }) {
            projects.create(
                    coordinator,
                    ProjectDraft.builder()
                            .acronym("NT" + status.ordinal())
                            .titles(LocalizedText.of(null, "Network " + status))
                            .measure("E4C-2014-NT")
                            .callCode(CALL)
                            .status(status)
                            .startDate(LocalDate.of(2017, 9, 1))
                            .endDate(LocalDate.of(2019, 2, 28))
                            .leadOrganisationId(lead.id())
                            .build());
        }
    }

    @Test
    void thePublishedResultsOfTheTownTwinningCallOfMarch2018() {
        CallOverview call = dashboard.calls().stream()
                .filter(overview -> overview.code().equals("E4C-2014-TT-2018-03-01"))
                .findFirst()
                .orElseThrow();
        assertThat(call.submitted()).isEqualTo(382);
        assertThat(call.funded()).isEqualTo(137);
        assertThat(call.successRate()).isEqualByComparingTo("35.9");
        assertThat(call.countries())
                .containsExactly(new CallOverview.CountryResult("LV", 3, 3, new BigDecimal("100.0")));
    }

    @Test
    void theInstancesOwnApplicationsAreCountedFromTheProjectsStatuses() {
        CallOverview call = dashboard.calls().stream()
                .filter(overview -> overview.code().equals(CALL))
                .findFirst()
                .orElseThrow();
        assertThat(call.submitted()).isEqualTo(143);
        assertThat(call.funded()).isEqualTo(17);
        assertThat(call.instance())
                .isEqualTo(new CallOverview.InstanceApplications(4, 2, 1, 1, new BigDecimal("66.7")));
    }

    @Test
    void thePageShowsTheFiguresAsChartAndTable() throws Exception {
        Cookie session = SignIn.as(mvc, coordinatorEmail, TestUsers.PASSWORD);
        String page = mvc.perform(get("/dashboards/calls").cookie(session))
                .andExpect(status().isOk())
                .andReturn()
                .getResponse()
                .getContentAsString(StandardCharsets.UTF_8);
        assertThat(cells(page, "call-E4C-2014-TT-2018-03-01"))
                .startsWith("E4C-2014-TT-2018-03-01 1 Mar 2018 | all countries | 382 | 137 | 35.9 %");
        assertThat(cells(page, "call-E4C-2014-TT-2018-03-01-LV")).contains("Latvia | 3 | 3 | 100 %");
        assertThat(cells(page, "call-" + CALL)).contains("143 | 17 | 11.9 % | 4 | 2 | 66.7 %");
        assertThat(page).contains("<svg", "aria-hidden=\"true\"", "/dashboards/calls.csv", "/dashboards/calls.xlsx");

        String latvian = mvc.perform(get("/dashboards/calls").cookie(session).header("Accept-Language", "lv"))
                .andReturn()
                .getResponse()
                .getContentAsString(StandardCharsets.UTF_8);
        assertThat(latvian).contains("Uzaicinājumi un programmas");
    }

    @Test
    void theTableDownloadsAsCsvAndXlsx() throws Exception {
        Cookie session = SignIn.as(mvc, coordinatorEmail, TestUsers.PASSWORD);
        String csv = mvc.perform(get("/dashboards/calls.csv").cookie(session))
                .andExpect(status().isOk())
                .andReturn()
                .getResponse()
                .getContentAsString(StandardCharsets.UTF_8);
        assertThat(csv)
                .startsWith("call,measure,deadline,country,submitted,funded,success_rate_percent,instance_applied,")
                .contains("E4C-2014-TT-2018-03-01,E4C-2014-TT,2018-03-01,,382,137,35.9,")
                .contains("E4C-2014-TT-2018-03-01,E4C-2014-TT,2018-03-01,LV,3,3,100.0,,,,,,");
        byte[] xlsx = mvc.perform(get("/dashboards/calls.xlsx").cookie(session))
                .andExpect(status().isOk())
                .andReturn()
                .getResponse()
                .getContentAsByteArray();
        assertThat(xlsx).startsWith('P', 'K');
        mvc.perform(get("/dashboards/calls.pdf").cookie(session)).andExpect(status().isNotFound());
    }

    @Test
    void anonymousReadersAreSentToSignIn() throws Exception {
        mvc.perform(get("/dashboards/calls")).andExpect(status().is3xxRedirection());
    }

    /** The texts of the row's cells, joined with " | ", whitespace collapsed. */
    static String cells(String page, String rowId) {
        Matcher row = Pattern.compile("<tr id=\"" + Pattern.quote(rowId) + "\">(.*?)</tr>", Pattern.DOTALL)
                .matcher(page);
        assertThat(row.find()).as("row " + rowId).isTrue();
        String[] cells = row.group(1).split("</t[hd]>");
        StringBuilder text = new StringBuilder();
        for (String cell : cells) {
            String plain =
                    cell.replaceAll("<[^>]+>", " ").replaceAll("\\s+", " ").strip();
            if (!text.isEmpty()) {
                text.append(" | ");
            }
            text.append(plain);
        }
        return text.toString();
    }
}
