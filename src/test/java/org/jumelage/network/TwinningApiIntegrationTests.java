package org.jumelage.network;

import static org.hamcrest.Matchers.hasItems;
import static org.hamcrest.Matchers.startsWith;
import static org.jumelage.network.OrganisationMother.organisation;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.delete;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.put;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.header;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.jsonPath;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import com.jayway.jsonpath.JsonPath;
import java.util.UUID;
import org.jumelage.account.AccountManagement;
import org.jumelage.account.Role;
import org.jumelage.account.UserSummary;
import org.jumelage.support.JumelageIntegrationTest;
import org.jumelage.support.TestUsers;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.http.MediaType;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.request.MockHttpServletRequestBuilder;

/** The links JSON API: the documented shapes, permissions, and every bad input with its message. */
@JumelageIntegrationTest
class TwinningApiIntegrationTests {

    static final String ADMIN = "Bearer " + TestUsers.ADMIN_API_TOKEN;
    static final long DAUGAVPILS = 460413;
    static final long TUKUMS = 454768;
    static final long KAUNAS = 598316;

    @Autowired
    MockMvc mvc;

    @Autowired
    OrganisationManagement organisations;

    @Autowired
    AccountManagement accounts;

    @Autowired
    Twinnings twinnings;

    final String tag = UUID.randomUUID().toString().substring(0, 8);
    String coordinator;

    @BeforeEach
    void coordinatorOfTukums() {
        OrganisationSummary council = organisations.create(organisation()
                .named("Tukuma novada pašvaldība " + tag, "Tukums Municipality " + tag)
                .inTown(TUKUMS)
                .build());
        UserSummary user =
                accounts.createUser(TestUsers.withRoles(TestUsers.uniqueEmail("api-twin"), Role.COORDINATOR));
        accounts.setOrganisation(user.id(), council.id());
        coordinator = "Bearer " + accounts.createApiToken(user.id(), "script").secret();
    }

    MockHttpServletRequestBuilder json(MockHttpServletRequestBuilder request, String body) {
        return request.header("Authorization", coordinator)
                .contentType(MediaType.APPLICATION_JSON)
                .content(body);
    }

    @Test
    void daugavpilsTwinsHaveTheDocumentedShape() throws Exception {
        mvc.perform(get("/api/v1/towns/{id}/twins", DAUGAVPILS).header("Authorization", ADMIN))
                .andExpect(status().isOk())
                .andExpect(jsonPath("$.total").isNumber())
                .andExpect(jsonPath("$.items[*].town.name")
                        .value(hasItems(
                                "Panevėžys",
                                "Visaginas",
                                "Radom",
                                "Motala",
                                "Kharkiv",
                                "Vitebsk",
                                "Lida",
                                "Harbin",
                                "Ramla")))
                .andExpect(jsonPath("$.items[?(@.town.name == 'Harbin')].town.id")
                        .value(org.hamcrest.Matchers.contains((Object) null)))
                .andExpect(jsonPath("$.items[?(@.town.name == 'Harbin')].town.country")
                        .value(org.hamcrest.Matchers.contains("CN")))
                .andExpect(jsonPath("$.items[?(@.town.name == 'Radom')].town.id")
                        .value(org.hamcrest.Matchers.contains(760778)))
                .andExpect(jsonPath("$.items[?(@.town.name == 'Radom')].kind")
                        .value(org.hamcrest.Matchers.contains("FORMAL")))
                .andExpect(jsonPath("$.items[?(@.town.name == 'Radom')].status")
                        .value(org.hamcrest.Matchers.contains("ACTIVE")))
                .andExpect(jsonPath("$.items[?(@.town.name == 'Radom')].source")
                        .value(org.hamcrest.Matchers.contains("Wikipedia")));
    }

    @Test
    void anUnknownTownHasNoTwins() throws Exception {
        mvc.perform(get("/api/v1/towns/{id}/twins", 999_999_997L).header("Authorization", ADMIN))
                .andExpect(status().isNotFound())
                .andExpect(content().contentTypeCompatibleWith(MediaType.APPLICATION_PROBLEM_JSON))
                .andExpect(jsonPath("$.code").value("network.twin-town-not-found"));
    }

