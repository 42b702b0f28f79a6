package org.jumelage.programme.web;

import static org.hamcrest.Matchers.contains;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.everyItem;
import static org.hamcrest.Matchers.hasItem;
import static org.hamcrest.Matchers.not;
import static org.hamcrest.Matchers.startsWith;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.jsonPath;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import jakarta.servlet.http.Cookie;
import org.jumelage.account.AccountManagement;
import org.jumelage.support.JumelageIntegrationTest;
import org.jumelage.support.SignIn;
import org.jumelage.support.TestUsers;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.http.MediaType;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.ResultActions;

/**
 * The grant calculation API against the real rules engine and gazetteer: the example of issue 4,
 * in English and Latvian, and every bad plan a 400 problem naming its field.
 */
@JumelageIntegrationTest
class GrantCalculationApiIntegrationTests {

    static final String EXAMPLE = GrantCalculationApiControllerTests.EXAMPLE;

    @Autowired
    MockMvc mvc;

    @Autowired
    AccountManagement accounts;

    ResultActions calculate(String json, String language) throws Exception {
        return mvc.perform(post("/api/v1/grant-calculations")
                .header("Authorization", "Bearer " + TestUsers.ADMIN_API_TOKEN)
                .header("Accept-Language", language)
                .contentType(MediaType.APPLICATION_JSON)
                .content(json));
    }

    ResultActions calculate(String json) throws Exception {
        return calculate(json, "en");
    }

    @Test
    void findsTooFewInvitedParticipantsInTheIssuesExampleWithSourceAndConfidence() throws Exception {
        calculate(EXAMPLE)
                .andExpect(status().isOk())
                .andExpect(jsonPath("$.measure").value("E4C-2014-TT"))
                .andExpect(jsonPath("$.ruleSet").value("E4C-2014-TT/2014-2020"))
                .andExpect(jsonPath("$.callYear").value(2018))
                .andExpect(jsonPath("$.eligible").value(false))
                .andExpect(jsonPath("$.checks[0].rule").value("min-invited-participants"))
                .andExpect(jsonPath("$.checks[0].status").value("failed"))
                .andExpect(jsonPath("$.checks[0].passed").value(false))
                .andExpect(jsonPath("$.checks[0].expected").value(25))
                .andExpect(jsonPath("$.checks[0].actual").value(12))
                .andExpect(jsonPath("$.checks[0].message").value("12 invited participants; at least 25 needed"))
                .andExpect(jsonPath("$.checks[0].source", startsWith("https://www.up2europe.eu/")))
                .andExpect(jsonPath("$.checks[0].sources[0]", startsWith("https://www.up2europe.eu/")))
                .andExpect(jsonPath("$.checks[0].confidence").value("confirmed"))
                .andExpect(jsonPath("$.checks[0].validity").value("2014–2020"))
                .andExpect(jsonPath("$.checks[?(@.rule == 'applicant-type')].passed")
                        .value(hasItem(true)))
                .andExpect(jsonPath(
                        "$.checks[?(@.status == 'unknown')].passed", everyItem(org.hamcrest.Matchers.nullValue())))
                .andExpect(jsonPath("$.checks[?(@.rule == 'max-event-days')].message")
                        .value(hasItem("The longest event lasts 5 days (at most 21 allowed)")))
                .andExpect(jsonPath("$.grant.exact").value(false))
                .andExpect(jsonPath("$.grant.amount").isEmpty())
                .andExpect(jsonPath("$.grant.currency").value("EUR"))
                .andExpect(jsonPath("$.grant.notes[0]", containsString("with 12 the grant lies between")))
                // 25 invited participants over the whole project: one margin without event.
                .andExpect(jsonPath("$.margins[?(@.rule == 'min-invited-participants')].event")
                        .value(contains("")))
                .andExpect(jsonPath("$.margins[?(@.rule == 'min-invited-participants')].required")
                        .value(contains(25)))
                .andExpect(jsonPath("$.margins[?(@.rule == 'min-invited-participants')].actual")
                        .value(contains(12)))
                .andExpect(jsonPath("$.margins[?(@.rule == 'min-invited-participants')].missing")
                        .value(contains(13)))
                .andExpect(jsonPath("$.margins[?(@.rule == 'min-invited-participants')].unit")
                        .value(contains("invited-participants")))
                .andExpect(jsonPath("$.margins[?(@.rule == 'max-event-days')].limit")
                        .value(contains("at-most")))
                .andExpect(jsonPath("$.margins[?(@.rule == 'max-event-days')].missing")
                        .value(contains(0)))
                .andExpect(content().string(containsString("\"min\":5000.00,\"max\":25000.00")));
    }

