package org.jumelage.network;

import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.greaterThan;
import static org.hamcrest.Matchers.hasItem;
import static org.hamcrest.Matchers.hasSize;
import static org.hamcrest.Matchers.lessThanOrEqualTo;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.jsonPath;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import java.time.LocalDate;
import org.jumelage.account.AccountManagement;
import org.jumelage.account.Role;
import org.jumelage.account.SignedInUser;
import org.jumelage.project.PartnerRole;
import org.jumelage.project.ProjectManagement;
import org.jumelage.shared.LocalizedText;
import org.jumelage.support.JumelageIntegrationTest;
import org.jumelage.support.ProjectDrafts;
import org.jumelage.support.RegistryFixtures;
import org.jumelage.support.TestUsers;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.http.MediaType;
import org.springframework.test.web.servlet.MockMvc;

/**
 * {@code GET /api/v1/network/graph} on the shipped twin links and a project of Daugavpils with
 * Kaunas and Poznań (2018–2019): shape, figures, the year filter, bad input, who sees what.
 */
@JumelageIntegrationTest
class GraphApiIntegrationTests {

    static final String ADMIN = "Bearer " + TestUsers.ADMIN_API_TOKEN;

    @Autowired
    MockMvc mvc;

    @Autowired
    OrganisationManagement organisations;

    @Autowired
    AccountManagement accounts;

    @Autowired
    ProjectManagement projects;

    OrganisationSummary daugavpils;
    OrganisationSummary kaunas;
    OrganisationSummary poznan;
    OrganisationSummary lodz;
    long projectId;
    String partnerToken;
    String outsiderToken;

    @BeforeEach
    void aProject() {
        RegistryFixtures registry = new RegistryFixtures(organisations, accounts);
        daugavpils = registry.municipality(RegistryFixtures.DAUGAVPILS, "LV", "Graph Daugavpils");
        kaunas = registry.municipality(RegistryFixtures.KAUNAS, "LT", "Graph Kaunas");
        poznan = registry.municipality(RegistryFixtures.POZNAN, "PL", "Graph Poznań");
        lodz = registry.municipality(RegistryFixtures.LODZ, "PL", "Graph Łódź");
        SignedInUser coordinator = user(registry.member(daugavpils, Role.COORDINATOR));
        projectId = projects.create(
                        coordinator,
                        ProjectDrafts.townTwinning(
                                "GraphTT",
                                LocalizedText.of("Grafa projekts", "Graph project"),
                                LocalDate.of(2018, 6, 1),
                                LocalDate.of(2019, 5, 31),
                                daugavpils.id()))
                .id();
        projects.addPartner(coordinator, projectId, kaunas.id(), null, PartnerRole.PARTNER);
        projects.addPartner(coordinator, projectId, poznan.id(), null, PartnerRole.PARTNER);
        partnerToken = registry.memberToken(kaunas, Role.PARTNER);
        outsiderToken = registry.memberToken(lodz, Role.COORDINATOR);
    }

    SignedInUser user(String email) {
        return accounts.signedInUser(
                        accounts.findUserByEmail(email).orElseThrow().id())
                .orElseThrow();
    }

    @Test
    void aProjectsGraphHasItsPartnersTheirTownsAndThePairsSharingIt() throws Exception {
        mvc.perform(get("/api/v1/network/graph")
                        .param("project", String.valueOf(projectId))
                        .header("Authorization", partnerToken))
                .andExpect(status().isOk())
                .andExpect(content().contentTypeCompatibleWith(MediaType.APPLICATION_JSON))
                .andExpect(jsonPath("$.nodes[?(@.kind == 'town')].id", hasItem("g:" + RegistryFixtures.DAUGAVPILS)))
                .andExpect(jsonPath("$.nodes[?(@.kind == 'organisation')]", hasSize(3)))
                .andExpect(jsonPath(
                        "$.nodes[?(@.id == 'o%d')].town".formatted(kaunas.id()),
                        hasItem("g:" + RegistryFixtures.KAUNAS)))
                .andExpect(jsonPath(
                        "$.nodes[?(@.id == 'o%d')].label".formatted(poznan.id()),
                        hasItem(poznan.name(java.util.Locale.ENGLISH))))
                .andExpect(jsonPath("$.edges[?(@.kind == 'project')]", hasSize(3)))
                .andExpect(jsonPath("$.edges[?(@.kind == 'project')].projectId", hasItem((int) projectId)))
                .andExpect(jsonPath("$.edges[?(@.kind == 'project')].since", hasItem(2018)))
                .andExpect(jsonPath("$.edges[?(@.kind == 'project')].until", hasItem(2019)))
                .andExpect(jsonPath("$.figures.towns").value(3))
                .andExpect(jsonPath("$.figures.links").value(3))
                .andExpect(jsonPath("$.figures.components").value(1))
                .andExpect(jsonPath("$.figures.largestComponent").value(3))
                .andExpect(jsonPath("$.figures.averageDegree").value(2.0))
                .andExpect(jsonPath("$.figures.organisations").value(3))
                .andExpect(jsonPath("$.firstYear").value(2018))
                .andExpect(jsonPath("$.lastYear").value(2019));
    }