    @Test
    void aCoordinatorAddsChangesAndRemovesALinkOfTheirOwnTown() throws Exception {
        String answer = mvc.perform(json(post("/api/v1/twinnings"), """
                        {"partner":{"name":"Ramla %s","country":"IL"},"kind":"FRIENDSHIP","status":"ACTIVE",
                         "since":1999,"managedBy":"Council"}""".formatted(tag)))
                .andExpect(status().isCreated())
                .andExpect(header().string("Location", startsWith("/api/v1/twinnings/")))
                .andExpect(jsonPath("$.townA.id").value(TUKUMS))
                .andExpect(jsonPath("$.townB.id").doesNotExist())
                .andExpect(jsonPath("$.townB.name").value("Ramla " + tag))
                .andExpect(jsonPath("$.kind").value("FRIENDSHIP"))
                .andExpect(jsonPath("$.source").value("Tukums Municipality " + tag))
                .andExpect(jsonPath("$.version").value(0))
                .andReturn()
                .getResponse()
                .getContentAsString();
        long id = ((Number) JsonPath.read(answer, "$.id")).longValue();

        mvc.perform(get("/api/v1/towns/{id}/twins", TUKUMS).header("Authorization", coordinator))
                .andExpect(status().isOk())
                .andExpect(jsonPath("$.items[?(@.id == " + id + ")].town.name")
                        .value(org.hamcrest.Matchers.contains("Ramla " + tag)));

        mvc.perform(json(put("/api/v1/twinnings/{id}", id), """
                        {"kind":"FRIENDSHIP","status":"ENDED","since":1999,"until":2014,"version":0}"""))
                .andExpect(status().isOk())
                .andExpect(jsonPath("$.status").value("ENDED"))
                .andExpect(jsonPath("$.until").value(2014))
                .andExpect(jsonPath("$.version").value(1));

        mvc.perform(json(put("/api/v1/twinnings/{id}", id), """
                        {"kind":"FORMAL","status":"ACTIVE","version":0}"""))
                .andExpect(status().isConflict())
                .andExpect(jsonPath("$.code").value("network.twin-stale-version"));
        mvc.perform(delete("/api/v1/twinnings/{id}", id).param("version", "0").header("Authorization", coordinator))
                .andExpect(status().isConflict());
        mvc.perform(delete("/api/v1/twinnings/{id}", id).param("version", "1").header("Authorization", coordinator))
                .andExpect(status().isNoContent());
        mvc.perform(get("/api/v1/twinnings/{id}", id).header("Authorization", coordinator))
                .andExpect(status().isNotFound());
    }

    @Test
    void aDuplicateInTheOtherDirectionIsRefused() throws Exception {
        String answer = mvc.perform(json(post("/api/v1/twinnings"), """
                        {"partner":{"id":%d},"kind":"FORMAL","status":"ACTIVE"}""".formatted(KAUNAS)))
                .andExpect(status().isCreated())
                .andExpect(jsonPath("$.townB.name").value("Kaunas"))
                .andReturn()
                .getResponse()
                .getContentAsString();
        long id = ((Number) JsonPath.read(answer, "$.id")).longValue();
        try {
            mvc.perform(post("/api/v1/twinnings")
                            .header("Authorization", ADMIN)
                            .header("Accept-Language", "lv")
                            .contentType(MediaType.APPLICATION_JSON)
                            .content("""
                                    {"town":%d,"partner":{"id":%d},"kind":"FORMAL","status":"ACTIVE"}""".formatted(KAUNAS, TUKUMS)))
                    .andExpect(status().isConflict())
                    .andExpect(jsonPath("$.code").value("network.twin-duplicate"))
                    .andExpect(jsonPath("$.detail")
                            .value("Saite ar Tukums jau ir saglabāta (vienā vai otrā virzienā). Mainiet to saiti."))
                    .andExpect(jsonPath("$.errors[0].field").value("partner"));
        } finally {
            mvc.perform(delete("/api/v1/twinnings/{id}", id)
                            .param("version", "0")
                            .header("Authorization", ADMIN))
                    .andExpect(status().isNoContent());
        }
    }