    @Test
    void answersInLatvian() throws Exception {
        calculate(EXAMPLE, "lv")
                .andExpect(status().isOk())
                .andExpect(jsonPath("$.checks[0].message").value("Uzaicinātie dalībnieki: 12; vajag vismaz 25"))
                .andExpect(jsonPath("$.grant.notes[0]", startsWith("Vienreizējo maksājumu tabula")));
    }

    @Test
    void enoughInvitedParticipantsPassTheCheck() throws Exception {
        calculate(EXAMPLE.replace("\"participants\":12", "\"participants\":30"))
                .andExpect(status().isOk())
                .andExpect(jsonPath("$.checks[?(@.rule == 'min-invited-participants')].status")
                        .value(hasItem("passed")))
                .andExpect(jsonPath("$.checks[*].status", not(hasItem("failed"))))
                .andExpect(jsonPath("$.eligible").value(true));
    }

    @Test
    void aPlanWithAnUndecidedCheckIsNotEligibleYetButNotDecided() throws Exception {
        calculate(EXAMPLE.replace("\"participants\":12", "\"participants\":30")
                        .replace("\"startDate\":\"2018-11-08\",\"endDate\":\"2018-11-12\",", ""))
                .andExpect(status().isOk())
                .andExpect(jsonPath("$.checks[*].status", not(hasItem("failed"))))
                .andExpect(jsonPath("$.checks[?(@.rule == 'max-event-days')].status")
                        .value(hasItem("unknown")))
                .andExpect(jsonPath("$.eligible").value(false))
                .andExpect(jsonPath("$.eligibility").value("not-decided"));
        calculate(EXAMPLE.replace("\"participants\":12", "\"participants\":30"))
                .andExpect(jsonPath("$.eligible").value(true))
                .andExpect(jsonPath("$.eligibility").value("eligible"));
        calculate(EXAMPLE).andExpect(jsonPath("$.eligibility").value("not-eligible"));
    }

    @Test
    void aSignedInBrowserSessionMayCalculateToo() throws Exception {
        String email = TestUsers.uniqueEmail("grant-api");
        accounts.createUser(TestUsers.coordinator(email));
        Cookie session = SignIn.as(mvc, email, TestUsers.PASSWORD);

        mvc.perform(post("/api/v1/grant-calculations")
                        .cookie(session)
                        .with(csrf())
                        .contentType(MediaType.APPLICATION_JSON)
                        .content(EXAMPLE))
                .andExpect(status().isOk())
                .andExpect(jsonPath("$.ruleSet").value("E4C-2014-TT/2014-2020"));
    }

    @Test
    void anUnknownMeasureIsABadRequest() throws Exception {
        calculate(EXAMPLE.replace("E4C-2014-TT", "E4C-2014-XX"))
                .andExpect(status().isBadRequest())
                .andExpect(content().contentTypeCompatibleWith(MediaType.APPLICATION_PROBLEM_JSON))
                .andExpect(jsonPath("$.code").value("programme.invalid-plan"))
                .andExpect(jsonPath("$.errors[0].field").value("measure"));
    }

    @Test
    void aDeadlineOutsideEveryRuleSetIsABadRequestNamingTheField() throws Exception {
        calculate(EXAMPLE.replace("\"deadline\":\"2018-03-01\"", "\"deadline\":\"2031-03-01\""))
                .andExpect(status().isBadRequest())
                .andExpect(content().contentTypeCompatibleWith(MediaType.APPLICATION_PROBLEM_JSON))
                .andExpect(jsonPath("$.code").value("programme.no-rule-set"))
                .andExpect(jsonPath("$.errors[0].field").value("deadline"))
                .andExpect(jsonPath("$.errors[0].message", startsWith("No rule set of E4C-2014-TT covers calls of")));
        calculate(EXAMPLE.replace("\"deadline\":\"2018-03-01\"", "\"callYear\":2012"), "lv")
                .andExpect(status().isBadRequest())
                .andExpect(jsonPath("$.code").value("programme.no-rule-set"))
                .andExpect(jsonPath("$.errors[0].field").value("callYear"))
                .andExpect(jsonPath("$.errors[0].message", startsWith("Neviens E4C-2014-TT noteikumu kopums")));
    }

