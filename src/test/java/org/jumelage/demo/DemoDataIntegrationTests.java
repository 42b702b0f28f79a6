package org.jumelage.demo;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.put;
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

    @Autowired
    org.jumelage.account.AccountManagement accounts;

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
    void thePoznanConferenceIsInPolishTime(@Autowired org.springframework.jdbc.core.simple.JdbcClient jdbc) {
        List<String> zones = jdbc.sql("""
                        select distinct e.time_zone from event e join event_host h on h.event_id = e.id
                         where h.position = 0 and h.country = 'PL'""").query(String.class).list();
        assertThat(zones).containsExactly("Europe/Warsaw");
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

    /**
     * Acceptance of issue 6: the demo coordinator publishes TTChan and has its news written from the
     * data. The Latvian text names Daugavpils City Council as lead partner, the partner countries in
     * the genitive with "un", 8–12 November 2018 in Daugavpils and the funding statement; the English
     * one says the same.
     */
    @Test
    void publishingTtchanAndWritingItsDraftGivesTheNewsOfDocument001() throws Exception {
        long coordinator = accounts.findUserByEmail(DemoData.COORDINATOR_EMAIL)
                .orElseThrow()
                .id();
        String token =
                "Bearer " + accounts.createApiToken(coordinator, "acceptance").secret();
        String projects = mvc.perform(get("/api/v1/projects").header("Authorization", token))
                .andExpect(status().isOk())
                .andReturn()
                .getResponse()
                .getContentAsString();
        List<Integer> ids = com.jayway.jsonpath.JsonPath.read(projects, "$.items[?(@.acronym == 'TTChan')].id");
        assertThat(ids).hasSize(1);
        long ttchan = ids.get(0);

        mvc.perform(put("/api/v1/projects/" + ttchan + "/publication")
                        .header("Authorization", token)
                        .contentType(org.springframework.http.MediaType.APPLICATION_JSON)
                        .content("{\"published\":true}"))
                .andExpect(status().isOk())
                .andExpect(jsonPath("$.published").value(true));

        String lv = draft(token, ttchan, "lv");
        String lvTitle = com.jayway.jsonpath.JsonPath.read(lv, "$.title");
        String lvBody = com.jayway.jsonpath.JsonPath.read(lv, "$.body");
        assertThat(lvTitle).isEqualTo("Daugavpils pilsētas dome uzsāk projekta TTChan īstenošanu");
        assertThat(lvBody)
                .contains("Daugavpils pilsētas dome, kā vadošais partneris, kopā ar projekta partneriem no Lietuvas,"
                        + " Polijas, Vācijas, Zviedrijas, Serbijas un Latvijas īsteno projektu TTChan")
                .contains("„Pašvaldību sadraudzība” ietvaros.")
                .contains("Projektā ir iesaistīti 6 partneri no 6 valstīm.")
                .contains("Projektā piedalās arī viesi no Itālijas.")
                .contains("Projekta mērķis ir stiprināt pilsētu sadraudzību")
                .contains("2018\\. gada 8.–12. novembrī")
                .contains("„Starptautiskā tikšanās Daugavpilī”")
                .contains("Norises vieta: Daugavpils (Latvija).")
                .contains("Īstenošanas termiņš: 08.11.2018.–12.11.2018.")
                .endsWith("**Ar Eiropas Savienības programmas „Eiropa pilsoņiem” atbalstu**")
                .doesNotContainIgnoringCase("null");

        String en = draft(token, ttchan, "en");
        assertThat(com.jayway.jsonpath.JsonPath.<String>read(en, "$.title"))
                .isEqualTo("Daugavpils City Council starts the TTChan project");
        assertThat(com.jayway.jsonpath.JsonPath.<String>read(en, "$.body"))
                .contains("Daugavpils City Council, as lead partner, together with partners from Lithuania, Poland,"
                        + " Germany, Sweden, Serbia and Latvia, is carrying out the TTChan project")
                .contains("measure 2.1 Town Twinning")
                .contains("The project involves 6 partners from 6 countries.")
                .contains("Guests from Italy also take part in the project.")
                .contains("8–12 November 2018")
                .contains("“International meeting in Daugavpils”")
                .contains("Location: Daugavpils (Latvia).")
                .contains("Implementation period: 8–12 November 2018.")
                .endsWith("**With the support of the Europe for Citizens Programme of the European Union**")
                .doesNotContainIgnoringCase("null");
    }

    /**
     * Issue 13: the demo publishes TTChan, its meeting and the news of document 001 as the draft
     * writer writes it, so a visitor of the public site sees the whole chain without signing in.
     */
    @Test
    void aVisitorSeesTtchanItsMeetingAndItsNewsOnThePublicSite() throws Exception {
        org.jsoup.nodes.Document home = publicPage("/en");
        org.jsoup.nodes.Element projectLink = home.select("a[href^=/en/projects/]").stream()
                .filter(link -> link.text().contains("TTChan"))
                .findFirst()
                .orElseThrow(() -> new AssertionError("no TTChan on the public home page: " + home.text()));

        org.jsoup.nodes.Document project = publicPage(projectLink.attr("href"));
        assertThat(project.text()).contains("TTChan", "With the support of the Europe for Citizens Programme");
        org.jsoup.nodes.Element meetingLink = project.selectFirst("a[href^=/en/events/]");
        assertThat(meetingLink).as("the meeting is published with its project").isNotNull();
        assertThat(publicPage(meetingLink.attr("href")).text()).contains("International meeting in Daugavpils");

        org.jsoup.nodes.Document newsList = publicPage("/en/news");
        org.jsoup.nodes.Element articleLink = newsList.select("a[href^=/en/news/]").stream()
                .filter(link -> link.text().equals("Daugavpils City Council starts the TTChan project"))
                .findFirst()
                .orElseThrow(() -> new AssertionError("no TTChan article in the news: " + newsList.text()));
        assertThat(publicPage(articleLink.attr("href")).text())
                .contains("Daugavpils City Council, as lead partner, together with partners from Lithuania")
                .contains("With the support of the Europe for Citizens Programme of the European Union");

        String lvArticle = publicPage(articleLink.attr("href").replaceFirst("^/en/", "/lv/"))
                .text();
        assertThat(lvArticle).contains("Daugavpils pilsētas dome uzsāk projekta TTChan īstenošanu");
        mvc.perform(get("/feeds/news.rss"))
                .andExpect(status().isOk())
                .andExpect(org.springframework.test.web.servlet.result.MockMvcResultMatchers.content()
                        .string(org.hamcrest.Matchers.containsString("TTChan")));
    }

    /**
     * Issue 13: "Cities of change" counts 14 partners from 11 countries and names two; the project
     * page says so beside the 11 partners recorded, in the reader's language.
     */
    @Test
    void citiesOfChangeShowsWhatTheSourceSaysBesideWhatIsRecorded() throws Exception {
        String projects = mvc.perform(get("/api/v1/projects").header("Authorization", ADMIN))
                .andReturn()
                .getResponse()
                .getContentAsString();
        List<Integer> ids =
                com.jayway.jsonpath.JsonPath.read(projects, "$.items[?(@.website == 'http://www.ccnet.poznan.pl')].id");
        var session = SignIn.as(mvc, DemoData.COORDINATOR_EMAIL, DemoData.DEMO_PASSWORD);

        org.jsoup.nodes.Document en = org.jsoup.Jsoup.parse(
                mvc.perform(get("/projects/" + ids.get(0)).cookie(session).param("lang", "en"))
                        .andExpect(status().isOk())
                        .andReturn()
                        .getResponse()
                        .getContentAsString());
        assertThat(en.getElementById("partners").text()).isEqualTo("Partners: 11 from 11 countries");
        assertThat(en.getElementById("stated-partners").text())
                .isEqualTo("Partners according to the source: 14; countries: 11. Recorded here: 11."
                        + " Not named in the source, so not recorded: 3.");

        org.jsoup.nodes.Document lv = org.jsoup.Jsoup.parse(
                mvc.perform(get("/projects/" + ids.get(0)).cookie(session).param("lang", "lv"))
                        .andReturn()
                        .getResponse()
                        .getContentAsString());
        assertThat(lv.getElementById("stated-partners").text())
                .isEqualTo("Partneru skaits pēc avota: 14; valstu skaits: 11. Šeit ierakstīti: 11."
                        + " Avotā nav nosaukti, tāpēc nav ierakstīti: 3.");
    }

    /** The demo's desks open for each demo user and the administrator, with the demo's news among the activity. */
    @Test
    void theDemoUsersDesksOpen() throws Exception {
        var coordinator = SignIn.as(mvc, DemoData.COORDINATOR_EMAIL, DemoData.DEMO_PASSWORD);
        org.jsoup.nodes.Document desk =
                org.jsoup.Jsoup.parse(mvc.perform(get("/").cookie(coordinator).param("lang", "en"))
                        .andExpect(status().isOk())
                        .andReturn()
                        .getResponse()
                        .getContentAsString());
        assertThat(desk.getElementById("desk-activity").text())
                .contains("Daugavpils City Council starts the TTChan project");
        // The documents' events are history: nothing lies ahead, and the desk says so.
        assertThat(desk.getElementById("desk-upcoming").text()).contains("No event of your projects lies ahead.");

        var partner = SignIn.as(mvc, DemoData.PARTNER_EMAIL, DemoData.DEMO_PASSWORD);
        mvc.perform(get("/").cookie(partner)).andExpect(status().isOk());
        org.jsoup.nodes.Document admin = org.jsoup.Jsoup.parse(
                mvc.perform(get("/").cookie(SignIn.asAdmin(mvc)).param("lang", "en"))
                        .andExpect(status().isOk())
                        .andReturn()
                        .getResponse()
                        .getContentAsString());
        assertThat(admin.getElementById("desk-admin")).isNotNull();
    }

    private org.jsoup.nodes.Document publicPage(String path) throws Exception {
        return org.jsoup.Jsoup.parse(mvc.perform(get(path))
                .andExpect(status().isOk())
                .andReturn()
                .getResponse()
                .getContentAsString(java.nio.charset.StandardCharsets.UTF_8));
    }

    private String draft(String token, long project, String language) throws Exception {
        return mvc.perform(post("/api/v1/projects/" + project + "/news-drafts")
                        .header("Authorization", token)
                        .contentType(org.springframework.http.MediaType.APPLICATION_JSON)
                        .content("{\"language\":\"" + language + "\"}"))
                .andExpect(status().isOk())
                .andReturn()
                .getResponse()
                .getContentAsString(java.nio.charset.StandardCharsets.UTF_8);
    }
}
