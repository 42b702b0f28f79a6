package org.jumelage.programme.web;

import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.allOf;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.not;
import static org.mockito.ArgumentMatchers.any;
import static org.mockito.ArgumentMatchers.anyString;
import static org.mockito.Mockito.never;
import static org.mockito.Mockito.verify;
import static org.mockito.Mockito.when;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.authentication;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.view;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import org.jumelage.account.Role;
import org.jumelage.account.SignedInUser;
import org.jumelage.network.OrganisationType;
import org.jumelage.network.TownDirectory;
import org.jumelage.programme.GrantCalculator;
import org.jumelage.programme.GrantPlan;
import org.jumelage.programme.ProgrammeCatalogue;
import org.jumelage.programme.ProgrammeException;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.mockito.ArgumentCaptor;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.webmvc.test.autoconfigure.WebMvcTest;
import org.springframework.context.annotation.Import;
import org.springframework.security.authentication.UsernamePasswordAuthenticationToken;
import org.springframework.security.core.authority.SimpleGrantedAuthority;
import org.springframework.test.context.bean.override.mockito.MockitoBean;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.request.MockHttpServletRequestBuilder;
import org.springframework.test.web.servlet.request.RequestPostProcessor;

/**
 * The calculator page in a web slice with a fake rules engine: the whole page without JavaScript
 * (422 with the errors at the fields), the result panel and the whole calculator for htmx.
 */
@WebMvcTest(GrantCalculatorController.class)
@Import(GrantPlanReader.class)
class GrantCalculatorControllerTests {

    @Autowired
    MockMvc mvc;

    @MockitoBean
    GrantCalculator calculator;

    @MockitoBean
    ProgrammeCatalogue catalogue;

    @MockitoBean
    TownDirectory towns;

    static RequestPostProcessor jana() {
        SignedInUser jana = new SignedInUser(42, "jana@example.org", "Jana", "lv", Set.of(Role.COORDINATOR), null);
        return authentication(UsernamePasswordAuthenticationToken.authenticated(
                jana, null, List.of(new SimpleGrantedAuthority("ROLE_COORDINATOR"))));
    }

    @BeforeEach
    void setUp() {
        when(catalogue.measures()).thenReturn(List.of(GrantCalculationApiControllerTests.TOWN_TWINNING));
        when(catalogue.programmes()).thenCallRealMethod();
        when(catalogue.measure(anyString())).thenReturn(Optional.empty());
        when(catalogue.measure("E4C-2014-TT"))
                .thenReturn(Optional.of(GrantCalculationApiControllerTests.TOWN_TWINNING));
        when(calculator.evaluate(any())).thenReturn(GrantEvaluationMother.tooFewInvited());
    }

    /** A plan with a blank first partner row (the second is Lithuania) and a blank first delegation row. */
    static MockHttpServletRequestBuilder plan(MockHttpServletRequestBuilder request, String... overrides) {
        Map<String, String> values = new LinkedHashMap<>();
        values.put("measure", "E4C-2014-TT");
        values.put("callYear", "2018");
        values.put("applicant.country", "LV");
        values.put("applicant.type", "MUNICIPALITY");
        values.put("partners[0].country", "");
        values.put("partners[0].type", "");
        values.put("partners[1].country", "LT");
        values.put("partners[1].type", "");
        values.put("events[0].hostCountry", "LV");
        values.put("events[0].localParticipants", "40");
        values.put("events[0].delegations[0].country", "");
        values.put("events[0].delegations[1].country", "LT");
        values.put("events[0].delegations[1].participants", "12");
        values.put("events[0].delegations[1].roundTripKm", "380");
        for (int i = 0; i < overrides.length; i += 2) {
            values.put(overrides[i], overrides[i + 1]);
        }
        request.with(jana()).with(csrf());
        values.forEach(request::param);
        return request;
    }

    static MockHttpServletRequestBuilder calculate(String... overrides) {
        return plan(post("/programmes/calculator"), overrides).param("action", "calculate");
    }

