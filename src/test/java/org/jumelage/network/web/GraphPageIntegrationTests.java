package org.jumelage.network.web;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.redirectedUrl;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import jakarta.servlet.http.Cookie;
import java.time.LocalDate;
import org.jsoup.Jsoup;
import org.jsoup.nodes.Document;
import org.jumelage.account.AccountManagement;
import org.jumelage.account.Role;
import org.jumelage.network.OrganisationManagement;
import org.jumelage.network.OrganisationSummary;
import org.jumelage.project.ProjectManagement;
import org.jumelage.shared.LocalizedText;
import org.jumelage.support.JumelageIntegrationTest;
import org.jumelage.support.ProjectDrafts;
import org.jumelage.support.RegistryFixtures;
import org.jumelage.support.SignIn;
import org.jumelage.support.TestUsers;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.test.web.servlet.MockMvc;

/** The cooperation graph page: what it shows without JavaScript, its links, who may open it. */
@JumelageIntegrationTest
class GraphPageIntegrationTests {

    @Autowired
    MockMvc mvc;

    @Autowired
    AccountManagement accounts;

    @Autowired
    OrganisationManagement organisations;

    @Autowired
    ProjectManagement projects;

    Cookie admin;

    @BeforeEach
    void signIn() throws Exception {
        admin = SignIn.asAdmin(mvc);
    }

    Document page(String uri, Cookie who) throws Exception {
        return Jsoup.parse(mvc.perform(get(uri).cookie(who))
                .andExpect(status().isOk())
                .andReturn()
                .getResponse()
                .getContentAsString());
    }

    @Test
    void theWholeInstanceShowsItsFiguresBesideTheReferenceAndDrawsLatvia() throws Exception {
        Document html = page("/network/graph", admin);

        assertThat(html.select("h1").text()).isEqualTo("Cooperation graph of the whole instance");
        assertThat(html.select("#graph-canvas")).hasSize(1);
        assertThat(html.select("script[src]").eachAttr("src"))
                .anyMatch(src -> src.contains("/webjars/cytoscape/"))
                .anyMatch(src -> src.endsWith("/js/graph.js"));
        assertThat(html.select("script:not([src])")).isEmpty();
        assertThat(html.select("[style]")).isEmpty();
        assertThat(html.select("input[type=range]#graph-from, input[type=range]#graph-to"))
                .hasSize(2);
        assertThat(html.select("#graph-country option[selected]").val()).isEqualTo("LV");
        assertThat(html.select("#graph-drawn").text()).contains("Latvia");
        int towns = Integer.parseInt(html.select("[data-figure=towns]").text().replace(",", ""));
        assertThat(towns).isGreaterThan(14_000);
        assertThat(html.select("#graph-reference").text()).contains("14,274", "20,573", "2.88", "10,320");
        assertThat(html.select("#graph-top li")).hasSize(10);
        assertThat(html.select("#graph-edges tbody tr").size()).isGreaterThan(400);
        assertThat(html.select("#graph-edges tbody").text()).contains("Daugavpils", "Twin link");
        assertThat(html.select("#graph-app").attr("data-api")).isEqualTo("/api/v1/network/graph");
    }

    @Test
    void anotherCountryIsDrawnWhenChosenAndTheTextIsInLatvian() throws Exception {
        Document html = Jsoup.parse(
                mvc.perform(get("/network/graph?country=EE").cookie(admin).header("Accept-Language", "lv"))
                        .andExpect(status().isOk())
                        .andReturn()
                        .getResponse()
                        .getContentAsString());

        assertThat(html.select("#graph-country option[selected]").val()).isEqualTo("EE");
        assertThat(html.select("h1").text()).isEqualTo("Visas instances sadarbības grafs");
        assertThat(html.select("#graph-edges tbody").text()).contains("Tartu");
    }

    @Test
    void theOrganisationAndProjectPagesLinkToTheirGraphs() throws Exception {
        RegistryFixtures registry = new RegistryFixtures(organisations, accounts);
        OrganisationSummary daugavpils =
                registry.municipality(RegistryFixtures.DAUGAVPILS, "LV", "Graph page Daugavpils");
        OrganisationSummary kaunas = registry.municipality(RegistryFixtures.KAUNAS, "LT", "Graph page Kaunas");
        var coordinator = accounts.signedInUser(accounts.findUserByEmail(registry.member(daugavpils, Role.COORDINATOR))
                        .orElseThrow()
                        .id())
                .orElseThrow();
        long projectId = projects.create(
                        coordinator,
                        ProjectDrafts.townTwinning(
                                "GraphPage",
                                LocalizedText.of("Grafa lapa", "Graph page project"),
                                LocalDate.of(2018, 6, 1),
                                LocalDate.of(2019, 5, 31),
                                daugavpils.id()))
                .id();
        projects.addPartner(coordinator, projectId, kaunas.id(), null, org.jumelage.project.PartnerRole.PARTNER);

        assertThat(page("/organisations/" + daugavpils.id(), admin)
                        .select("#organisation-graph")
                        .attr("href"))
                .isEqualTo("/network/graph?organisation=" + daugavpils.id());
        assertThat(page("/projects/" + projectId, admin)
                        .select("#project-graph")
                        .attr("href"))
                .isEqualTo("/network/graph?project=" + projectId);
        assertThat(page("/towns", admin).select("#towns-graph").attr("href")).isEqualTo("/network/graph");

        Document organisation = page("/network/graph?organisation=" + daugavpils.id(), admin);
        assertThat(organisation.select("h1").text())
                .isEqualTo("Network of " + daugavpils.name(java.util.Locale.ENGLISH));
        assertThat(organisation.select("#graph-country")).isEmpty();
        assertThat(organisation.select("#graph-reference")).isEmpty();
        assertThat(organisation.select("#graph-edges tbody").text())
                .contains("Panevėžys", "Harbin", "Graph page project");
        assertThat(organisation.select("#graph-app").attr("data-api"))
                .isEqualTo("/api/v1/network/graph?organisation=" + daugavpils.id());

        Document project = page("/network/graph?project=" + projectId, admin);
        assertThat(project.select("h1").text()).isEqualTo("Partners of Graph page project");
        assertThat(project.select("[data-figure=towns]").text()).isEqualTo("2");
        assertThat(project.select("[data-figure=projectLinks]").text()).isEqualTo("1");

        String outsider = TestUsers.uniqueEmail("graph-outsider");
        accounts.createUser(TestUsers.withRoles(outsider, Role.PARTNER));
        mvc.perform(get("/network/graph?project=" + projectId).cookie(SignIn.as(mvc, outsider, TestUsers.PASSWORD)))
                .andExpect(status().isNotFound());
    }

    @Test
    void badInputIsAClearRefusalNotAnError() throws Exception {
        mvc.perform(get("/network/graph?organisation=abc").cookie(admin)).andExpect(status().isBadRequest());
        mvc.perform(get("/network/graph?organisation=1&project=1").cookie(admin))
                .andExpect(status().isBadRequest());
        mvc.perform(get("/network/graph?organisation=999999999").cookie(admin)).andExpect(status().isNotFound());
    }

    @Test
    void visitorsAreSentToSignIn() throws Exception {
        mvc.perform(get("/network/graph"))
                .andExpect(status().is3xxRedirection())
                .andExpect(redirectedUrl("/sign-in"));
    }
}
