package org.jumelage.programme.web;

import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.contains;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.hasSize;
import static org.mockito.ArgumentMatchers.any;
import static org.mockito.ArgumentMatchers.anyCollection;
import static org.mockito.ArgumentMatchers.anyString;
import static org.mockito.Mockito.never;
import static org.mockito.Mockito.verify;
import static org.mockito.Mockito.when;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.user;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.jsonPath;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import java.time.LocalDate;
import java.util.Map;
import java.util.Optional;
import org.jumelage.network.OrganisationType;
import org.jumelage.network.TownDirectory;
import org.jumelage.network.TownSummary;
import org.jumelage.programme.GrantCalculator;
import org.jumelage.programme.GrantPlan;
import org.jumelage.programme.MeasureSummary;
import org.jumelage.programme.ProgrammeCatalogue;
import org.jumelage.programme.ProgrammeException;
import org.jumelage.shared.LocalizedText;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.mockito.ArgumentCaptor;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.webmvc.test.autoconfigure.WebMvcTest;
import org.springframework.context.annotation.Import;
import org.springframework.http.MediaType;
import org.springframework.test.context.bean.override.mockito.MockitoBean;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.ResultActions;

/** The grant calculation API in a web slice, with a fake rules engine: the JSON both ways, and every refusal a 400. */
@WebMvcTest(GrantCalculationApiController.class)
@Import(GrantPlanReader.class)
class GrantCalculationApiControllerTests {

    /** The example of issue 4. */
    static final String EXAMPLE = """
            {"measure":"E4C-2014-TT","deadline":"2018-03-01","applicant":{"country":"LV","type":"MUNICIPALITY"},
             "partners":[{"country":"LT","type":"MUNICIPALITY"}],"projectStart":"2018-11-08","projectEnd":"2018-11-12",
             "events":[{"hostCountry":"LV","hostTown":460413,"startDate":"2018-11-08","endDate":"2018-11-12",
                        "localParticipants":40,
                        "delegations":[{"country":"LT","town":598316,"participants":12,"roundTripKm":380}]}],
             "declaredGrant":null}""";

    static final TownSummary DAUGAVPILS = new TownSummary(460413, "Daugavpils", "LV", 55.88, 26.53, 93_312, null);
    static final TownSummary PANEVEZYS = new TownSummary(598316, "Panevėžys", "LT", 55.73, 24.35, 87_048, null);
    static final MeasureSummary TOWN_TWINNING = new MeasureSummary(
            "E4C-2014-TT",
            LocalizedText.of("2.1. Pašvaldību sadraudzība", "2.1 Town Twinning"),
            "E4C-2014",
            LocalizedText.of("„Eiropa pilsoņiem” (2014–2020)", "Europe for Citizens (2014–2020)"),
            null,
            2014,
            2020);

    @Autowired
    MockMvc mvc;

    @MockitoBean
    GrantCalculator calculator;

    @MockitoBean
    ProgrammeCatalogue catalogue;

    @MockitoBean
    TownDirectory towns;

    @BeforeEach
    void setUp() {
        when(catalogue.measure(anyString())).thenReturn(Optional.empty());
        when(catalogue.measure("E4C-2014-TT")).thenReturn(Optional.of(TOWN_TWINNING));
        when(catalogue.measure("e4c-2014-tt")).thenReturn(Optional.of(TOWN_TWINNING));
        when(towns.findAll(anyCollection())).thenReturn(Map.of(460413L, DAUGAVPILS, 598316L, PANEVEZYS));
        when(calculator.evaluate(any())).thenReturn(GrantEvaluationMother.tooFewInvited());
    }

    ResultActions calculate(String json, String language) throws Exception {
        return mvc.perform(post("/api/v1/grant-calculations")
                .with(user("jana@example.org"))
                .with(csrf())
                .header("Accept-Language", language)
                .contentType(MediaType.APPLICATION_JSON)
                .content(json));
    }

    ResultActions calculate(String json) throws Exception {
        return calculate(json, "en");
    }