    @Test
    void showsABlankFormWithTheMeasuresAndAHint() throws Exception {
        mvc.perform(get("/programmes/calculator").with(jana()).header("Accept-Language", "en"))
                .andExpect(status().isOk())
                .andExpect(view().name("programme/calculator"))
                .andExpect(content()
                        .string(allOf(
                                containsString("<h1 class=\"mb-2\">What if: eligibility and grant of a plan</h1>"),
                                containsString("<optgroup label=\"Europe for Citizens (2014–2020)\">"),
                                containsString(
                                        "<option value=\"E4C-2014-TT\">2.1 Town Twinning (E4C-2014-TT)</option>"),
                                containsString("<option value=\"MUNICIPALITY\">Municipality</option>"),
                                containsString("<option value=\"LV\">Latvia</option>"),
                                containsString("id=\"partners1.country\""),
                                not(containsString("id=\"partners2.country\"")),
                                containsString("id=\"events0.delegations1.participants\""),
                                containsString("hx-trigger=\"change delay:300ms, submit\""),
                                containsString("id=\"calculator-hint\""),
                                not(containsString("data-rule=")))));
        verify(calculator, never()).evaluate(any());
    }

    @Test
    void showsTheEvaluationOfAPlanFailingChecksFirstWithNumbersSourcesAndConfidence() throws Exception {
        String page = mvc.perform(calculate())
                .andExpect(status().isOk())
                .andExpect(view().name("programme/calculator"))
                .andReturn()
                .getResponse()
                .getContentAsString();

        assertThat(page)
                .contains("data-eligible=\"false\">Not eligible (failed checks: 1)</span>")
                .contains("Rule set E4C-2014-TT/2014-2020, call year 2018")
                .contains("<strong class=\"fs-5\">€5,000.00</strong>")
                .contains("<dd class=\"col-7 mb-0 grant-check-expected\">25</dd>")
                .contains("<dd class=\"col-7 mb-0 grant-check-actual\">12</dd>")
                .contains("href=\"https://www.eacea.ec.europa.eu/guide-2018.pdf\" rel=\"external noopener noreferrer\"")
                .contains("data-confidence=\"single-source\"")
                .contains("<caption>How the grant is made up</caption>")
                .contains("<li>There is no town with the GeoNames id 42; look towns up at /api/v1/towns.</li>")
                .doesNotContain("calculator-problems");
        assertThat(page.indexOf("data-rule=\"min-invited-participants\" data-status=\"failed\""))
                .isPositive()
                .isLessThan(page.indexOf("data-rule=\"applicant-type\" data-status=\"unknown\""));
        assertThat(page.indexOf("data-rule=\"applicant-type\""))
                .isLessThan(page.indexOf("data-rule=\"partner-countries\" data-status=\"passed\""));

        ArgumentCaptor<GrantPlan> plan = ArgumentCaptor.forClass(GrantPlan.class);
        verify(calculator).evaluate(plan.capture());
        assertThat(plan.getValue().callYear()).isEqualTo(2018);
        assertThat(plan.getValue().applicant()).isEqualTo(new GrantPlan.Applicant("LV", OrganisationType.MUNICIPALITY));
        assertThat(plan.getValue().partners()).containsExactly(new GrantPlan.Applicant("LT", null));
        assertThat(plan.getValue().events()).singleElement().satisfies(event -> {
            assertThat(event.label()).isEqualTo("event 1 (Latvia)");
            assertThat(event.localParticipants()).isEqualTo(40);
            assertThat(event.delegations()).containsExactly(new GrantPlan.Delegation("LT", null, 12, 380));
        });
    }

    @Test
    void aPlanThatCannotBeReadAnswers422WithTheErrorsAtTheFieldsOfTheRightRows() throws Exception {
        mvc.perform(calculate("applicant.country", "", "events[0].delegations[1].participants", ""))
                .andExpect(status().isUnprocessableContent())
                .andExpect(view().name("programme/calculator"))
                .andExpect(content()
                        .string(allOf(
                                containsString("<div class=\"invalid-feedback\" id=\"applicant.country-errors\">"),
                                containsString("aria-describedby=\"events0.delegations1.participants-errors\""),
                                containsString("<a href=\"#applicant.country\">Applicant&#39;s country</a>"),
                                containsString(
                                        "<a href=\"#events0.delegations1.participants\">Event 1, delegation 2: participants</a>"),
                                containsString("This value is required."),
                                not(containsString("data-rule=")))));
        verify(calculator, never()).evaluate(any());
    }

