package org.jumelage.programme.web;

import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.allOf;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.not;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.redirectedUrl;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import jakarta.servlet.http.Cookie;
import java.util.LinkedHashMap;
import java.util.Map;
import org.jumelage.account.AccountManagement;
import org.jumelage.support.JumelageIntegrationTest;
import org.jumelage.support.SignIn;
import org.jumelage.support.TestUsers;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.request.MockHttpServletRequestBuilder;

/** The calculator page against the real rules engine, for a signed-in coordinator, in English and Latvian. */
@JumelageIntegrationTest
class GrantCalculatorPageIntegrationTests {

    @Autowired
    MockMvc mvc;

    @Autowired
    AccountManagement accounts;

    Cookie coordinator;

    @BeforeEach
    void signIn() throws Exception {
        String email = TestUsers.uniqueEmail("calculator");
        accounts.createUser(TestUsers.coordinator(email));
        coordinator = SignIn.as(mvc, email, TestUsers.PASSWORD);
    }

    /** The plan in the form, with a blank first delegation row; {@code overrides} are name, value pairs. */
    MockHttpServletRequestBuilder calculate(String language, String... overrides) {
        Map<String, String> values = new LinkedHashMap<>();
        values.put("measure", "E4C-2014-TT");
        values.put("deadline", "2018-03-01");
        values.put("applicant.country", "LV");
        values.put("applicant.type", "MUNICIPALITY");
        values.put("partners[0].country", "LT");
        values.put("partners[0].type", "MUNICIPALITY");
        values.put("projectStart", "2018-11-08");
        values.put("projectEnd", "2018-11-12");
        values.put("events[0].hostCountry", "LV");
        values.put("events[0].startDate", "2018-11-08");
        values.put("events[0].endDate", "2018-11-12");
        values.put("events[0].localParticipants", "40");
        values.put("events[0].delegations[1].country", "LT");
        values.put("events[0].delegations[1].participants", "12");
        values.put("events[0].delegations[1].roundTripKm", "380");
        values.put("action", "calculate");
        for (int i = 0; i < overrides.length; i += 2) {
            values.put(overrides[i], overrides[i + 1]);
        }
        MockHttpServletRequestBuilder request = post("/programmes/calculator")
                .cookie(coordinator, new Cookie("JUMELAGE_LANG", language))
                .with(csrf());
        values.forEach(request::param);
        return request;
    }

    @Test
    void isLinkedFromTheCatalogueAndTheNavigation() throws Exception {
        mvc.perform(get("/programmes").cookie(coordinator, new Cookie("JUMELAGE_LANG", "en")))
                .andExpect(status().isOk())
                .andExpect(
                        content()
                                .string(
                                        allOf(
                                                containsString(
                                                        "<a id=\"calculator-link\" href=\"/programmes/calculator\">"),
                                                containsString(
                                                        "id=\"nav-calculator\" href=\"/programmes/calculator\">Grant calculator</a>"))));
        mvc.perform(get("/programmes/calculator").cookie(coordinator, new Cookie("JUMELAGE_LANG", "en")))
                .andExpect(status().isOk())
                .andExpect(content()
                        .string(allOf(
                                containsString("<title>Grant calculator</title>"),
                                containsString("<option value=\"CERV-TT\">"),
                                containsString("id=\"calculator-hint\""))));
    }