    @Test
    void hasTheIssuesExampleCheckedWithTownsResolvedAndAnswersInTheCallersLanguage() throws Exception {
        calculate(EXAMPLE)
                .andExpect(status().isOk())
                .andExpect(content().contentTypeCompatibleWith(MediaType.APPLICATION_JSON))
                .andExpect(jsonPath("$.measure").value("E4C-2014-TT"))
                .andExpect(jsonPath("$.ruleSet").value("E4C-2014-TT/2014-2020"))
                .andExpect(jsonPath("$.callYear").value(2018))
                .andExpect(jsonPath("$.eligible").value(false))
                .andExpect(jsonPath("$.checks[*].rule")
                        .value(contains("min-invited-participants", "applicant-type", "partner-countries")))
                .andExpect(jsonPath("$.checks[0].status").value("failed"))
                .andExpect(jsonPath("$.checks[0].passed").value(false))
                .andExpect(jsonPath("$.checks[0].expected").value(25))
                .andExpect(jsonPath("$.checks[0].actual").value(12))
                .andExpect(jsonPath("$.checks[0].subject").value("event 1 (Daugavpils, 8 Nov 2018 – 12 Nov 2018)"))
                .andExpect(
                        jsonPath("$.checks[0].message").value("The call year 12 is not the year of the deadline (25)."))
                .andExpect(jsonPath("$.checks[0].source").value("https://www.eacea.ec.europa.eu/guide-2018.pdf"))
                .andExpect(jsonPath("$.checks[0].sources", hasSize(2)))
                .andExpect(jsonPath("$.checks[0].confidence").value("confirmed"))
                .andExpect(jsonPath("$.checks[0].validity").value("2014–2020"))
                .andExpect(jsonPath("$.checks[0].note").isEmpty())
                .andExpect(jsonPath("$.checks[1].status").value("unknown"))
                .andExpect(jsonPath("$.checks[1].passed").isEmpty())
                .andExpect(jsonPath("$.checks[1].expected[0]").value("MUNICIPALITY"))
                .andExpect(jsonPath("$.checks[1].actual").isEmpty())
                .andExpect(jsonPath("$.checks[1].confidence").value("single-source"))
                .andExpect(jsonPath("$.checks[1].note").value("from a FAQ"))
                .andExpect(jsonPath("$.checks[2].passed").value(true))
                .andExpect(jsonPath("$.grant.exact").value(true))
                .andExpect(jsonPath("$.grant.currency").value("EUR"))
                .andExpect(jsonPath("$.grant.lines[0].text").value("event 52 (LV)"))
                .andExpect(jsonPath("$.grant.lines[0].source").value("https://www.eacea.ec.europa.eu/guide-2018.pdf"))
                .andExpect(jsonPath("$.grant.lines[0].confidence").value("confirmed"))
                .andExpect(jsonPath("$.grant.lines[1].source").isEmpty())
                .andExpect(jsonPath("$.grant.lines[1].confidence").isEmpty())
                .andExpect(jsonPath("$.grant.notes")
                        .value(contains("There is no town with the GeoNames id 42; look towns up at /api/v1/towns.")))
                // Money is a JSON number with two decimals.
                .andExpect(content().string(containsString("\"amount\":5000.00")))
                .andExpect(content().string(containsString("\"min\":5000.00,\"max\":25000.00")))
                .andExpect(content().string(containsString("\"amount\":0.00")));

        ArgumentCaptor<GrantPlan> plan = ArgumentCaptor.forClass(GrantPlan.class);
        verify(calculator).evaluate(plan.capture());
        assertThat(plan.getValue().measure()).isEqualTo("E4C-2014-TT");
        assertThat(plan.getValue().deadline()).isEqualTo(LocalDate.of(2018, 3, 1));
        assertThat(plan.getValue().applicant()).isEqualTo(new GrantPlan.Applicant("LV", OrganisationType.MUNICIPALITY));
        assertThat(plan.getValue().partners())
                .containsExactly(new GrantPlan.Applicant("LT", OrganisationType.MUNICIPALITY));
        assertThat(plan.getValue().projectEnd()).isEqualTo(LocalDate.of(2018, 11, 12));
        GrantPlan.Event event = plan.getValue().events().get(0);
        assertThat(event.label()).isEqualTo("event 1 (Daugavpils, 8 Nov 2018 – 12 Nov 2018)");
        assertThat(event.hostCountry()).isEqualTo("LV");
        assertThat(event.hostTown()).isEqualTo(new GrantPlan.Place("Daugavpils", 55.88, 26.53));
        assertThat(event.localParticipants()).isEqualTo(40);
        assertThat(event.delegations())
                .containsExactly(
                        new GrantPlan.Delegation("LT", new GrantPlan.Place("Panevėžys", 55.73, 24.35), 12, 380));
        assertThat(plan.getValue().declaredGrant()).isNull();
    }

