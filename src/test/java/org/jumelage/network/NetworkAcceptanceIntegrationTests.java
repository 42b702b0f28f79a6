package org.jumelage.network;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.jumelage.account.AccountManagement;
import org.jumelage.account.Role;
import org.jumelage.account.SignedInUser;
import org.jumelage.project.ProjectDraft;
import org.jumelage.project.ProjectManagement;
import org.jumelage.project.ProjectStatus;
import org.jumelage.shared.LocalizedText;
import org.jumelage.support.JumelageIntegrationTest;
import org.jumelage.support.RegistryFixtures;
import org.jumelage.support.TestUsers;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.request.MockHttpServletRequestBuilder;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

/**
 * Issue 15's acceptance on the shipped data, through the API: Daugavpils shows its twins from
 * Wikipedia's lists (those outside the gazetteer by name), its two-hop partner search lists twins of
 * its twins and never its own twins, and a search for a CERV town-twinning project never proposes a
 * town in Belarus or Russia, which the same search without the measure does propose.
 */
@JumelageIntegrationTest
class NetworkAcceptanceIntegrationTests {

    static final String ADMIN = "Bearer " + TestUsers.ADMIN_API_TOKEN;

    /** Daugavpils, LV, in towns-europe.csv. */
    static final long DAUGAVPILS = 460413L;

    /** Daugavpils' twins in the gazetteer, as twinnings.csv gives them (name → GeoNames id). */
    static final Map<String, Long> TWINS_IN_GAZETTEER = orderedMap(
            "Panevėžys", 596128L,
            "Visaginas", 593063L,
            "Radom", 760778L,
            "Motala", 2690960L,
            "Kharkiv", 706483L,
            "Vitebsk", 620127L,
            "Lida", 626081L,
            "Batumi", 615532L,
            "Alaverdi", 616974L,
            "Vagharshapat", 616062L);

    /** Daugavpils' twins outside the gazetteer, kept by name and country as the file writes them. */
    static final Map<String, String> TWINS_OUTSIDE = orderedMap(
            "Harbin", "CN",
            "Ramla", "IL",
            "Pskov", "RU",
            "Saint Petersburg", "RU",
            "Naro-Fominsk", "RU",
            "Central AO (Moscow)", "RU");

    /** Twins of Daugavpils' twins in the file (via Panevėžys: Lublin, Kalmar; via Radom: Magdeburg, Ploiești). */
    static final Map<Long, String> TWINS_OF_TWINS = Map.of(
            765876L, "Panevėžys",
            2702261L, "Panevėžys",
            2874545L, "Radom",
            670474L, "Radom");

    final JsonMapper json = JsonMapper.builder().build();

    @Autowired
    MockMvc mvc;

    @Autowired
    OrganisationManagement organisations;

    @Autowired
    AccountManagement accounts;

    @Autowired
    ProjectManagement projects;

    @Test
    void daugavpilsShowsItsTwinsFromTheFileIncludingThoseOutsideTheGazetteer() throws Exception {
        JsonNode answer = call(get("/api/v1/towns/" + DAUGAVPILS + "/twins"));
        List<JsonNode> items = list(answer.get("items"));
        assertThat(answer.get("total").asInt()).isEqualTo(items.size());

        Map<String, JsonNode> byName = new LinkedHashMap<>();
        for (JsonNode item : items) {
            byName.put(item.get("town").get("name").asString(), item);
        }
        assertThat(byName.keySet())
                .as("the 16 twins twinnings.csv gives Daugavpils")
                .containsAll(TWINS_IN_GAZETTEER.keySet())
                .containsAll(TWINS_OUTSIDE.keySet());
        for (Map.Entry<String, Long> twin : TWINS_IN_GAZETTEER.entrySet()) {
            assertThat(byName.get(twin.getKey()).get("town").get("id").asLong())
                    .as("GeoNames id of " + twin.getKey())
                    .isEqualTo(twin.getValue());
        }
        for (Map.Entry<String, String> twin : TWINS_OUTSIDE.entrySet()) {
            JsonNode town = byName.get(twin.getKey()).get("town");
            assertThat(town.get("id").isNull())
                    .as(twin.getKey() + " has no gazetteer id")
                    .isTrue();
            assertThat(town.get("country").asString()).isEqualTo(twin.getValue());
        }
        assertThat(byName.get("Panevėžys").get("town").get("country").asString())
                .isEqualTo("LT");
        assertThat(byName.get("Harbin").get("source").asString()).contains("Wikipedia");
        assertThat(byName.get("Radom").get("source").asString()).contains("Wikipedia");
        for (JsonNode item : items) {
            assertThat(item.get("kind").asString()).isIn("FORMAL", "FRIENDSHIP", "PROJECT", "INFORMAL");
            assertThat(item.get("status").asString()).isIn("ACTIVE", "DORMANT", "ENDED");
        }
    }

