package org.jumelage.network.web;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import jakarta.servlet.http.Cookie;
import java.time.LocalDate;
import java.util.List;
import org.jsoup.Jsoup;
import org.jsoup.nodes.Document;
import org.jsoup.nodes.Element;
import org.jumelage.account.AccountManagement;
import org.jumelage.account.Role;
import org.jumelage.account.SignedInUser;
import org.jumelage.network.OrganisationManagement;
import org.jumelage.network.OrganisationSummary;
import org.jumelage.project.PartnerRole;
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

/**
 * The map pages (GET /network/map): a project's towns, an organisation's network with its town's
 * twins from the shipped links, the table beside the map, and the answers to what cannot be mapped.
 */
@JumelageIntegrationTest
class MapPageIntegrationTests {

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
    OrganisationSummary lodz;
    long projectId;
    Cookie coordinator;

    @BeforeEach
    void aProjectLedFromDaugavpilsWithPartnersInKaunasAndLodz() throws Exception {
        RegistryFixtures registry = new RegistryFixtures(organisations, accounts);
        daugavpils = registry.municipality(RegistryFixtures.DAUGAVPILS, "LV", "Daugavpils map council");
        kaunas = registry.municipality(RegistryFixtures.KAUNAS, "LT", "Kaunas map council");
        lodz = registry.municipality(RegistryFixtures.LODZ, "PL", "Łódź map council");
        String email = registry.member(daugavpils, Role.COORDINATOR);
        SignedInUser user = accounts.signedInUser(
                        accounts.findUserByEmail(email).orElseThrow().id())
                .orElseThrow();
        projectId = projects.create(
                        user,
                        ProjectDrafts.townTwinning(
                                "MapTT",
                                LocalizedText.of("Kartes projekts", "Map project"),
                                LocalDate.of(2019, 5, 1),
                                LocalDate.of(2019, 12, 31),
                                daugavpils.id()))
                .id();
        projects.addPartner(user, projectId, kaunas.id(), null, PartnerRole.PARTNER);
        projects.addPartner(user, projectId, lodz.id(), null, PartnerRole.PARTNER);
        coordinator = SignIn.as(mvc, email, TestUsers.PASSWORD);
    }

    Document page(String query, Cookie who) throws Exception {
        String html = mvc.perform(get("/network/map?" + query + "&lang=en").cookie(who))
                .andExpect(status().isOk())
                .andReturn()
                .getResponse()
                .getContentAsString();
        return Jsoup.parse(html);
    }

    static Element row(Document page, String town) {
        return page.select("#network-map-table tbody tr").stream()
                .filter(row -> row.selectFirst("th").text().equals(town))
                .findFirst()
                .orElseThrow(() -> new AssertionError(town + " is not in the table"));
    }

    @Test
    void aProjectsMapListsTheLeadsAndThePartnersTownsInTheTableBesideTheMap() throws Exception {
        Document page = page("project=" + projectId, coordinator);

        List<Element> rows = page.select("#network-map-table tbody tr");
        assertThat(rows).hasSize(3);
        assertThat(rows.get(0).selectFirst("th").text()).isEqualTo("Daugavpils");
        assertThat(rows.get(0).attr("data-role")).isEqualTo("home");
        assertThat(rows.get(0).text())
                .contains("Latvia", "Lead partner: " + daugavpils.names().en());
        Element kaunasRow = row(page, "Kaunas");
        assertThat(kaunasRow.attr("data-role")).isEqualTo("partner");
        assertThat(Double.parseDouble(kaunasRow.attr("data-lat"))).isBetween(54.8, 55.0);
        assertThat(Double.parseDouble(kaunasRow.attr("data-lon"))).isBetween(23.8, 24.0);
        // Daugavpils–Kaunas is about 190 km as the crow flies.
        assertThat(kaunasRow.select("td").get(2).text()).matches("1[89]\\d km");
        assertThat(kaunasRow.text())
                .contains("Lithuania", "Partner: " + kaunas.names().en());
        assertThat(row(page, "Łódź").text()).contains("Poland", "km");
        assertThat(page.select("#network-map-table caption").text()).contains("Map project");
        assertThat(page.select("h1").text()).isEqualTo("Map of the project's towns");

        Element map = page.selectFirst("#network-map");
        assertThat(map.attr("data-outlines")).isEqualTo("/geo/countries-europe.json");
        assertThat(map.hasAttr("data-tile-url")).as("no tile server by default").isFalse();
        assertThat(page.select("script[src]").eachAttr("src"))
                .contains("/webjars/leaflet/1.9.4/dist/leaflet.js", "/js/map.js");
        assertThat(page.select("script:not([src])")).as("no inline script").isEmpty();
        assertThat(page.select("link[rel=stylesheet]").eachAttr("href"))
                .contains("/webjars/leaflet/1.9.4/dist/leaflet.css");
    }