    @Test
    void answersInLatvian() throws Exception {
        calculate(EXAMPLE, "lv")
                .andExpect(status().isOk())
                .andExpect(jsonPath("$.checks[0].message")
                        .value("Uzaicinājuma gads 12 nav iesniegšanas termiņa gads (25)."))
                .andExpect(jsonPath("$.grant.lines[0].text").value("52. pasākums (LV)"));
    }

    @Test
    void takesTheCallYearAndLowerCaseCodesAndLeavesOutWhatIsNotKnown() throws Exception {
        calculate("""
                        {"measure":"e4c-2014-tt","callYear":2018,"applicant":{"country":"lv"},
                         "events":[{"hostCountry":"LV","delegations":[{"country":"LT","participants":12}]}]}""").andExpect(status().isOk());

        ArgumentCaptor<GrantPlan> plan = ArgumentCaptor.forClass(GrantPlan.class);
        verify(calculator).evaluate(plan.capture());
        assertThat(plan.getValue().measure()).isEqualTo("E4C-2014-TT");
        assertThat(plan.getValue().deadline()).isNull();
        assertThat(plan.getValue().callYear()).isEqualTo(2018);
        assertThat(plan.getValue().applicant()).isEqualTo(new GrantPlan.Applicant("LV", null));
        assertThat(plan.getValue().partners()).isEmpty();
        assertThat(plan.getValue().events().get(0).label()).isEqualTo("event 1 (Latvia)");
        assertThat(plan.getValue().events().get(0).localParticipants()).isZero();
        assertThat(plan.getValue().events().get(0).delegations())
                .containsExactly(new GrantPlan.Delegation("LT", null, 12, null));
        verify(towns, never()).findAll(anyCollection());
    }

    @Test
    void aMissingMeasureIsABadRequestNamingTheField() throws Exception {
        calculate("""
                        {"deadline":"2018-03-01","applicant":{"country":"LV"}}""")
                .andExpect(status().isBadRequest())
                .andExpect(content().contentTypeCompatibleWith(MediaType.APPLICATION_PROBLEM_JSON))
                .andExpect(jsonPath("$.code").value("programme.invalid-plan"))
                .andExpect(jsonPath("$.type").value("urn:jumelage:problem:programme.invalid-plan"))
                .andExpect(jsonPath("$.title").value("Bad request"))
                .andExpect(jsonPath("$.detail").value("The plan cannot be checked; see \"errors\"."))
                .andExpect(jsonPath("$.instance").value("/api/v1/grant-calculations"))
                .andExpect(jsonPath("$.errors[0].field").value("measure"))
                .andExpect(jsonPath("$.errors[0].message").value("This value is required."));
        verify(calculator, never()).evaluate(any());
    }

    @Test
    void anUnknownMeasureIsABadRequestNamingTheField() throws Exception {
        calculate(EXAMPLE.replace("E4C-2014-TT", "E4C-2014-XX"), "lv")
                .andExpect(status().isBadRequest())
                .andExpect(jsonPath("$.title").value("Nepareizs pieprasījums"))
                .andExpect(jsonPath("$.errors[0].field").value("measure"))
                .andExpect(jsonPath("$.errors[0].message")
                        .value("Nav pasākuma ar kodu „E4C-2014-XX”. Kodu saraksts ir /api/v1/measures."));
    }

    @Test
    void namesEveryMissingOrUnknownValueAtOnce() throws Exception {
        calculate("""
                        {"measure":"E4C-2014-TT","deadline":"2018-03-01","callYear":2019,
                         "applicant":{"type":"MUNICIPALITY"},"partners":[{"country":"ZZ"},null],
                         "events":[{"hostCountry":"LV","hostTown":1,"delegations":[{"country":"LT","town":598316}]}]}""")
                .andExpect(status().isBadRequest())
                .andExpect(jsonPath("$.errors[*].field")
                        .value(contains(
                                "callYear",
                                "applicant.country",
                                "partners[0].country",
                                "partners[1].country",
                                "events[0].hostTown",
                                "events[0].delegations[0].participants")))
                .andExpect(jsonPath("$.errors[0].message")
                        .value("The call year 2019 is not the year of the deadline (2018)."))
                .andExpect(jsonPath("$.errors[2].message")
                        .value("'ZZ' is not a country code Jumelage knows; use an ISO 3166-1 alpha-2 code such as LV."))
                .andExpect(jsonPath("$.errors[4].message")
                        .value("There is no town with the GeoNames id 1; look towns up at /api/v1/towns."));
    }