    @ParameterizedTest(name = "{0}")
    @CsvSource(delimiter = '|', quoteCharacter = '~', textBlock = """
            to itself        | {"partner":{"id":454768},"kind":"FORMAL","status":"ACTIVE"}                                   | 422 | network.twin-same-town        | partner | A town cannot be linked with itself.
            unknown town     | {"partner":{"id":999999996},"kind":"FORMAL","status":"ACTIVE"}                                | 422 | network.twin-unknown-town     | partner | There is no town with the id 999999996 in the gazetteer.
            unknown own town | {"town":999999995,"partner":{"name":"Ramla","country":"IL"},"kind":"FORMAL","status":"ACTIVE"} | 422 | network.twin-unknown-town     | town    | There is no town with the id 999999995 in the gazetteer.
            no partner       | {"kind":"FORMAL","status":"ACTIVE"}                                                           | 422 | network.twin-partner-missing  | partner | Choose the partner town
            bad country      | {"partner":{"name":"Ramla","country":"Israel"},"kind":"FORMAL","status":"ACTIVE"}              | 422 | network.twin-country-invalid  | partner | 'Israel' is not a country code.
            unknown kind     | {"partner":{"name":"Ramla","country":"IL"},"kind":"SISTER","status":"ACTIVE"}                  | 422 | network.twin-kind-invalid     | kind    | 'SISTER' is not a kind of link.
            unknown status   | {"partner":{"name":"Ramla","country":"IL"},"kind":"FORMAL","status":"SLEEPING"}                | 422 | network.twin-status-invalid   | status  | 'SLEEPING' is not a status of a link.
            until < since    | {"partner":{"name":"Ramla","country":"IL"},"kind":"FORMAL","status":"ENDED","since":2010,"until":2001} | 422 | network.twin-until-before-since | until | The link cannot end (2001) before it started (2010).
            year too early   | {"partner":{"name":"Ramla","country":"IL"},"kind":"FORMAL","status":"ACTIVE","since":1200}     | 422 | network.twin-year-invalid     | since   | A year must be between 1900 and
            year in future   | {"partner":{"name":"Ramla","country":"IL"},"kind":"FORMAL","status":"ENDED","until":3000}      | 422 | network.twin-year-invalid     | until   | A year must be between 1900 and
            other town       | {"town":460413,"partner":{"name":"Ramla","country":"IL"},"kind":"FORMAL","status":"ACTIVE"}    | 403 | network.twin-not-allowed      |         | Only the organisations of one of the two towns
            """)
    void everyBadInputIsAClearProblemAndNothingIsStored(
            String name, String body, int status, String code, String field, String message) throws Exception {
        int before = twinnings.linksOf(TUKUMS).size();

        var result = mvc.perform(json(post("/api/v1/twinnings"), body))
                .andExpect(status().is(status))
                .andExpect(content().contentTypeCompatibleWith(MediaType.APPLICATION_PROBLEM_JSON))
                .andExpect(jsonPath("$.code").value(code))
                .andExpect(jsonPath("$.detail").value(startsWith(message)));
        if (field != null && !field.isBlank()) {
            result.andExpect(jsonPath("$.errors[0].field").value(field));
        }
        org.assertj.core.api.Assertions.assertThat(twinnings.linksOf(TUKUMS)).hasSize(before);
    }

    @Test
    void aChangeWithoutVersionOrOfAnotherTownsLinkIsRefused() throws Exception {
        long radom = twinnings.linksOf(DAUGAVPILS).stream()
                .filter(link -> link.joins(760778))
                .findFirst()
                .orElseThrow()
                .id();

        mvc.perform(put("/api/v1/twinnings/{id}", radom)
                        .header("Authorization", ADMIN)
                        .contentType(MediaType.APPLICATION_JSON)
                        .content("""
                        {"kind":"FORMAL","status":"ENDED","until":2022}"""))
                .andExpect(status().isUnprocessableContent())
                .andExpect(jsonPath("$.code").value("network.twin-version-missing"));
        mvc.perform(json(put("/api/v1/twinnings/{id}", radom), """
                        {"kind":"FORMAL","status":"ENDED","until":2022,"version":0}"""))
                .andExpect(status().isForbidden())
                .andExpect(jsonPath("$.code").value("network.twin-not-allowed"));
        mvc.perform(delete("/api/v1/twinnings/{id}", radom)
                        .param("version", "0")
                        .header("Authorization", coordinator))
                .andExpect(status().isForbidden());
        mvc.perform(delete("/api/v1/twinnings/{id}", 999_999_994L)
                        .param("version", "0")
                        .header("Authorization", ADMIN))
                .andExpect(status().isNotFound())
                .andExpect(jsonPath("$.code").value("network.twin-not-found"));
        org.assertj.core.api.Assertions.assertThat(
                        twinnings.find(radom).orElseThrow().status())
                .isEqualTo(TwinStatus.ACTIVE);
    }
}