    @Test
    void theYearsLeaveOutAProjectOutsideThem() throws Exception {
        mvc.perform(get("/api/v1/network/graph")
                        .param("project", String.valueOf(projectId))
                        .param("from", "2020")
                        .param("to", "2021")
                        .header("Authorization", partnerToken))
                .andExpect(status().isOk())
                .andExpect(jsonPath("$.edges[?(@.kind == 'project')]", hasSize(0)))
                .andExpect(jsonPath("$.figures.projectLinks").value(0))
                .andExpect(jsonPath("$.figures.components").value(3));
    }

    @Test
    void anOrganisationsNetworkHasItsTownsTwinsFromTheShippedLinksAndItsProjects() throws Exception {
        mvc.perform(get("/api/v1/network/graph")
                        .param("organisation", String.valueOf(daugavpils.id()))
                        .header("Authorization", partnerToken))
                .andExpect(status().isOk())
                .andExpect(jsonPath("$.nodes[?(@.kind == 'town')].label", hasItem("Panevėžys")))
                .andExpect(jsonPath("$.nodes[?(@.kind == 'town')].label", hasItem("Harbin")))
                .andExpect(jsonPath("$.nodes[?(@.label == 'Harbin')].townId", hasItem((Object) null)))
                .andExpect(jsonPath("$.edges[?(@.kind == 'twin')].linkId", hasSize(greaterThan(10))))
                .andExpect(jsonPath("$.edges[?(@.kind == 'project')].projectTitle", hasItem("Graph project")))
                .andExpect(jsonPath("$.figures.components").value(1))
                .andExpect(jsonPath("$.figures.topTowns[0].label").value("Daugavpils"));
    }

    @Test
    void anOrganisationsNetworkShowsOnlyTheProjectsTheViewerSees() throws Exception {
        mvc.perform(get("/api/v1/network/graph")
                        .param("organisation", String.valueOf(daugavpils.id()))
                        .header("Authorization", outsiderToken))
                .andExpect(status().isOk())
                .andExpect(jsonPath("$.edges[?(@.kind == 'project')]", hasSize(0)))
                .andExpect(jsonPath("$.figures.projectLinks").value(0));
    }

    @Test
    void theWholeInstanceCountsTheShippedLinksAndNamesNoProject() throws Exception {
        mvc.perform(get("/api/v1/network/graph").param("country", "LV").header("Authorization", outsiderToken))
                .andExpect(status().isOk())
                .andExpect(jsonPath("$.figures.twinLinks", greaterThan(23_000)))
                .andExpect(jsonPath("$.figures.towns", greaterThan(14_000)))
                .andExpect(jsonPath("$.figures.topTowns", hasSize(10)))
                .andExpect(jsonPath("$.edges", hasSize(greaterThan(400))))
                .andExpect(jsonPath("$.edges", hasSize(lessThanOrEqualTo(2_000))))
                .andExpect(jsonPath("$.edges[?(@.kind == 'project')].projectId", hasItem((Object) null)))
                .andExpect(jsonPath("$.edges[?(@.kind == 'project')].projectTitle", hasItem((Object) null)));
    }

    @Test
    void aProjectTheCallerMayNotSeeIsNotFound() throws Exception {
        mvc.perform(get("/api/v1/network/graph")
                        .param("project", String.valueOf(projectId))
                        .header("Authorization", outsiderToken))
                .andExpect(status().isNotFound())
                .andExpect(content().contentTypeCompatibleWith(MediaType.APPLICATION_PROBLEM_JSON))
                .andExpect(jsonPath("$.code").value("network.graph.project-not-found"));
    }

    @Test
    void anonymousCallersAreNotLetIn() throws Exception {
        mvc.perform(get("/api/v1/network/graph")).andExpect(status().isUnauthorized());
    }

    @ParameterizedTest
    @CsvSource(
            delimiter = '|',
            value = {
                "from=2020&to=2010 | from | network.graph.years-reversed | The first year (2020) is after the last one (2010).",
                "from=1200x | from | network.graph.year-not-a-number | “1200x” is not a year.",
                "to=3000 | to | network.graph.year-out-of-range | The year 3000 is out of range: give a year from 800 to 2100.",
                "from=-5 | from | network.graph.year-out-of-range | The year -5 is out of range: give a year from 800 to 2100.",
                "organisation=1&project=1 | project | network.graph.two-scopes | not both",
                "organisation=abc | organisation | network.graph.id-not-a-number | “abc” is not an id.",
                "country=ZZ | country | network.graph.unknown-country | “ZZ” is not a country code",
            })
    void badInputIsRefusedNamingTheParameter(String query, String field, String code, String message) throws Exception {
        mvc.perform(get("/api/v1/network/graph?" + query).header("Authorization", ADMIN))
                .andExpect(status().isUnprocessableContent())
                .andExpect(content().contentTypeCompatibleWith(MediaType.APPLICATION_PROBLEM_JSON))
                .andExpect(jsonPath("$.code").value(code))
                .andExpect(jsonPath("$.errors[0].field").value(field))
                .andExpect(jsonPath("$.detail", containsString(message)));
    }

    @Test
    void anUnknownOrganisationIsNotFoundInTheCallersLanguage() throws Exception {
        mvc.perform(get("/api/v1/network/graph?organisation=999999999")
                        .header("Authorization", ADMIN)
                        .header("Accept-Language", "lv"))
                .andExpect(status().isNotFound())
                .andExpect(jsonPath("$.code").value("network.graph.organisation-not-found"))
                .andExpect(jsonPath("$.detail").value("Organizācijas 999999999 nav."));
    }
}