    @Test
    void neitherDeadlineNorCallYearIsABadRequest() throws Exception {
        calculate("""
                        {"measure":"E4C-2014-TT","applicant":{"country":"LV"}}""")
                .andExpect(status().isBadRequest())
                .andExpect(jsonPath("$.errors[0].field").value("deadline"))
                .andExpect(jsonPath("$.errors[0].message").value("Give the call's deadline or its year."));
    }

    @Test
    void anUnknownTownIdIsABadRequestNamingTheField() throws Exception {
        calculate(EXAMPLE.replace("598316", "999999999"))
                .andExpect(status().isBadRequest())
                .andExpect(jsonPath("$.errors[0].field").value("events[0].delegations[0].town"))
                .andExpect(jsonPath("$.errors[0].message")
                        .value("There is no town with the GeoNames id 999999999; look towns up at /api/v1/towns."));
    }

    @Test
    void anUnparseableDateIsABadRequestNamingTheFieldInTheCallersLanguage() throws Exception {
        calculate(EXAMPLE.replace("\"endDate\":\"2018-11-12\"", "\"endDate\":\"12.11.2018\""), "lv")
                .andExpect(status().isBadRequest())
                .andExpect(content().contentTypeCompatibleWith(MediaType.APPLICATION_PROBLEM_JSON))
                .andExpect(jsonPath("$.code").value("programme.invalid-plan"))
                .andExpect(jsonPath("$.errors[0].field").value("events[0].endDate"))
                .andExpect(jsonPath("$.errors[0].message").value("Ievadiet datumu, piemēram, 2018-11-08."));
        calculate(EXAMPLE.replace("\"deadline\":\"2018-03-01\"", "\"deadline\":\"2018-02-30\""))
                .andExpect(status().isBadRequest())
                .andExpect(jsonPath("$.errors[0].field").value("deadline"))
                .andExpect(jsonPath("$.errors[0].message").value("Enter a date such as 2018-11-08."));
    }

    @Test
    void anUnknownApplicantTypeIsABadRequestListingTheTypes() throws Exception {
        calculate(EXAMPLE.replace(
                        "{\"country\":\"LT\",\"type\":\"MUNICIPALITY\"}", "{\"country\":\"LT\",\"type\":\"TOWN\"}"))
                .andExpect(status().isBadRequest())
                .andExpect(jsonPath("$.errors[0].field").value("partners[0].type"))
                .andExpect(jsonPath("$.errors[0].message")
                        .value("Use one of MUNICIPALITY, REGION, ASSOCIATION_OF_LOCAL_AUTHORITIES, TWINNING_COMMITTEE, "
                                + "CIVIL_SOCIETY_ORGANISATION, SCHOOL_OR_UNIVERSITY, OTHER."));
    }

    @Test
    void aCountThatIsNoNumberIsABadRequestNamingTheField() throws Exception {
        calculate(EXAMPLE.replace("\"participants\":12", "\"participants\":\"twelve\""))
                .andExpect(status().isBadRequest())
                .andExpect(jsonPath("$.errors[0].field").value("events[0].delegations[0].participants"))
                .andExpect(jsonPath("$.errors[0].message").value("Enter a whole number."));
    }

    @Test
    void aBodyThatIsNoJsonPlanIsABadRequest() throws Exception {
        calculate("{\"measure\":")
                .andExpect(status().isBadRequest())
                .andExpect(jsonPath("$.code").value("programme.invalid-plan"))
                .andExpect(jsonPath("$.detail").value("The request body is not a JSON plan."))
                .andExpect(jsonPath("$.errors").doesNotExist());
    }

    @Test
    void aRefusalOfTheRulesEngineIsABadRequestWhateverItsKind() throws Exception {
        when(calculator.evaluate(any())).thenThrow(ProgrammeException.unknownCall("E4C-2014-TT-2031"));

        calculate(EXAMPLE)
                .andExpect(status().isBadRequest())
                .andExpect(content().contentTypeCompatibleWith(MediaType.APPLICATION_PROBLEM_JSON))
                .andExpect(jsonPath("$.code").value("programme.unknown-call"))
                .andExpect(jsonPath("$.detail").value("There is no call with the code 'E4C-2014-TT-2031'."));
    }
}
