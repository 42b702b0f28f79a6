package org.jumelage.config;

import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.containsString;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.jsonPath;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import jakarta.servlet.http.Cookie;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import org.jumelage.account.AccountManagement;
import org.jumelage.event.EventManagement;
import org.jumelage.network.OrganisationManagement;
import org.jumelage.participation.RegistrationSettingsManagement;
import org.jumelage.project.ProjectManagement;
import org.jumelage.support.JumelageIntegrationTest;
import org.jumelage.support.RegistrationFixtures;
import org.jumelage.support.RegistrationFixtures.Meeting;
import org.jumelage.support.SignIn;
import org.jumelage.support.TestUsers;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.http.MediaType;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.ResultActions;
import org.springframework.test.web.servlet.request.MockHttpServletRequestBuilder;

/**
 * Hostile and careless input at the boundary: control characters in query parameters, form fields
 * and JSON bodies are refused with a 400 naming the field and nothing is stored; the inputs that
 * fuzzing found answered 500 (a country code with a space, a page number past any list, an outcome
 * without a kind, {@code /error} opened directly) are clear 4xx or ordinary answers.
 */
@JumelageIntegrationTest
class HostileInputIntegrationTests {

    static final String ADMIN = "Bearer " + TestUsers.ADMIN_API_TOKEN;

    static final String GRANT_PLAN = """
            {"measure":"E4C-2014-TT","deadline":"2018-03-01","applicant":{"country":"LV","type":"MUNICIPALITY"},
             "partners":[{"country":"LT","type":"MUNICIPALITY"}],"projectStart":"2018-11-08","projectEnd":"2018-11-12",
             "events":[{"hostCountry":"%s","hostTown":460413,"startDate":"2018-11-08","endDate":"2018-11-12",
                        "localParticipants":40,
                        "delegations":[{"country":"LT","town":598316,"participants":12,"roundTripKm":380}]}],
             "declaredGrant":null}""";

    @Autowired
    MockMvc mvc;

    @Autowired
    RegistrationSettingsManagement settings;

    @Autowired
    OrganisationManagement organisations;

    @Autowired
    AccountManagement accounts;

    @Autowired
    ProjectManagement projects;

    @Autowired
    EventManagement events;

    @Autowired
    JdbcClient jdbc;

    Meeting meeting;

    @BeforeEach
    void setUp() {
        meeting = new RegistrationFixtures(organisations, accounts, projects, events, settings, jdbc).meeting(null);
    }

    long count(String table, String column, long id) {
        return jdbc.sql("select count(*) from " + table + " where " + column + " = :id")
                .param("id", id)
                .query(Long.class)
                .single();
    }

    // Control characters: query parameters, JSON bodies, form fields.

    @Test
    void aNullCharacterInAQueryParameterIsA400ProblemNamingTheParameter() throws Exception {
        mvc.perform(get("/api/v1/news").param("tag", "town\u0000twinning").header("Accept-Language", "lv"))
                .andExpect(status().isBadRequest())
                .andExpect(content().contentTypeCompatibleWith(MediaType.APPLICATION_PROBLEM_JSON))
                .andExpect(jsonPath("$.code").value("invalid-characters"))
                .andExpect(jsonPath("$.errors[0].field").value("tag"))
                .andExpect(jsonPath("$.errors[0].message").value(containsString("5. pozīcijā")));
    }

    @Test
    void aControlCharacterInAJsonBodyIsA400ProblemNamingTheFieldAndNothingIsStored() throws Exception {
        String name = "Fuzz " + UUID.randomUUID();
        long before =
                jdbc.sql("select count(*) from organisation").query(Long.class).single();
        mvc.perform(post("/api/v1/organisations")
                        .header("Authorization", ADMIN)
                        .contentType(MediaType.APPLICATION_JSON)
                        .content("""
                                {"names":{"lv":"%s","en":"%s\\u0000"},"type":"MUNICIPALITY","town":598316,"country":"LT"}""".formatted(name, name)))
                .andExpect(status().isBadRequest())
                .andExpect(jsonPath("$.code").value("invalid-characters"))
                .andExpect(jsonPath("$.errors[0].field").value("names.en"))
                .andExpect(jsonPath("$.errors[0].message").value(containsString("position " + (name.length() + 1))));
        assertThat(jdbc.sql("select count(*) from organisation")
                        .query(Long.class)
                        .single())
                .isEqualTo(before);
    }

