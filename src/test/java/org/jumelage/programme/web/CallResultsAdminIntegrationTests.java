package org.jumelage.programme.web;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.multipart;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.redirectedUrl;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import jakarta.servlet.http.Cookie;
import java.nio.charset.StandardCharsets;
import org.jumelage.account.AccountManagement;
import org.jumelage.account.AuditTrail;
import org.jumelage.account.Role;
import org.jumelage.network.OrganisationManagement;
import org.jumelage.programme.CallResults;
import org.jumelage.programme.CallStatistics;
import org.jumelage.programme.CountryStatistics;
import org.jumelage.programme.RecordedCallStatistic;
import org.jumelage.support.JumelageIntegrationTest;
import org.jumelage.support.RegistryFixtures;
import org.jumelage.support.SignIn;
import org.jumelage.support.TestUsers;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.data.domain.PageRequest;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.mock.web.MockMultipartFile;
import org.springframework.test.web.servlet.MockMvc;

/**
 * Administrators record call results on the page and import them from CSV: a good file is saved
 * whole and merged over the shipped figures, a file with bad lines is refused naming each line while
 * nothing changes, and nobody else may do either.
 */
@JumelageIntegrationTest
class CallResultsAdminIntegrationTests {

    static final String CALL = "E4C-2014-NT-2018-09-01";

    @Autowired
    MockMvc mvc;

    @Autowired
    CallResults results;

    @Autowired
    AuditTrail audit;

    @Autowired
    OrganisationManagement organisations;

    @Autowired
    AccountManagement accounts;

    @Autowired
    JdbcClient jdbc;

    Cookie admin;

    @BeforeEach
    void signIn() throws Exception {
        admin = SignIn.asAdmin(mvc);
    }

    @AfterEach
    void forget() {
        jdbc.sql("delete from programme_call_statistic").update();
    }

    @Test
    void aGoodFileIsSavedWholeAndOverridesTheShippedFigures() throws Exception {
        String file = """
                call,country,submitted,funded,source
                E4C-2014-NT-2018-09-01,,150,20,EACEA results list
                e4c-2014-nt-2018-09-01,lv,2,1,
                """;
        mvc.perform(importing(file).cookie(admin)).andExpect(redirectedUrl("/admin/calls"));

        CallStatistics statistics = results.call(CALL).orElseThrow().statistics();
        assertThat(statistics.submitted()).isEqualTo(150);
        assertThat(statistics.funded()).isEqualTo(20);
        assertThat(statistics.perCountry()).containsEntry("LV", new CountryStatistics(2, 1, java.util.List.of()));
        assertThat(statistics.source()).contains("EACEA results list");
        assertThat(results.recorded())
                .extracting(RecordedCallStatistic::country)
                .containsExactly(null, "LV");
        assertThat(audit.entries("programme.call-statistic.imported", PageRequest.of(0, 1))
                        .getContent())
                .singleElement()
                .satisfies(entry -> assertThat(entry.detail()).isEqualTo("2 rows"));
        String page = page(mvc.perform(get("/admin/calls").cookie(admin))
                .andExpect(status().isOk())
                .andReturn());
        assertThat(page).contains("EACEA results list", TestUsers.ADMIN_EMAIL);
    }

    @Test
    void aFileWithBadLinesIsRefusedByLineAndNothingIsSaved() throws Exception {
        String file = """
                call,country,submitted,funded,source
                E4C-2014-NT-2018-09-01,LV,2,1,
                E4C-2014-XX-2018-09-01,,10,1,
                E4C-2014-NT-2018-09-01,LT,3,4,
                E4C-2014-NT-2018-09-01,XX,3,1,
                E4C-2014-NT-2018-09-01,EE,three,1,
                E4C-2014-NT-2018-09-01,lv,2,1,
                E4C-2014-NT-2018-09-01,PL,,,
                E4C-2014-NT-2018-09-01,PL,1
                """;
        String page = page(mvc.perform(importing(file).cookie(admin))
                .andExpect(status().isUnprocessableContent())
                .andReturn());

        assertThat(page)
                .contains("Nothing was imported: 7 problems.")
                .contains("Line 3: There is no call with the code &#39;E4C-2014-XX-2018-09-01&#39; in the catalogue.")
                .contains("Line 4: More applications funded (4) than submitted (3).")
                .contains("Line 5: &#39;XX&#39; is not a country code Jumelage knows.")
                .contains("Line 6: A number of applications must be a whole number, 0 or more, not &#39;three&#39;.")
                .contains("Line 7: The same call and country are already on line 2.")
                .contains("Line 8: Give the submitted or the funded applications, or both.")
                .contains("Line 9: The line must have 5 columns, not 3.");
        assertThat(results.recorded()).isEmpty();
        assertThat(results.call(CALL).orElseThrow().statistics().submitted()).isEqualTo(141);
    }

