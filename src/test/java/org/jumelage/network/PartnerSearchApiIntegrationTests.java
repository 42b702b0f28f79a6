package org.jumelage.network;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.jsonPath;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import com.jayway.jsonpath.JsonPath;
import java.util.List;
import org.jumelage.account.AccountManagement;
import org.jumelage.account.Role;
import org.jumelage.account.SignedInUser;
import org.jumelage.project.PartnerRole;
import org.jumelage.project.ProjectManagement;
import org.jumelage.shared.LocalizedText;
import org.jumelage.support.JumelageIntegrationTest;
import org.jumelage.support.RegistryFixtures;
import org.jumelage.support.TestUsers;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.http.MediaType;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.request.MockHttpServletRequestBuilder;

/** {@code GET /api/v1/partner-search} over the shipped gazetteer and twin links: answers and refusals. */
@JumelageIntegrationTest
class PartnerSearchApiIntegrationTests {

    static final String ADMIN = "Bearer " + TestUsers.ADMIN_API_TOKEN;
    static final String DAUGAVPILS = "460413";
    static final List<String> DAUGAVPILS_TWINS =
            List.of("Panevėžys", "Visaginas", "Radom", "Motala", "Kharkiv", "Vitebsk", "Lida");

    @Autowired
    MockMvc mvc;

    @Autowired
    OrganisationManagement organisations;

    @Autowired
    AccountManagement accounts;

    @Autowired
    ProjectManagement projects;

    @Autowired
    TownDirectory towns;

    MockHttpServletRequestBuilder search(String... parameters) {
        MockHttpServletRequestBuilder request = get("/api/v1/partner-search").header("Authorization", ADMIN);
        for (int i = 0; i < parameters.length; i += 2) {
            request = request.param(parameters[i], parameters[i + 1]);
        }
        return request;
    }

    String json(MockHttpServletRequestBuilder request) throws Exception {
        return mvc.perform(request)
                .andExpect(status().isOk())
                .andReturn()
                .getResponse()
                .getContentAsString(java.nio.charset.StandardCharsets.UTF_8);
    }

    @Test
    void oneHopFromDaugavpilsListsItsTwinsWithTheReason() throws Exception {
        String answer = json(search("town", DAUGAVPILS, "size", "100"));

        List<String> names = JsonPath.read(answer, "$.items[*].town.name");
        assertThat(names).contains("Panevėžys", "Radom", "Vitebsk", "Lida", "Motala");
        List<String> via = JsonPath.read(answer, "$.items[?(@.town.name == 'Radom')].reasons[0].via.name");
        assertThat(via).containsExactly("Daugavpils");
        List<String> kinds = JsonPath.read(answer, "$.items[?(@.town.name == 'Radom')].reasons[0].kind");
        assertThat(kinds).containsExactly("TWIN");
        List<Integer> distance = JsonPath.read(answer, "$.items[?(@.town.name == 'Panevėžys')].distanceKm");
        assertThat(distance.get(0)).isBetween(130, 150);
    }

    @Test
    void twoHopsListsTwinsOfTwinsAndNotItsOwnTwins() throws Exception {
        String answer = json(search("town", DAUGAVPILS, "hops", "2", "size", "100"));

        int total = JsonPath.read(answer, "$.total");
        assertThat(total).isGreaterThan(20);
        List<String> kinds = JsonPath.read(answer, "$.items[*].reasons[*].kind");
        assertThat(kinds).contains("TWIN_OF_TWIN").doesNotContain("TWIN");
        List<String> twinsOfTwins = JsonPath.read(answer, "$.items[*].reasons[?(@.kind == 'TWIN_OF_TWIN')].via.name");
        List<String> twins = JsonPath.read(json(search("town", DAUGAVPILS, "size", "100")), "$.items[*].town.name");
        assertThat(twinsOfTwins).isNotEmpty().allMatch(twins::contains);
        for (int page = 0; page * 100 < total; page++) {
            String slice = json(search("town", DAUGAVPILS, "hops", "2", "size", "100", "page", "" + page));
            List<String> names = JsonPath.read(slice, "$.items[*].town.name");
            assertThat(names).doesNotContainAnyElementsOf(DAUGAVPILS_TWINS).doesNotContain("Daugavpils");
        }
    }