    @Test
    void aLoneSurrogateDeepInAJsonBodyIsRefusedWithItsPath() throws Exception {
        mvc.perform(post("/api/v1/grant-calculations")
                        .header("Authorization", ADMIN)
                        .contentType(MediaType.APPLICATION_JSON)
                        .content(GRANT_PLAN.formatted("LV\\ud800")))
                .andExpect(status().isBadRequest())
                .andExpect(jsonPath("$.code").value("invalid-characters"))
                .andExpect(jsonPath("$.errors[0].field").value("events[0].hostCountry"));
    }

    @Test
    void aNullCharacterInTheAnonymousRegistrationFormIsRefusedAndNothingIsStored() throws Exception {
        long before = count("event_registration", "event_id", meeting.eventId());
        mvc.perform(post("/register/" + meeting.publicToken())
                        .with(csrf())
                        .param("firstName", "Aistė")
                        .param("lastName", "Kazlauskien\u0000ė")
                        .param("email", "aiste-" + UUID.randomUUID() + "@example.lt")
                        .param("town", "Kaunas")
                        .param("country", "LT")
                        .param("gender", "female")
                        .param("consent", "true"))
                .andExpect(status().isBadRequest())
                .andExpect(request -> assertThat(request.getRequest().getAttribute(InputCharacterFilter.REFUSED_FIELD))
                        .isEqualTo("lastName"));
        assertThat(count("event_registration", "event_id", meeting.eventId())).isEqualTo(before);
    }

    /**
     * The forms and lists a citizen reaches without an account, each field in turn filled with
     * careless or hostile text (a bounded fuzz of the pages; {@code ApiFuzzTests} does the API).
     */
    @Test
    void theAnonymousFormsAndListsAnswerNoServerErrorToHostileText() throws Exception {
        List<String> hostile = List.of(
                "",
                " ",
                "\u0000",
                "a\u0001b",
                "\u001b[31m",
                "x\ud800",
                "\udc00",
                "x".repeat(70_000),
                "Łódź 🎉 \u202e",
                "L V",
                "' or 1=1 --",
                "-1",
                "2147483647",
                "99999999999999999999",
                "maybe",
                "../../etc/passwd");
        Map<String, String> valid = new LinkedHashMap<>();
        valid.put("firstName", "Aistė");
        valid.put("lastName", "Kazlauskienė");
        valid.put("email", "aiste@example.lt");
        valid.put("organisationName", "Kauno miesto savivaldybė");
        valid.put("town", "Kaunas");
        valid.put("country", "LT");
        valid.put("gender", "female");
        valid.put("ageBand", "18-30");
        valid.put("firstTime", "true");
        valid.put("fewerOpportunities", "false");
        valid.put("dietary", "");
        valid.put("accessibility", "");
        valid.put("consent", "true");
        valid.put("lang", "lv");
        List<String> failures = new ArrayList<>();
        int requests = 0;
        for (String form : List.of("/register/" + meeting.publicToken(), "/register/d/" + meeting.delegationToken())) {
            for (String field : valid.keySet()) {
                for (String value : hostile) {
                    MockHttpServletRequestBuilder request = post(form).with(csrf());
                    valid.forEach((name, text) ->
                            request.param(name, name.equals(field) ? value : name.equals("email") ? unique() : text));
                    requests++;
                    record(failures, form + " " + field + "=" + shown(value), request);
                }
            }
        }
        for (String value : hostile) {
            for (String address :
                    List.of("/register/towns/options?town=", "/lv/news?tag=", "/en/news?page=", "/?lang=")) {
                requests++;
                record(
                        failures,
                        address + shown(value),
                        get(address + java.net.URLEncoder.encode(value, java.nio.charset.StandardCharsets.UTF_8)));
            }
            requests++;
            record(
                    failures,
                    "/sign-in email=" + shown(value),
                    post("/sign-in").with(csrf()).param("email", value).param("password", value));
        }
        assertThat(requests).isGreaterThan(400);
        assertThat(failures)
                .as("server errors:%n%s", String.join("\n", failures))
                .isEmpty();
    }

    private static String unique() {
        return "aiste-" + UUID.randomUUID() + "@example.lt";
    }

    private static String shown(String value) {
        String escaped = value.chars()
                .mapToObj(c -> c < 0x20 || Character.isSurrogate((char) c)
                        ? String.format("\\u%04x", c)
                        : String.valueOf((char) c))
                .collect(java.util.stream.Collectors.joining());
        return escaped.length() > 40 ? escaped.substring(0, 40) + "…(" + value.length() + ")" : escaped;
    }

