package org.jumelage.demo;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.jsonPath;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import java.util.List;
import org.jumelage.support.JumelageIntegrationTest;
import org.jumelage.support.SignIn;
import org.jumelage.support.TestUsers;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.test.context.TestPropertySource;
import org.springframework.test.web.servlet.MockMvc;

/** The demo data as a newcomer meets it: the four projects of the documents, through the API and the pages. */
@JumelageIntegrationTest
@TestPropertySource(properties = "jumelage.demo.enabled=true")
class DemoDataIntegrationTests {

    /**
     * The demo loads only into an empty database. On H2 every test context has its own; on
     * PostgreSQL the contexts share one schema, so this context gets a schema of its own.
     */
    @org.springframework.test.context.DynamicPropertySource
    static void ownDatabase(org.springframework.test.context.DynamicPropertyRegistry registry) {
        org.jumelage.support.TestDatabaseSession.ownSchema("demo")
                .ifPresent(url -> registry.add("spring.datasource.url", () -> url));
    }

    static final String ADMIN = "Bearer " + TestUsers.ADMIN_API_TOKEN;

    @Autowired
    MockMvc mvc;

    @Autowired
    DemoData demo;

    @Test
    void theApiListsTheFourProjectsOfTheDocuments() throws Exception {
        mvc.perform(get("/api/v1/projects").header("Authorization", ADMIN))
                .andExpect(status().isOk())
                .andExpect(jsonPath("$.total").value(4))
                .andExpect(jsonPath("$.items[*].acronym").value(org.hamcrest.Matchers.hasItems("TTChan", "DeCoDe")))
                .andExpect(jsonPath("$.items[?(@.referenceNumber == '558833-CITIZ-1-2014-2-PL-CITIZ-NT')].measure")
                        .value(org.hamcrest.Matchers.contains("E4C-2014-NT")))
                .andExpect(jsonPath("$.items[?(@.acronym == 'TTChan')].countryCount")
                        .value(org.hamcrest.Matchers.contains(6)))
                .andExpect(jsonPath("$.items[?(@.acronym == 'TTChan')].startDate")
                        .value(org.hamcrest.Matchers.contains("2018-11-08")))
                .andExpect(jsonPath("$.items[?(@.acronym == 'DeCoDe')].countryCount")
                        .value(org.hamcrest.Matchers.contains(8)))
                .andExpect(jsonPath("$.items[?(@.website == 'http://www.ccnet.poznan.pl')].totalCost")
                        .value(org.hamcrest.Matchers.contains(99000.0)))
                .andExpect(jsonPath("$.items[?(@.website == 'http://www.ccnet.poznan.pl')].fundingRate")
                        .value(org.hamcrest.Matchers.contains(100.0)))
                .andExpect(jsonPath("$.items[?(@.website == 'http://www.ccnet.poznan.pl')].countryCount")
                        .value(org.hamcrest.Matchers.contains(11)));
    }

    @Test
    void loadingAgainIntoADatabaseThatHoldsDataDoesNothing() throws Exception {
        assertThat(demo.holdsData()).isTrue();
        demo.loadWhenAskedFor();
        mvc.perform(get("/api/v1/projects").header("Authorization", ADMIN))
                .andExpect(jsonPath("$.total").value(4));
    }

    @Test
    void theDemoCoordinatorSignsInAndSeesDaugavpilsProjectsInLatvian() throws Exception {
        var session = SignIn.as(mvc, DemoData.COORDINATOR_EMAIL, DemoData.DEMO_PASSWORD);
        String page = mvc.perform(
                        get("/projects").cookie(session).cookie(new jakarta.servlet.http.Cookie("JUMELAGE_LANG", "lv")))
                .andExpect(status().isOk())
                .andReturn()
                .getResponse()
                .getContentAsString();
        assertThat(page)
                .contains("TTChan", "DeCoDe", "Eiropas reģioni Eiropas pilsonības attīstībai")
                .contains("Pilsētu sadarbība teritorijas attīstības jomā – pārmaiņu pilsētas");
        assertThat(List.of(DemoData.COORDINATOR_EMAIL, DemoData.PARTNER_EMAIL))
                .allMatch(e -> e.endsWith("@example.org"));
    }
}
