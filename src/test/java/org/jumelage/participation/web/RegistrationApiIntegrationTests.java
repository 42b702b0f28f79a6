package org.jumelage.participation.web;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.delete;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.put;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.jsonPath;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import com.jayway.jsonpath.JsonPath;
import org.jumelage.account.AccountManagement;
import org.jumelage.event.EventManagement;
import org.jumelage.network.OrganisationManagement;
import org.jumelage.participation.RegistrationSettingsManagement;
import org.jumelage.participation.domain.CheckInTokens;
import org.jumelage.project.ProjectManagement;
import org.jumelage.support.JumelageIntegrationTest;
import org.jumelage.support.RegistrationFixtures;
import org.jumelage.support.RegistrationFixtures.Meeting;
import org.jumelage.support.TestUsers;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.http.MediaType;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.ResultActions;

/** Registration through the JSON API: the issue's bodies, problems as RFC 9457 naming the field. */
@JumelageIntegrationTest
class RegistrationApiIntegrationTests {

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
    CheckInTokens tokens;

    @Autowired
    JdbcClient jdbc;

    Meeting meeting;
    String bearer;

    @BeforeEach
    void setUp() {
        meeting = new RegistrationFixtures(organisations, accounts, projects, events, settings, jdbc).meeting(null);
        bearer = "Bearer "
                + accounts.createApiToken(meeting.coordinator().id(), "tests").secret();
    }

    ResultActions register(String json) throws Exception {
        return mvc.perform(post("/api/v1/events/" + meeting.eventId() + "/registrations")
                .header("Authorization", bearer)
                .contentType(MediaType.APPLICATION_JSON)
                .content(json));
    }

    String body(String email, String country) {
        return """
                {"firstName":"Aistė","lastName":"Kazlauskienė","email":"%s","country":"%s","town":598316,
                 "delegationId":%d,"consent":true}""".formatted(email, country, meeting.delegationId());
    }

    long rows() {
        return jdbc.sql("select count(*) from event_registration where event_id = :event")
                .param("event", meeting.eventId())
                .query(Long.class)
                .single();
    }

    @Test
    void registeringAnswersTheIdTheStatusAndAGenuineCheckInToken() throws Exception {
        String answer = register(body(TestUsers.uniqueEmail("aiste"), "LT"))
                .andExpect(status().isCreated())
                .andExpect(jsonPath("$.status").value("CONFIRMED"))
                .andExpect(jsonPath("$.source").value("API"))
                .andExpect(jsonPath("$.townName").value("Kaunas"))
                .andExpect(jsonPath("$.checkInCode")
                        .value(org.hamcrest.Matchers.matchesPattern("[A-HJKMNP-Z2-9]{4}-[A-HJKMNP-Z2-9]{4}")))
                .andReturn()
                .getResponse()
                .getContentAsString();
        long id = ((Number) JsonPath.read(answer, "$.id")).longValue();
        String token = JsonPath.read(answer, "$.checkInToken");
        assertThat(tokens.verify(token)).hasValueSatisfying(verified -> {
            assertThat(verified.eventId()).isEqualTo(meeting.eventId());
            assertThat(verified.checkInCode()).isNotBlank();
        });
        assertThat(answer).doesNotContain("manage");

        mvc.perform(get("/api/v1/events/" + meeting.eventId() + "/registrations")
                        .header("Authorization", bearer))
                .andExpect(status().isOk())
                .andExpect(jsonPath("$.total").value(1))
                .andExpect(jsonPath("$.items[0].id").value(id))
                .andExpect(jsonPath("$.items[0].checkInCode").value((String) JsonPath.read(answer, "$.checkInCode")));
        mvc.perform(delete("/api/v1/registrations/" + id).header("Authorization", bearer))
                .andExpect(status().isNoContent());
        mvc.perform(get("/api/v1/registrations/" + id).header("Authorization", bearer))
                .andExpect(jsonPath("$.status").value("CANCELLED"));
        mvc.perform(delete("/api/v1/registrations/999999999").header("Authorization", bearer))
                .andExpect(status().isNotFound());
    }