    private void record(List<String> failures, String input, MockHttpServletRequestBuilder request) {
        try {
            int status = mvc.perform(request).andReturn().getResponse().getStatus();
            if (status >= 500) {
                failures.add(input + " → " + status);
            }
        } catch (Exception e) {
            failures.add(input + " → " + e.getClass().getSimpleName() + ": " + e.getMessage());
        }
    }

    @Test
    void theRefusalPageNamesTheFieldInTheReadersLanguage() throws Exception {
        // MockMvc does not forward to the error page as the servlet container does, so call it directly.
        mvc.perform(get("/error")
                        .accept(MediaType.TEXT_HTML)
                        .cookie(new Cookie("JUMELAGE_LANG", "lv"))
                        .requestAttr("jakarta.servlet.error.status_code", 400)
                        .requestAttr("jakarta.servlet.error.request_uri", "/register/x")
                        .requestAttr(InputCharacterFilter.REFUSED_FIELD, "lastName"))
                .andExpect(status().isBadRequest())
                .andExpect(content().string(containsString("Laukā &quot;lastName&quot; ir rakstzīme")))
                .andExpect(content().string(containsString("Nekas netika saglabāts")));
        mvc.perform(get("/error")
                        .accept(MediaType.TEXT_HTML)
                        .requestAttr("jakarta.servlet.error.status_code", 400)
                        .requestAttr("jakarta.servlet.error.request_uri", "/register/x"))
                .andExpect(status().isBadRequest())
                .andExpect(content().string(containsString("The request could not be accepted")));
    }

    // What fuzzing found.

    @Test
    void aHostCountryWithASpaceIsAnUnknownCountryOfThatField() throws Exception {
        mvc.perform(post("/api/v1/grant-calculations")
                        .header("Authorization", ADMIN)
                        .contentType(MediaType.APPLICATION_JSON)
                        .content(GRANT_PLAN.formatted("L V")))
                .andExpect(status().is4xxClientError())
                .andExpect(content().contentTypeCompatibleWith(MediaType.APPLICATION_PROBLEM_JSON))
                .andExpect(jsonPath("$.errors[0].field").value("events[0].hostCountry"));
    }

    @Test
    void aPageNumberPastAnyListIsAnEmptyPageOnEveryPagedList() throws Exception {
        String last = String.valueOf(Integer.MAX_VALUE);
        for (String list :
                new String[] {"/api/v1/projects", "/api/v1/organisations", "/api/v1/users", "/api/v1/news"}) {
            mvc.perform(get(list).param("page", last).header("Authorization", ADMIN))
                    .andExpect(status().isOk())
                    .andExpect(jsonPath("$.items").isEmpty());
        }
        mvc.perform(get("/api/v1/news").param("page", last)).andExpect(status().isOk());
        Cookie admin = SignIn.asAdmin(mvc);
        for (String page :
                new String[] {"/projects", "/organisations", "/news", "/admin/users", "/admin/audit", "/admin/mail"}) {
            mvc.perform(get(page).param("page", last).cookie(admin)).andExpect(status().isOk());
        }
    }

    @Test
    void anUploadFormPostedWithoutAMultipartBodyIsABadRequestNotAServerError() throws Exception {
        Cookie admin = SignIn.asAdmin(mvc);
        mvc.perform(post("/admin/rules/E4C-2014-TT/import")
                        .with(csrf())
                        .cookie(admin)
                        .contentType(MediaType.APPLICATION_FORM_URLENCODED)
                        .param("file", "not a file"))
                .andExpect(status().isBadRequest());
    }

    @Test
    void anOutcomeWithoutAKindIsShownAgainWithAFieldMessageAndNotStored() throws Exception {
        Cookie coordinator = SignIn.as(mvc, meeting.coordinatorEmail(), TestUsers.PASSWORD);
        long before = count("project_outcome", "project_id", meeting.projectId());
        mvc.perform(post("/projects/" + meeting.projectId() + "/outcomes")
                        .cookie(coordinator)
                        .with(csrf())
                        .param("lang", "en")
                        .param("kind", "")
                        .param("textEn", "A town twinning meeting took place."))
                .andExpect(status().isUnprocessableContent())
                .andExpect(content().string(containsString("Choose the kind of outcome.")));
        assertThat(count("project_outcome", "project_id", meeting.projectId())).isEqualTo(before);
    }

    @Test
    void openingTheErrorAddressAnonymouslyIsNotFound() throws Exception {
        mvc.perform(get("/error").accept(MediaType.TEXT_HTML))
                .andExpect(status().isNotFound())
                .andExpect(content().string(containsString("Page not found")));
        ResultActions json = mvc.perform(get("/error").accept(MediaType.APPLICATION_JSON));
        json.andExpect(status().isNotFound());
    }
}
