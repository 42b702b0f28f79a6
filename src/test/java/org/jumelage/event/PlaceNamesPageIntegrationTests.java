package org.jumelage.event;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import com.jayway.jsonpath.JsonPath;
import jakarta.servlet.http.Cookie;
import org.jsoup.Jsoup;
import org.jsoup.nodes.Document;
import org.jumelage.account.AccountManagement;
import org.jumelage.account.Role;
import org.jumelage.network.OrganisationManagement;
import org.jumelage.network.OrganisationSummary;
import org.jumelage.support.JumelageIntegrationTest;
import org.jumelage.support.RegistryFixtures;
import org.jumelage.support.SignIn;
import org.jumelage.support.TestUsers;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.http.MediaType;
import org.springframework.test.web.servlet.MockMvc;

/**
 * What people read of places and projects on the staff pages: town names without GeoNames ids,
 * host towns joined with spaces, an acronym shown once, and display labels rather than form labels.
 */
@JumelageIntegrationTest
class PlaceNamesPageIntegrationTests {

    @Autowired
    MockMvc mvc;

    @Autowired
    OrganisationManagement organisations;

    @Autowired
    AccountManagement accounts;

    String bearer;
    Cookie session;
    long projectId;

    @BeforeEach
    void setUp() throws Exception {
        RegistryFixtures fixtures = new RegistryFixtures(organisations, accounts);
        OrganisationSummary lodz = fixtures.municipality(RegistryFixtures.LODZ, "PL", "Łódź Region");
        String email = fixtures.member(lodz, Role.COORDINATOR);
        session = SignIn.as(mvc, email, TestUsers.PASSWORD);
        bearer = fixtures.memberToken(lodz, Role.COORDINATOR);
        String answer = mvc.perform(post("/api/v1/projects")
                        .header("Authorization", bearer)
                        .contentType(MediaType.APPLICATION_JSON)
                        .content("""
                                {"acronym":"TTChan","status":"RUNNING","measure":"E4C-2014-TT","leadOrganisationId":%d,
                                 "themes":["town twinning"]}""".formatted(lodz.id())))
                .andExpect(status().isCreated())
                .andReturn()
                .getResponse()
                .getContentAsString();
        projectId = ((Number) JsonPath.read(answer, "$.id")).longValue();
    }

    Document page(String path) throws Exception {
        return Jsoup.parse(mvc.perform(get(path).cookie(session).param("lang", "lv"))
                .andExpect(status().isOk())
                .andReturn()
                .getResponse()
                .getContentAsString());
    }

    @Test
    void aProjectWithoutATitleShowsItsAcronymOnceAndTheThemesUnderADisplayLabel() throws Exception {
        Document project = page("/projects/" + projectId);
        assertThat(project.select("#project-title").text()).isEqualTo("TTChan");
        assertThat(project.select("#project-acronym")).isEmpty();
        assertThat(project.select("main").text()).doesNotContain("TTChan TTChan");
        assertThat(project.select("dt").eachText()).contains("Tēmas").doesNotContain("Tēmas (atdalītas ar komatiem)");

        Document portfolio = page("/projects");
        assertThat(portfolio.select("a.project-link").text()).isEqualTo("TTChan");
    }

    @Test
    void hostTownsReadAsNamesWithoutIdsJoinedWithSpaces() throws Exception {
        String answer = mvc.perform(post("/api/v1/projects/" + projectId + "/events")
                        .header("Authorization", bearer)
                        .contentType(MediaType.APPLICATION_JSON)
                        .content("""
                                {"titles":{"en":"Conference"},"hostTowns":[3088171,3093133],
                                 "startDate":"2018-11-08","endDate":"2018-11-09"}"""))
                .andExpect(status().isCreated())
                .andReturn()
                .getResponse()
                .getContentAsString();
        long eventId = ((Number) JsonPath.read(answer, "$.id")).longValue();

        Document timeline = page("/projects/" + projectId + "/events");
        assertThat(timeline.select("main li").text()).contains("Poznań, Łódź");

        Document edit = page("/events/" + eventId + "/edit");
        assertThat(edit.select("input[name='hosts[0].text']").val()).isEqualTo("Poznań, Greater Poland (PL)");
        assertThat(edit.select("input[name='hosts[1].text']").val()).isEqualTo("Łódź (PL)");
        assertThat(edit.select("main").outerHtml()).doesNotContain("3088171").doesNotContain("3093133");
    }
}