    @Test
    void theListIsPagedOldestFirstAndCountsEveryRegistration() throws Exception {
        long[] ids = new long[3];
        for (int i = 0; i < ids.length; i++) {
            // Another person each time: one delegation takes a name once.
            String person = body(TestUsers.uniqueEmail("page" + i), "LT").replace("Aistė", "Aistė " + (char) ('A' + i));
            String answer = register(person)
                    .andExpect(status().isCreated())
                    .andReturn()
                    .getResponse()
                    .getContentAsString();
            ids[i] = ((Number) JsonPath.read(answer, "$.id")).longValue();
        }

        mvc.perform(get("/api/v1/events/" + meeting.eventId() + "/registrations?page=1&size=2")
                        .header("Authorization", bearer))
                .andExpect(status().isOk())
                .andExpect(jsonPath("$.total").value(3))
                .andExpect(jsonPath("$.page").value(1))
                .andExpect(jsonPath("$.size").value(2))
                .andExpect(jsonPath("$.items.length()").value(1))
                .andExpect(jsonPath("$.items[0].id").value(ids[2]));
        mvc.perform(get("/api/v1/events/" + meeting.eventId() + "/registrations")
                        .header("Authorization", bearer))
                .andExpect(jsonPath("$.size").value(RegistrationApiController.DEFAULT_PAGE_SIZE))
                .andExpect(jsonPath("$.items.length()").value(3))
                .andExpect(jsonPath("$.items[0].id").value(ids[0]));
        mvc.perform(get("/api/v1/events/" + meeting.eventId() + "/registrations?size=100000")
                        .header("Authorization", bearer))
                .andExpect(status().isOk())
                .andExpect(jsonPath("$.size").value(RegistrationApiController.MAX_PAGE_SIZE));
    }

    @ParameterizedTest(name = "{0}")
    @CsvSource(delimiter = '|', textBlock = """
            invalid e-mail  | not-an-address | LT | 422 | event.registration.email-invalid | email
            unknown country | VALID          | ZZ | 422 | event.registration.unknown-country | country
            """)
    void badInputIsAProblemNamingTheFieldAndStoresNothing(
            String name, String email, String country, int status, String code, String field) throws Exception {
        long before = rows();
        register(body(email.equals("VALID") ? TestUsers.uniqueEmail("x") : email, country))
                .andExpect(status().is(status))
                .andExpect(jsonPath("$.code").value(code))
                .andExpect(jsonPath("$.errors[0].field").value(field))
                .andExpect(jsonPath("$.errors[0].message").isNotEmpty());
        assertThat(rows()).isEqualTo(before);
    }

    @Test
    void problemsAreInTheLanguageOfAcceptLanguageBeforeTheCookie() throws Exception {
        long before = rows();
        mvc.perform(post("/api/v1/events/" + meeting.eventId() + "/registrations")
                        .header("Authorization", bearer)
                        .header("Accept-Language", "de-AT, en;q=0.5")
                        .cookie(new jakarta.servlet.http.Cookie(org.jumelage.shared.Languages.COOKIE, "lv"))
                        .contentType(MediaType.APPLICATION_JSON)
                        .content(body("not-an-address", "LT")))
                .andExpect(status().is(422))
                .andExpect(jsonPath("$.errors[0].field").value("email"))
                .andExpect(jsonPath("$.errors[0].message").value("Dies ist keine gültige E-Mail-Adresse."));
        mvc.perform(post("/api/v1/events/" + meeting.eventId() + "/registrations")
                        .header("Authorization", bearer)
                        .cookie(new jakarta.servlet.http.Cookie(org.jumelage.shared.Languages.COOKIE, "lv"))
                        .contentType(MediaType.APPLICATION_JSON)
                        .content(body("not-an-address", "LT")))
                .andExpect(status().is(422))
                .andExpect(jsonPath("$.errors[0].message").value("Šī nav derīga e-pasta adrese."));
        assertThat(rows()).isEqualTo(before);
    }

    @Test
    void theSameEMailTwiceIsAConflict() throws Exception {
        String email = TestUsers.uniqueEmail("twice");
        register(body(email, "LT")).andExpect(status().isCreated());
        long before = rows();
        register(body(email.toUpperCase(), "LT").replace("Aistė", "Other"))
                .andExpect(status().isConflict())
                .andExpect(jsonPath("$.code").value("event.registration.duplicate-email"))
                .andExpect(jsonPath("$.errors[0].field").value("email"));
        assertThat(rows()).isEqualTo(before);
    }