    @Test
    void aFileWithoutTheHeaderIsRefused() throws Exception {
        String page =
                page(mvc.perform(importing("E4C-2014-NT-2018-09-01,LV,2,1,\n").cookie(admin))
                        .andExpect(status().isUnprocessableContent())
                        .andReturn());
        assertThat(page).contains("Line 1: The first line must be the header call,country,submitted,funded,source.");
        assertThat(results.recorded()).isEmpty();
    }

    @Test
    void theFormRecordsOneRowAndARemovalBringsTheShippedFiguresBack() throws Exception {
        String refused = page(mvc.perform(post("/admin/calls/statistics")
                        .param("callCode", CALL)
                        .param("country", "LT")
                        .param("submitted", "3")
                        .param("funded", "4")
                        .cookie(admin)
                        .with(csrf()))
                .andExpect(status().isUnprocessableContent())
                .andReturn());
        assertThat(refused).contains("More applications funded (4) than submitted (3).");
        assertThat(results.recorded()).isEmpty();

        mvc.perform(post("/admin/calls/statistics")
                        .param("callCode", CALL)
                        .param("country", "lt")
                        .param("submitted", "3")
                        .param("funded", "1")
                        .cookie(admin)
                        .with(csrf()))
                .andExpect(redirectedUrl("/admin/calls"));
        assertThat(results.call(CALL).orElseThrow().statistics().perCountry().get("LT"))
                .isEqualTo(new CountryStatistics(3, 1, java.util.List.of()));
        assertThat(audit.entries("programme.call-statistic.recorded", PageRequest.of(0, 1))
                        .getContent())
                .singleElement()
                .satisfies(entry -> assertThat(entry.target()).isEqualTo("call " + CALL + " LT"));

        mvc.perform(post("/admin/calls/" + CALL + "/statistics/remove")
                        .param("country", "LT")
                        .cookie(admin)
                        .with(csrf()))
                .andExpect(redirectedUrl("/admin/calls"));
        assertThat(results.recorded()).isEmpty();
        assertThat(results.call(CALL).orElseThrow().statistics().perCountry()).doesNotContainKey("LT");
    }

    @Test
    void nobodyButAnAdministratorMayRecordOrImport() throws Exception {
        RegistryFixtures fixtures = new RegistryFixtures(organisations, accounts);
        String coordinator = fixtures.member(
                fixtures.municipality(RegistryFixtures.KAUNAS, "LT", "Call results coordinator town"),
                Role.COORDINATOR);
        Cookie session = SignIn.as(mvc, coordinator, TestUsers.PASSWORD);

        mvc.perform(get("/admin/calls").cookie(session)).andExpect(status().isForbidden());
        mvc.perform(importing("call,country,submitted,funded,source\n" + CALL + ",LV,2,1,\n")
                        .cookie(session))
                .andExpect(status().isForbidden());
        mvc.perform(post("/admin/calls/statistics")
                        .param("callCode", CALL)
                        .param("submitted", "5")
                        .cookie(session)
                        .with(csrf()))
                .andExpect(status().isForbidden());
        assertThat(results.recorded()).isEmpty();
    }

    private static org.springframework.test.web.servlet.request.MockMultipartHttpServletRequestBuilder importing(
            String csv) {
        return (org.springframework.test.web.servlet.request.MockMultipartHttpServletRequestBuilder) multipart(
                        "/admin/calls/statistics/import")
                .file(new MockMultipartFile("file", "calls.csv", "text/csv", csv.getBytes(StandardCharsets.UTF_8)))
                .with(csrf());
    }

    private static String page(org.springframework.test.web.servlet.MvcResult result) throws Exception {
        return result.getResponse().getContentAsString(StandardCharsets.UTF_8);
    }
}