    @Test
    void anOrganisationsMapShowsItsTownItsTwinsAndThePartnersOfItsProjects() throws Exception {
        Document page = page("organisation=" + daugavpils.id(), coordinator);

        assertThat(page.select("#network-map-table tbody tr")
                        .first()
                        .selectFirst("th")
                        .text())
                .isEqualTo("Daugavpils");
        Element panevezys = row(page, "Panevėžys");
        assertThat(panevezys.attr("data-role")).isEqualTo("twin");
        assertThat(panevezys.text()).contains("Twin town of Daugavpils", "Lithuania", "km");
        assertThat(row(page, "Motala").text()).contains("Sweden");
        // Towns outside the gazetteer are in the table, not on the map.
        Element harbin = row(page, "Harbin");
        assertThat(harbin.hasAttr("data-lat")).isFalse();
        assertThat(harbin.text()).contains("China", "not on the map");
        assertThat(row(page, "Ramla").text()).contains("not on the map");
        assertThat(row(page, "Kaunas").text()).contains("Partner in Map project");
        assertThat(page.select("#network-map-table caption").text())
                .contains(daugavpils.names().en());
    }

    @Test
    void theProjectAndOrganisationPagesLinkToTheirMaps() throws Exception {
        String project = mvc.perform(get("/projects/" + projectId).cookie(coordinator))
                .andReturn()
                .getResponse()
                .getContentAsString();
        assertThat(Jsoup.parse(project).select("#project-map").attr("href"))
                .isEqualTo("/network/map?project=" + projectId);
        String organisation = mvc.perform(get("/organisations/" + kaunas.id()).cookie(coordinator))
                .andReturn()
                .getResponse()
                .getContentAsString();
        assertThat(Jsoup.parse(organisation).select("#organisation-map").attr("href"))
                .isEqualTo("/network/map?organisation=" + kaunas.id());
    }

    @Test
    void aProjectTheViewerMayNotSeeOrThatDoesNotExistIsNotFound() throws Exception {
        RegistryFixtures registry = new RegistryFixtures(organisations, accounts);
        OrganisationSummary stranger = registry.municipality(RegistryFixtures.POZNAN, "PL", "Poznań map council");
        Cookie outsider = SignIn.as(mvc, registry.member(stranger, Role.PARTNER), TestUsers.PASSWORD);

        mvc.perform(get("/network/map?project=" + projectId).cookie(outsider)).andExpect(status().isNotFound());
        mvc.perform(get("/network/map?project=999999999").cookie(coordinator)).andExpect(status().isNotFound());
        mvc.perform(get("/network/map?organisation=999999999").cookie(coordinator))
                .andExpect(status().isNotFound());
        // The outsider sees the organisation's map, without the project they may not see.
        Document page = page("organisation=" + daugavpils.id(), outsider);
        assertThat(page.select("#network-map-table").text()).doesNotContain("Map project", "Kaunas");
    }

    @Test
    void withoutOneValidSubjectThePageSaysWhatIsWrong() throws Exception {
        assertProblem("", "Name a project (project=) or an organisation (organisation=)");
        assertProblem("project=" + projectId + "&organisation=" + daugavpils.id(), "not both");
        assertProblem("project=abc", "The project must be given by its number");
        assertProblem("project=-4", "The project must be given by its number");
        assertProblem("organisation=1e3", "The organisation must be given by its number");
        assertProblem("organisation=99999999999999999999", "The organisation must be given by its number");
    }

    void assertProblem(String query, String message) throws Exception {
        String html = mvc.perform(get("/network/map?" + query + "&lang=en").cookie(coordinator))
                .andExpect(status().isBadRequest())
                .andReturn()
                .getResponse()
                .getContentAsString();
        assertThat(Jsoup.parse(html).select("#map-problem").text()).as(query).contains(message);
    }

    @Test
    void latvianReadersGetLatvianTexts() throws Exception {
        String html = mvc.perform(
                        get("/network/map?project=" + projectId + "&lang=lv").cookie(coordinator))
                .andExpect(status().isOk())
                .andReturn()
                .getResponse()
                .getContentAsString();
        Document page = Jsoup.parse(html);
        assertThat(page.select("h1").text()).isEqualTo("Projekta pilsētu karte");
        assertThat(row(page, "Kaunas").text()).contains("Lietuva", "km");
    }
}
