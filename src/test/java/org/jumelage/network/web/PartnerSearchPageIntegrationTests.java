package org.jumelage.network.web;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.flash;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.redirectedUrl;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import jakarta.servlet.http.Cookie;
import java.nio.charset.StandardCharsets;
import org.jsoup.Jsoup;
import org.jsoup.nodes.Document;
import org.jumelage.account.AccountManagement;
import org.jumelage.account.Role;
import org.jumelage.account.SignedInUser;
import org.jumelage.network.OrganisationManagement;
import org.jumelage.network.OrganisationSummary;
import org.jumelage.project.ProjectManagement;
import org.jumelage.shared.LocalizedText;
import org.jumelage.support.JumelageIntegrationTest;
import org.jumelage.support.RegistryFixtures;
import org.jumelage.support.SignIn;
import org.jumelage.support.TestUsers;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.test.web.servlet.MockMvc;

/** The "Find partners" page, opened on its own and from a project, and "Add to the project". */
@JumelageIntegrationTest
class PartnerSearchPageIntegrationTests {

    static final long DAUGAVPILS = 460413;
    static final long VISAGINAS = 593063;

    @Autowired
    MockMvc mvc;

    @Autowired
    OrganisationManagement organisations;

    @Autowired
    AccountManagement accounts;

    @Autowired
    ProjectManagement projects;

    Cookie coordinator;
    SignedInUser user;
    long project;

    @BeforeEach
    void setUp() throws Exception {
        RegistryFixtures fixtures = new RegistryFixtures(organisations, accounts);
        OrganisationSummary lead = fixtures.municipality(DAUGAVPILS, "LV", "Daugavpils pilsēta");
        String email = fixtures.member(lead, Role.COORDINATOR);
        coordinator = SignIn.as(mvc, email, TestUsers.PASSWORD);
        user = accounts.signedInUser(
                        accounts.findUserByEmail(email).orElseThrow().id())
                .orElseThrow();
        project = projects.create(
                        user,
                        org.jumelage.support.ProjectDrafts.networkOfTowns(
                                "NET", LocalizedText.of("Tīkls", "Network of towns"), lead.id()))
                .id();
    }

    Document page(String url) throws Exception {
        String html = mvc.perform(
                        get(java.net.URI.create(url)).cookie(coordinator).cookie(new Cookie("JUMELAGE_LANG", "en")))
                .andExpect(status().isOk())
                .andReturn()
                .getResponse()
                .getContentAsString(StandardCharsets.UTF_8);
        return Jsoup.parse(html);
    }

    @Test
    void fromAProjectThePageSaysWhatTheRulesStillNeedAndWhyEachTownIsProposed() throws Exception {
        Document page = page("/partner-search?project=" + project);

        assertThat(page.select("#partner-search-project").text()).contains("Network of towns");
        assertThat(page.select(".alert-info").text()).contains("Latvia's project still needs one more EU member state");
        assertThat(page.select("#partner-table tbody tr")).isNotEmpty();
        assertThat(page.select("#partner-table").text()).contains("Twin of Daugavpils", "Lithuania");
        assertThat(page.select("#partner-table form button").first().text()).isEqualTo("Add to the project");
        assertThat(page.select("#partner-table").text()).doesNotContain("Belarus");
    }

    @Test
    void onItsOwnTheFormSearchesTwoHopsFromATownAndPagesTheResults() throws Exception {
        Document page = page("/partner-search?town=Daugavpils%20%28460413%29&hops=2");

        assertThat(page.select("#partner-table").text()).contains("Two hops: twin of Daugavpils's twin");
        assertThat(page.select("#partner-table form"))
                .as("no project, nothing to add to")
                .isEmpty();
        assertThat(page.select("#partner-total").text()).endsWith("towns found");
        assertThat(page.select("#partner-next").attr("href")).contains("page=1");
        Document second = page(page.select("#partner-next").attr("href"));
        assertThat(second.select("#partner-table tbody tr").first().attr("data-town"))
                .isNotEqualTo(page.select("#partner-table tbody tr").first().attr("data-town"));
    }

    @Test
    void badInputIsShownOnTheFormInTheReadersLanguage() throws Exception {
        String html = mvc.perform(get("/partner-search")
                        .param("town", "Daugavpils (460413)")
                        .param("minKm", "500")
                        .param("maxKm", "100")
                        .cookie(coordinator)
                        .cookie(new Cookie("JUMELAGE_LANG", "lv")))
                .andExpect(status().isUnprocessableContent())
                .andReturn()
                .getResponse()
                .getContentAsString(StandardCharsets.UTF_8);

        assertThat(Jsoup.parse(html).select(".invalid-feedback").text())
                .contains("Apakšējā robeža ir lielāka par augšējo.");
    }

    @Test
    void addToTheProjectCreatesTheTownsMunicipalityAndAddsItAsAPartner() throws Exception {
        assertThat(organisations.inTown(VISAGINAS)).isEmpty();

        mvc.perform(post("/projects/" + project + "/partners/from-town")
                        .param("townId", "" + VISAGINAS)
                        .cookie(coordinator)
                        .with(csrf()))
                .andExpect(redirectedUrl("/partner-search?project=" + project))
                .andExpect(flash().attribute("flashSuccess", "partners.added"));

        OrganisationSummary created = organisations.inTown(VISAGINAS).get(0);
        assertThat(created.names().en()).isEqualTo("Visaginas municipality");
        assertThat(projects.find(user, project).orElseThrow().partners())
                .anyMatch(partner -> Long.valueOf(created.id()).equals(partner.organisationId()));

        mvc.perform(post("/projects/" + project + "/partners/from-town")
                        .param("townId", "" + VISAGINAS)
                        .cookie(coordinator)
                        .with(csrf()))
                .andExpect(flash().attribute("flashError", "error.project.already-partner"));
        assertThat(organisations.inTown(VISAGINAS))
                .as("the second time reuses the organisation")
                .hasSize(1);
    }
}