    @Test
    void aValueOfTheWrongFormAnswers422AtItsField() throws Exception {
        mvc.perform(calculate("events[0].startDate", "8.11.2018"))
                .andExpect(status().isUnprocessableContent())
                .andExpect(content()
                        .string(allOf(
                                containsString("id=\"events0.startDate-errors\""),
                                containsString("Enter a date such as 2018-11-08."),
                                containsString("<a href=\"#events0.startDate\">Event 1: first day</a>"))));
        verify(calculator, never()).evaluate(any());
    }

    @Test
    void aRefusalOfTheRulesEngineIsShownOnTheForm() throws Exception {
        when(calculator.evaluate(any())).thenThrow(ProgrammeException.unknownCall("E4C-2014-TT-2031"));

        mvc.perform(calculate())
                .andExpect(status().isUnprocessableContent())
                .andExpect(content()
                        .string(allOf(
                                containsString("<div class=\"alert alert-danger\" role=\"alert\">"),
                                containsString("There is no call with the code &#39;E4C-2014-TT-2031&#39;."))));
    }

    @Test
    void aChangedFieldUnderHtmxAnswersTheResultPanelOnly() throws Exception {
        mvc.perform(plan(post("/programmes/calculator")).header("HX-Request", "true"))
                .andExpect(status().isOk())
                .andExpect(view().name("programme/calculator :: result"))
                .andExpect(content()
                        .string(allOf(
                                containsString("data-rule=\"min-invited-participants\""),
                                not(containsString("<html")),
                                not(containsString("<form")))));
    }

    @Test
    void anIncompletePlanUnderHtmxAnswers200WithWhatIsMissing() throws Exception {
        mvc.perform(plan(post("/programmes/calculator"), "measure", "").header("HX-Request", "true"))
                .andExpect(status().isOk())
                .andExpect(view().name("programme/calculator :: result"))
                .andExpect(content()
                        .string(allOf(
                                containsString("id=\"calculator-problems\""),
                                containsString("<a href=\"#measure\">Measure</a>"),
                                not(containsString("<form")))));
    }

    @Test
    void addingARowWithoutJavaScriptAnswersThePageWithOneMoreRowAndNoErrorsYet() throws Exception {
        mvc.perform(post("/programmes/calculator")
                        .with(jana())
                        .with(csrf())
                        .header("Accept-Language", "en")
                        .param("partners[0].country", "LT")
                        .param("action", "add-partner"))
                .andExpect(status().isOk())
                .andExpect(view().name("programme/calculator"))
                .andExpect(content()
                        .string(allOf(
                                containsString("id=\"partners2.country\""),
                                not(containsString("id=\"partners3.country\"")),
                                containsString("<option value=\"LT\" selected=\"selected\">Lithuania</option>"),
                                not(containsString("calculator-problems")),
                                containsString("id=\"calculator-hint\""))));
    }

    @Test
    void addingARowUnderHtmxAnswersTheWholeCalculator() throws Exception {
        mvc.perform(plan(post("/programmes/calculator"))
                        .header("HX-Request", "true")
                        .param("action", "add-delegation-0"))
                .andExpect(status().isOk())
                .andExpect(view().name("programme/calculator :: calculator"))
                .andExpect(content()
                        .string(allOf(
                                containsString("<div id=\"calculator\" class=\"row g-4\">"),
                                containsString("id=\"events0.delegations2.country\""),
                                containsString("data-rule=\"min-invited-participants\""),
                                not(containsString("<html")))));
        mvc.perform(plan(post("/programmes/calculator"))
                        .header("HX-Request", "true")
                        .param("action", "add-event"))
                .andExpect(status().isOk())
                .andExpect(content().string(containsString("id=\"events1.hostCountry\"")));
    }

    @Test
    void showsThePageAndTheEvaluationInLatvian() throws Exception {
        mvc.perform(calculate().header("Accept-Language", "lv"))
                .andExpect(status().isOk())
                .andExpect(content()
                        .string(allOf(
                                containsString("<h1 class=\"mb-2\">Kas būtu, ja: plāna atbilstība un dotācija</h1>"),
                                containsString("<optgroup label=\"„Eiropa pilsoņiem” (2014–2020)\">"),
                                containsString(">2.1. Pašvaldību sadraudzība (E4C-2014-TT)</option>"),
                                containsString("Neatbilst (neizpildītas pārbaudes: 1)"),
                                containsString("5\u00a0000,00\u00a0€"),
                                containsString("Kā veidojas dotācija"),
                                containsString("Pārbaudīt un aprēķināt"),
                                not(containsString("Town Twinning")))));
    }
}