    @Test
    void aCervTownTwinningSearchNeverProposesBelarusOrRussia() throws Exception {
        for (String hops : List.of("1", "2")) {
            String answer = json(search("town", DAUGAVPILS, "measure", "CERV-TT", "hops", hops, "size", "100"));
            int total = JsonPath.read(answer, "$.total");
            for (int page = 0; page * 100 < total; page++) {
                String slice = json(search(
                        "town", DAUGAVPILS, "measure", "CERV-TT", "hops", hops, "size", "100", "page", "" + page));
                List<String> countries = JsonPath.read(slice, "$.items[*].town.country");
                assertThat(countries).doesNotContain("BY", "RU");
            }
        }
        List<String> withoutMeasure =
                JsonPath.read(json(search("town", DAUGAVPILS, "size", "100")), "$.items[*].town.country");
        assertThat(withoutMeasure)
                .as("the same search without a measure does find Belarus")
                .contains("BY");
    }

    @Test
    void totalCountsEveryMatchNotOnlyThePage() throws Exception {
        String all = json(search("town", DAUGAVPILS, "hops", "2", "size", "100"));
        String page = json(search("town", DAUGAVPILS, "hops", "2", "size", "5", "page", "1"));

        int total = JsonPath.read(all, "$.total");
        assertThat((int) JsonPath.read(page, "$.total")).isEqualTo(total);
        assertThat((List<?>) JsonPath.read(page, "$.items")).hasSize(5);
        List<Object> allIds = JsonPath.read(all, "$.items[5:10].town.id");
        List<Object> pageIds = JsonPath.read(page, "$.items[*].town.id");
        assertThat(pageIds).isEqualTo(allIds);
    }

    @Test
    void aNetworkOfTownsFromLatviaIsToldItNeedsASecondMemberStateAndGetsTownsThere() throws Exception {
        RegistryFixtures fixtures = new RegistryFixtures(organisations, accounts);
        OrganisationSummary lead = fixtures.municipality(Long.parseLong(DAUGAVPILS), "LV", "Daugavpils dome");
        String email = fixtures.member(lead, Role.COORDINATOR);
        SignedInUser coordinator = accounts.signedInUser(
                        accounts.findUserByEmail(email).orElseThrow().id())
                .orElseThrow();
        long project = projects.create(
                        coordinator,
                        org.jumelage.support.ProjectDrafts.networkOfTowns(
                                "NET", LocalizedText.of("Tīkls", "Network"), lead.id()))
                .id();

        String answer = json(search("project", "" + project, "size", "100"));

        List<String> needed =
                JsonPath.read(answer, "$.items[?(@.reasons[?(@.kind == 'COUNTRY_NEEDED')])].town.country");
        assertThat(needed).isNotEmpty().doesNotContain("LV", "BY");
        List<String> countries = JsonPath.read(answer, "$.items[*].town.country");
        assertThat(countries).doesNotContain("BY", "RU");

        String stranger = new RegistryFixtures(organisations, accounts)
                .memberToken(
                        fixtures.municipality(OrganisationMother.KAUNAS, "LT", "Kauno savivaldybė"), Role.COORDINATOR);
        mvc.perform(get("/api/v1/partner-search").param("project", "" + project).header("Authorization", stranger))
                .andExpect(status().isNotFound())
                .andExpect(content().contentTypeCompatibleWith(MediaType.APPLICATION_PROBLEM_JSON))
                .andExpect(jsonPath("$.code").value("network.partner-search.project-not-found"));
    }