    @Test
    void theTwoHopSearchListsTwinsOfTwinsAndNeverTheTownsOwnTwins() throws Exception {
        List<JsonNode> items = searchAll("town=" + DAUGAVPILS + "&hops=2");
        Map<Long, JsonNode> byId = new LinkedHashMap<>();
        for (JsonNode item : items) {
            byId.put(item.get("town").get("id").asLong(), item);
        }
        assertThat(byId.keySet())
                .as("Daugavpils' own twins are not proposed")
                .doesNotContainAnyElementsOf(TWINS_IN_GAZETTEER.values())
                .doesNotContain(DAUGAVPILS);
        for (Map.Entry<Long, String> twinOfTwin : TWINS_OF_TWINS.entrySet()) {
            JsonNode item = byId.get(twinOfTwin.getKey());
            assertThat(item).as("twin of a twin " + twinOfTwin.getKey()).isNotNull();
            assertThat(vias(item, "TWIN_OF_TWIN"))
                    .as("proposed as a twin of " + twinOfTwin.getValue())
                    .contains(twinOfTwin.getValue());
        }
        for (JsonNode item : items) {
            for (String via : vias(item, "TWIN_OF_TWIN")) {
                assertThat(TWINS_IN_GAZETTEER.keySet())
                        .as("a twin of a twin is reached through one of Daugavpils' twins")
                        .contains(via);
            }
        }
    }

    @Test
    void aSearchForACervTownTwinningProjectNeverProposesBelarusOrRussia() throws Exception {
        RegistryFixtures registry = new RegistryFixtures(organisations, accounts);
        OrganisationSummary daugavpils = registry.municipality(DAUGAVPILS, "LV", "Acceptance Daugavpils");
        SignedInUser coordinator = accounts.signedInUser(
                        accounts.findUserByEmail(registry.member(daugavpils, Role.COORDINATOR))
                                .orElseThrow()
                                .id())
                .orElseThrow();
        long project = projects.create(
                        coordinator,
                        ProjectDraft.builder()
                                .acronym("NetTT")
                                .titles(LocalizedText.of("Tīkla pārbaude", "Network acceptance"))
                                .measure("CERV-TT")
                                .status(ProjectStatus.IN_PREPARATION)
                                .startDate(LocalDate.of(2027, 3, 1))
                                .endDate(LocalDate.of(2027, 9, 30))
                                .leadOrganisationId(daugavpils.id())
                                .build())
                .id();

        List<String> without = countries(searchAll("town=" + DAUGAVPILS + "&hops=2"));
        assertThat(without)
                .as("without the measure, twins of Vitebsk and Lida in Belarus are proposed")
                .contains("BY");

        for (String query : List.of(
                "project=" + project + "&hops=2",
                "town=" + DAUGAVPILS + "&measure=CERV-TT&hops=2",
                "town=" + DAUGAVPILS + "&measure=CERV-TT&hops=1")) {
            List<String> countries = countries(searchAll(query));
            assertThat(countries).as(query).isNotEmpty().doesNotContain("BY", "RU");
        }
    }

    // --- helpers -------------------------------------------------------------------------------------

    /** Every page of a partner search, checking that {@code total} counts every match. */
    private List<JsonNode> searchAll(String query) throws Exception {
        List<JsonNode> items = new ArrayList<>();
        int total = -1;
        for (int page = 0; page < 100; page++) {
            JsonNode answer = call(get("/api/v1/partner-search?" + query + "&size=50&page=" + page));
            total = answer.get("total").asInt();
            List<JsonNode> pageItems = list(answer.get("items"));
            items.addAll(pageItems);
            if (pageItems.isEmpty() || items.size() >= total) {
                break;
            }
        }
        assertThat(items).as("every page of " + query).hasSize(total);
        return items;
    }

    private JsonNode call(MockHttpServletRequestBuilder request) throws Exception {
        String body = mvc.perform(request.header("Authorization", ADMIN).header("Accept-Language", "en"))
                .andExpect(status().isOk())
                .andReturn()
                .getResponse()
                .getContentAsString(StandardCharsets.UTF_8);
        return json.readTree(body);
    }

    private static List<JsonNode> list(JsonNode array) {
        List<JsonNode> items = new ArrayList<>();
        array.forEach(items::add);
        return items;
    }

    /** The names of the towns a reason of this kind goes through. */
    private static Set<String> vias(JsonNode item, String kind) {
        Set<String> names = new java.util.TreeSet<>();
        for (JsonNode reason : item.get("reasons")) {
            if (reason.get("kind").asString().equals(kind)
                    && reason.hasNonNull("via")
                    && reason.get("via").hasNonNull("name")) {
                names.add(reason.get("via").get("name").asString());
            }
        }
        return names;
    }

    private static List<String> countries(List<JsonNode> items) {
        return items.stream()
                .map(item -> item.get("town").get("country").asString())
                .distinct()
                .toList();
    }

    @SuppressWarnings("unchecked")
    private static <K, V> Map<K, V> orderedMap(Object... keysAndValues) {
        Map<K, V> map = new LinkedHashMap<>();
        for (int i = 0; i < keysAndValues.length; i += 2) {
            map.put((K) keysAndValues[i], (V) keysAndValues[i + 1]);
        }
        return map;
    }
}