    @Test
    void aNegativeCountIsABadRequestNamingTheField() throws Exception {
        calculate(EXAMPLE.replace("\"participants\":12", "\"participants\":-3"))
                .andExpect(status().isBadRequest())
                .andExpect(jsonPath("$.code").value("programme.negative-count"))
                .andExpect(jsonPath("$.errors[0].field").value("events[0].delegations[0].participants"))
                .andExpect(
                        jsonPath("$.errors[0].message").value("A number of people or kilometres cannot be negative."));
        calculate(EXAMPLE.replace("\"localParticipants\":40", "\"localParticipants\":-1"))
                .andExpect(status().isBadRequest())
                .andExpect(jsonPath("$.errors[0].field").value("events[0].localParticipants"));
    }

    @Test
    void anEndBeforeItsStartIsABadRequestNamingTheField() throws Exception {
        calculate(EXAMPLE.replace("\"projectEnd\":\"2018-11-12\"", "\"projectEnd\":\"2018-11-01\""))
                .andExpect(status().isBadRequest())
                .andExpect(jsonPath("$.code").value("programme.end-before-start"))
                .andExpect(jsonPath("$.errors[0].field").value("projectEnd"))
                .andExpect(jsonPath("$.errors[0].message").value("The end is before the start."));
        calculate(EXAMPLE.replace("\"endDate\":\"2018-11-12\"", "\"endDate\":\"2018-11-07\""), "lv")
                .andExpect(status().isBadRequest())
                .andExpect(jsonPath("$.errors[0].field").value("events[0].endDate"))
                .andExpect(jsonPath("$.errors[0].message").value("Beigas ir pirms sākuma."));
    }

    @Test
    void anUnknownTownIdIsABadRequestNamingTheField() throws Exception {
        calculate(EXAMPLE.replace("\"hostTown\":460413", "\"hostTown\":1"))
                .andExpect(status().isBadRequest())
                .andExpect(jsonPath("$.errors[0].field").value("events[0].hostTown"))
                .andExpect(jsonPath("$.errors[0].message")
                        .value("There is no town with the GeoNames id 1; look towns up at /api/v1/towns."));
    }

    @Test
    void anUnknownCountryOrApplicantTypeIsABadRequestNamingTheField() throws Exception {
        calculate(EXAMPLE.replace("{\"country\":\"LT\",\"town\"", "{\"country\":\"XX\",\"town\""))
                .andExpect(status().isBadRequest())
                .andExpect(jsonPath("$.errors[0].field").value("events[0].delegations[0].country"));
        calculate(EXAMPLE.replace(
                        "{\"country\":\"LV\",\"type\":\"MUNICIPALITY\"}", "{\"country\":\"LV\",\"type\":\"CITY\"}"))
                .andExpect(status().isBadRequest())
                .andExpect(jsonPath("$.errors[0].field").value("applicant.type"));
    }

    @Test
    void isDescribedInTheApiDescription() throws Exception {
        String path = "$.paths['/api/v1/grant-calculations'].post";
        mvc.perform(get("/v3/api-docs"))
                .andExpect(status().isOk())
                .andExpect(jsonPath(path + ".tags[0]").value("Grant calculations"))
                .andExpect(jsonPath(path + ".summary")
                        .value("Check a plan against the programme rules and compute its grant"))
                .andExpect(jsonPath(path + ".requestBody.content['application/json'].examples")
                        .exists())
                .andExpect(jsonPath(path + ".responses['400'].description", startsWith("A value is missing")))
                .andExpect(jsonPath(path + ".responses['401']").exists())
                .andExpect(jsonPath("$.components.schemas.GrantCalculationRequest.properties.measure.example")
                        .value("E4C-2014-TT"))
                .andExpect(jsonPath("$.components.schemas.GrantCalculationCheck.properties.passed")
                        .exists());
    }

    @Test
    void isForSignedInCallersOnly() throws Exception {
        mvc.perform(post("/api/v1/grant-calculations")
                        .contentType(MediaType.APPLICATION_JSON)
                        .content(EXAMPLE))
                .andExpect(status().isUnauthorized())
                .andExpect(content().contentTypeCompatibleWith(MediaType.APPLICATION_PROBLEM_JSON))
                .andExpect(jsonPath("$.code").value("api.unauthenticated"));
    }
}