    @Test
    void theSettingsArePutAsTheIssueWritesThem() throws Exception {
        mvc.perform(put("/api/v1/events/" + meeting.eventId() + "/registration-settings")
                        .header("Authorization", bearer)
                        .contentType(MediaType.APPLICATION_JSON)
                        .content("""
                                {"open":true,"opensAt":"2018-10-01T00:00:00Z","closesAt":"2099-11-01T00:00:00Z",
                                 "capacity":1,"publicLink":false}"""))
                .andExpect(status().isOk())
                .andExpect(jsonPath("$.capacity").value(1))
                .andExpect(jsonPath("$.publicLink").value(false))
                .andExpect(jsonPath("$.consentVersion").value(1))
                .andExpect(jsonPath("$.workingLanguages[0]").value("lv"));
        register(body(TestUsers.uniqueEmail("first"), "LT"))
                .andExpect(jsonPath("$.status").value("CONFIRMED"));
        register(body(TestUsers.uniqueEmail("second"), "LT").replace("Aistė", "Second"))
                .andExpect(jsonPath("$.status").value("WAITLISTED"));
        mvc.perform(get("/register/" + meeting.publicToken())).andExpect(status().isNotFound());

        mvc.perform(put("/api/v1/events/" + meeting.eventId() + "/registration-settings")
                        .header("Authorization", bearer)
                        .contentType(MediaType.APPLICATION_JSON)
                        .content("""
                                {"open":true,"opensAt":"2018-10-02T00:00:00Z","closesAt":"2018-10-01T00:00:00Z"}"""))
                .andExpect(status().isUnprocessableContent())
                .andExpect(jsonPath("$.errors[0].field").value("closesAt"));
    }

    @Test
    void workingLanguagesAreAnyOfJumelagesAndTheConsentTextIsWrittenInThem() throws Exception {
        mvc.perform(put("/api/v1/events/" + meeting.eventId() + "/registration-settings")
                        .header("Authorization", bearer)
                        .contentType(MediaType.APPLICATION_JSON)
                        .content("""
                                {"open":true,"workingLanguages":["lv","pl","sr-latn","pl"],
                                 "consentText":{"lv":"Piekrītu.","pl":"Zgadzam się.","sr-Latn":"Slažem se."}}"""))
                .andExpect(status().isOk())
                .andExpect(jsonPath("$.workingLanguages.length()").value(3))
                .andExpect(jsonPath("$.workingLanguages[1]").value("pl"))
                .andExpect(jsonPath("$.workingLanguages[2]").value("sr-Latn"))
                .andExpect(jsonPath("$.consentText.pl").value("Zgadzam się."))
                .andExpect(jsonPath("$.consentText.['sr-Latn']").value("Slažem se."));
        mvc.perform(put("/api/v1/events/" + meeting.eventId() + "/registration-settings")
                        .header("Authorization", bearer)
                        .contentType(MediaType.APPLICATION_JSON)
                        .content("""
                                {"open":true,"workingLanguages":["lv","xx"]}"""))
                .andExpect(status().isUnprocessableContent())
                .andExpect(jsonPath("$.errors[0].field").value("workingLanguages"));
        mvc.perform(put("/api/v1/events/" + meeting.eventId() + "/registration-settings")
                        .header("Authorization", bearer)
                        .contentType(MediaType.APPLICATION_JSON)
                        .content("{\"open\":true,\"consentText\":{\"de\":\"" + "a".repeat(5001) + "\"}}"))
                .andExpect(status().isUnprocessableContent())
                .andExpect(jsonPath("$.errors[0].field").value("consentOthers[de]"));
        mvc.perform(get("/api/v1/events/" + meeting.eventId() + "/registration-settings")
                        .header("Authorization", bearer))
                .andExpect(jsonPath("$.workingLanguages[1]").value("pl"))
                .andExpect(jsonPath("$.consentText.de").doesNotExist());
    }

    @Test
    void aPartnerContactMayNotReadTheRegistrationSettings() throws Exception {
        String partner = "Bearer "
                + accounts.createApiToken(meeting.partner().id(), "tests").secret();
        mvc.perform(get("/api/v1/events/" + meeting.eventId() + "/registration-settings")
                        .header("Authorization", partner))
                .andExpect(status().isForbidden())
                .andExpect(jsonPath("$.code").value("event.not-allowed"))
                .andExpect(jsonPath("$.publicToken").doesNotExist());
        mvc.perform(get("/api/v1/events/" + meeting.eventId() + "/registration-settings")
                        .header("Authorization", bearer))
                .andExpect(status().isOk())
                .andExpect(jsonPath("$.publicToken").value(meeting.publicToken()));
    }
}