    @Test
    void showsTheFailingCheckFirstWithItsNumbersSourceAndConfidence() throws Exception {
        String page = mvc.perform(calculate("en"))
                .andExpect(status().isOk())
                .andReturn()
                .getResponse()
                .getContentAsString();

        assertThat(page)
                .contains("Not eligible (failed checks: 1)")
                .contains("Rule set E4C-2014-TT/2014-2020, call year 2018")
                .contains("<span class=\"fw-semibold\">Invited participants</span>")
                .contains("12 invited participants; at least 25 needed")
                .contains("<dd class=\"col-7 mb-0 grant-check-expected\">25</dd>")
                .contains("<dd class=\"col-7 mb-0 grant-check-actual\">12</dd>")
                .contains(">up2europe.eu</a>")
                .contains("data-confidence=\"confirmed\">confirmed</span>")
                .contains("The applicant is a municipality, which may apply")
                .contains("<strong class=\"fs-5\">€5,000.00 to €25,000.00</strong>")
                .contains("Estimate, not exact")
                .contains("with 12 the grant lies between");
        assertThat(page.indexOf("data-rule=\"min-invited-participants\" data-status=\"failed\""))
                .isPositive()
                .isLessThan(page.indexOf("data-status=\"unknown\""))
                .isLessThan(page.indexOf("data-status=\"passed\""));
    }

    @Test
    void showsThePassingCheckWhenEnoughAreInvited() throws Exception {
        mvc.perform(calculate("en", "events[0].delegations[1].participants", "30"))
                .andExpect(status().isOk())
                .andExpect(content()
                        .string(allOf(
                                containsString("data-eligible=\"true\">Eligible</span>"),
                                containsString("data-rule=\"min-invited-participants\" data-status=\"passed\""),
                                containsString("30 invited participants (at least 25 needed)"),
                                not(containsString("data-status=\"failed\"")))));
    }

    @Test
    void showsTheEvaluationInLatvian() throws Exception {
        mvc.perform(calculate("lv"))
                .andExpect(status().isOk())
                .andExpect(content()
                        .string(allOf(
                                containsString("<html lang=\"lv\""),
                                containsString("Neatbilst (neizpildītas pārbaudes: 1)"),
                                containsString("<span class=\"fw-semibold\">Uzaicinātie dalībnieki</span>"),
                                containsString("Uzaicinātie dalībnieki: 12; vajag vismaz 25"),
                                containsString("data-confidence=\"confirmed\">apstiprināts</span>"),
                                containsString("no 5\u00a0000,00\u00a0€ līdz 25\u00a0000,00\u00a0€"),
                                containsString("<option value=\"LT\" selected=\"selected\">Lietuva</option>"),
                                not(containsString("invited participants")))));
    }

    @Test
    void aPlanThatCannotBeReadAnswers422WithTheErrorAtItsField() throws Exception {
        mvc.perform(calculate("en", "measure", "", "applicant.country", ""))
                .andExpect(status().isUnprocessableContent())
                .andExpect(content()
                        .string(allOf(
                                containsString("id=\"measure-errors\""),
                                containsString("id=\"applicant.country-errors\""),
                                containsString("This value is required."),
                                not(containsString("data-rule=")))));
    }

    @Test
    void aRefusalOfTheRulesEngineLandsAtTheFieldOfItsRow() throws Exception {
        mvc.perform(calculate("en", "events[0].delegations[1].participants", "-3"))
                .andExpect(status().isUnprocessableContent())
                .andExpect(
                        content()
                                .string(
                                        allOf(
                                                containsString(
                                                        "<div class=\"invalid-feedback\" id=\"events0.delegations1.participants-errors\">"),
                                                containsString("A number of people or kilometres cannot be negative."),
                                                containsString(
                                                        "<a href=\"#events0.delegations1.participants\">Event 1, delegation 2: participants</a>"))));
        mvc.perform(calculate("lv", "projectEnd", "2018-11-01"))
                .andExpect(status().isUnprocessableContent())
                .andExpect(content()
                        .string(allOf(
                                containsString("<div class=\"invalid-feedback\" id=\"projectEnd-errors\">"),
                                containsString("Beigas ir pirms sākuma."))));
        mvc.perform(calculate("en", "deadline", "2031-03-01"))
                .andExpect(status().isUnprocessableContent())
                .andExpect(content().string(containsString("<div class=\"invalid-feedback\" id=\"deadline-errors\">")));
    }

    @Test
    void isForSignedInUsersOnly() throws Exception {
        mvc.perform(get("/programmes/calculator")).andExpect(status().isFound()).andExpect(redirectedUrl("/sign-in"));
    }
}