    @Test
    void partnerTownsOfEarlierProjectsOnTheMeasureOrAThemeAreReasonsNotThoseOfDeletedProjects() throws Exception {
        String theme = "theme " + java.util.UUID.randomUUID();
        RegistryFixtures fixtures = new RegistryFixtures(organisations, accounts);
        OrganisationSummary lead = fixtures.municipality(Long.parseLong(DAUGAVPILS), "LV", "Daugavpils dome");
        SignedInUser coordinator = accounts.signedInUser(
                        accounts.findUserByEmail(fixtures.member(lead, Role.COORDINATOR))
                                .orElseThrow()
                                .id())
                .orElseThrow();
        TownSummary ludza = towns.search("Ludza", "LV", 1).get(0);
        TownSummary rezekne = towns.search("Rēzekne", "LV", 1).get(0);
        TownSummary kraslava = towns.search("Krāslava", "LV", 1).get(0);
        long start = projects.create(
                        coordinator,
                        org.jumelage.support.ProjectDrafts.networkOfTowns(
                                        "START", LocalizedText.of("Sākums", "Start"), lead.id())
                                .toBuilder()
                                .themes(List.of(theme))
                                .build())
                .id();
        long sameMeasure = projects.create(
                        coordinator,
                        org.jumelage.support.ProjectDrafts.networkOfTowns(
                                "EARLIER", LocalizedText.of("Agrāk", "Earlier"), lead.id()))
                .id();
        projects.addPartner(
                coordinator,
                sameMeasure,
                fixtures.municipality(ludza.id(), "LV", "Ludzas dome").id(),
                null,
                PartnerRole.PARTNER);
        long sameTheme = projects.create(
                        coordinator,
                        org.jumelage.support.ProjectDrafts.townTwinning(
                                        "THEMED",
                                        LocalizedText.of("Tēma", "Theme"),
                                        java.time.LocalDate.of(2018, 5, 1),
                                        java.time.LocalDate.of(2018, 5, 3),
                                        lead.id())
                                .toBuilder()
                                .themes(List.of(theme))
                                .build())
                .id();
        projects.addPartner(
                coordinator,
                sameTheme,
                fixtures.municipality(rezekne.id(), "LV", "Rēzeknes dome").id(),
                null,
                PartnerRole.PARTNER);
        long deleted = projects.create(
                        coordinator,
                        org.jumelage.support.ProjectDrafts.networkOfTowns(
                                        "GONE", LocalizedText.of("Dzēsts", "Deleted"), lead.id())
                                .toBuilder()
                                .themes(List.of(theme))
                                .build())
                .id();
        projects.addPartner(
                coordinator,
                deleted,
                fixtures.municipality(kraslava.id(), "LV", "Krāslavas dome").id(),
                null,
                PartnerRole.PARTNER);
        projects.delete(coordinator, deleted);

        String answer = json(search("project", "" + start, "countries", "LV", "size", "" + PartnerSearch.MAX_SIZE));

        assertThat(reasons(answer, ludza.id())).contains("PAST_PROJECT");
        assertThat(reasons(answer, rezekne.id())).contains("THEME");
        assertThat(reasons(answer, kraslava.id())).doesNotContain("THEME");
    }

    private static List<String> reasons(String answer, long townId) {
        return JsonPath.read(answer, "$.items[?(@.town.id == " + townId + ")].reasons[*].kind");
    }

    @Test
    void badInputIsAClearProblemNamingTheParameter() throws Exception {
        refused(search("town", "999999999"), 422, "town", "network.unknown-town");
        refused(
                search("town", DAUGAVPILS, "measure", "NO-SUCH"),
                422,
                "measure",
                "network.partner-search.unknown-measure");
        refused(search("town", DAUGAVPILS, "hops", "3"), 422, "hops", "network.partner-search.hops-invalid");
        refused(
                search("town", DAUGAVPILS, "minPopulation", "5000", "maxPopulation", "100"),
                422,
                "minPopulation",
                "network.partner-search.range-invalid");
        refused(search("town", DAUGAVPILS, "maxKm", "-1"), 422, "maxKm", "network.partner-search.negative");
        refused(
                search("town", DAUGAVPILS, "countries", "LT,ZZ"),
                422,
                "countries",
                "network.partner-search.unknown-country");
        refused(search("town", DAUGAVPILS, "size", "1000"), 422, "size", "network.partner-search.size-invalid");
        refused(
                search("town", DAUGAVPILS, "language", "xx-nonsense"),
                422,
                "language",
                "network.partner-search.unknown-language");
        refused(search(), 422, "town", "network.partner-search.start-missing");
        mvc.perform(search("project", "987654321"))
                .andExpect(status().isNotFound())
                .andExpect(jsonPath("$.code").value("network.partner-search.project-not-found"));
        mvc.perform(search("town", DAUGAVPILS, "hops", "3").header("Accept-Language", "lv"))
                .andExpect(
                        jsonPath("$.detail")
                                .value(
                                        "Soļu skaitam jābūt 1 (sadraudzības pilsētas) vai 2 (to sadraudzības pilsētas), nevis 3."));
        mvc.perform(get("/api/v1/partner-search").param("town", DAUGAVPILS)).andExpect(status().isUnauthorized());
    }

    void refused(MockHttpServletRequestBuilder request, int status, String field, String code) throws Exception {
        mvc.perform(request)
                .andExpect(status().is(status))
                .andExpect(content().contentTypeCompatibleWith(MediaType.APPLICATION_PROBLEM_JSON))
                .andExpect(jsonPath("$.code").value(code))
                .andExpect(jsonPath("$.errors[0].field").value(field));
    }
}
