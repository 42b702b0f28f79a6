package org.jumelage.programme.web;

import static org.hamcrest.Matchers.contains;
import static org.hamcrest.Matchers.startsWith;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.jsonPath;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import org.jumelage.support.JumelageIntegrationTest;
import org.jumelage.support.TestUsers;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.http.MediaType;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.request.MockHttpServletRequestBuilder;

/** The programme catalogue's JSON API: measures, calls, reference numbers, and how it refuses. */
@JumelageIntegrationTest
class ProgrammeApiIntegrationTests {

    static final String ADMIN = "Bearer " + TestUsers.ADMIN_API_TOKEN;

    @Autowired
    MockMvc mvc;

    static MockHttpServletRequestBuilder asAdmin(MockHttpServletRequestBuilder request) {
        return request.header("Authorization", ADMIN);
    }

    @Test
    void listsTheMeasuresInCatalogueOrder() throws Exception {
        mvc.perform(asAdmin(get("/api/v1/measures")))
                .andExpect(status().isOk())
                .andExpect(content().contentTypeCompatibleWith(MediaType.APPLICATION_JSON))
                .andExpect(jsonPath("$.total").value(8))
                .andExpect(jsonPath("$.items[*].code")
                        .value(contains(
                                "E4C-2007-TT",
                                "E4C-2007-NT",
                                "E4C-2014-REM",
                                "E4C-2014-TT",
                                "E4C-2014-NT",
                                "E4C-2014-CSP",
                                "CERV-TT",
                                "CERV-NT")))
                .andExpect(jsonPath("$.items[3].name.en").value("2.1 Town Twinning"))
                .andExpect(jsonPath("$.items[3].name.lv").value("2.1. Pašvaldību sadraudzība"))
                .andExpect(jsonPath("$.items[3].programme.code").value("E4C-2014"))
                .andExpect(jsonPath("$.items[3].programme.name.en").value("Europe for Citizens (2014–2020)"))
                .andExpect(jsonPath("$.items[3].strand.en")
                        .value("Strand 2: Democratic engagement and civic participation"))
                .andExpect(jsonPath("$.items[3].firstYear").value(2014))
                .andExpect(jsonPath("$.items[3].lastYear").value(2020))
                .andExpect(jsonPath("$.items[6].name.lv").value("Pilsētu sadraudzība"));
    }

    @Test
    void answersOneMeasureWhateverTheLetterCase() throws Exception {
        mvc.perform(asAdmin(get("/api/v1/measures/cerv-nt")))
                .andExpect(status().isOk())
                .andExpect(jsonPath("$.code").value("CERV-NT"))
                .andExpect(jsonPath("$.name.en").value("Networks of Towns"))
                .andExpect(jsonPath("$.programme.code").value("CERV"));
    }

    @Test
    void listsAMeasuresCallsWithTheirResults() throws Exception {
        mvc.perform(asAdmin(get("/api/v1/measures/E4C-2014-TT/calls")))
                .andExpect(status().isOk())
                .andExpect(jsonPath("$.total").value(2))
                .andExpect(jsonPath("$.items[0].code").value("E4C-2014-TT-2018-03-01"))
                .andExpect(jsonPath("$.items[1].code").value("E4C-2014-TT-2016-09-01"))
                .andExpect(jsonPath("$.items[0].measureCode").value("E4C-2014-TT"))
                .andExpect(jsonPath("$.items[0].year").value(2018))
                .andExpect(jsonPath("$.items[0].deadline").value("2018-03-01"))
                .andExpect(jsonPath("$.items[0].statistics.submitted").value(382))
                .andExpect(jsonPath("$.items[0].statistics.funded").value(137))
                .andExpect(jsonPath("$.items[0].statistics.perCountry.LV.submitted")
                        .value(3))
                .andExpect(
                        jsonPath("$.items[0].statistics.perCountry.LV.funded").value(3))
                .andExpect(jsonPath("$.items[0].statistics.perCountry.LV.fundedApplicants")
                        .value(contains("Tukuma novada dome", "Daugavpils pilsētas dome", "Aizkraukles novada dome")))
                .andExpect(jsonPath("$.items[0].statistics.source", startsWith("Daugavpils City Council")));
        mvc.perform(asAdmin(get("/api/v1/measures/CERV-TT/calls")))
                .andExpect(status().isOk())
                .andExpect(jsonPath("$.total").value(1))
                .andExpect(jsonPath("$.items[0].code").value("CERV-TT-2021"))
                .andExpect(jsonPath("$.items[0].deadline").doesNotExist())
                .andExpect(jsonPath("$.items[0].statistics.funded").doesNotExist());
        mvc.perform(asAdmin(get("/api/v1/calls/E4C-2014-TT-2018-03-01")))
                .andExpect(status().isOk())
                .andExpect(jsonPath("$.statistics.funded").value(137));
    }

    @Test
    void anUnknownMeasureIsANotFoundProblemInTheCallersLanguage() throws Exception {
        mvc.perform(asAdmin(get("/api/v1/measures/E4C-2014-XX/calls")))
                .andExpect(status().isNotFound())
                .andExpect(content().contentTypeCompatibleWith(MediaType.APPLICATION_PROBLEM_JSON))
                .andExpect(jsonPath("$.code").value("programme.unknown-measure"))
                .andExpect(
                        jsonPath("$.detail")
                                .value(
                                        "There is no measure with the code 'E4C-2014-XX'. The codes are listed at /api/v1/measures."));
        mvc.perform(asAdmin(get("/api/v1/measures/NOPE")).header("Accept-Language", "lv"))
                .andExpect(status().isNotFound())
                .andExpect(jsonPath("$.code").value("programme.unknown-measure"))
                .andExpect(
                        jsonPath("$.detail").value("Nav pasākuma ar kodu „NOPE”. Kodu saraksts ir /api/v1/measures."));
        mvc.perform(asAdmin(get("/api/v1/calls/E4C-2014-TT-2018-09-03")))
                .andExpect(status().isNotFound())
                .andExpect(jsonPath("$.code").value("programme.unknown-call"));
    }

    @Test
    void readsAReferenceNumber() throws Exception {
        mvc.perform(asAdmin(get("/api/v1/reference-numbers").param("text", " 558833-citiz-1-2014-2-pl-citiz-nt ")))
                .andExpect(status().isOk())
                .andExpect(jsonPath("$.text").value("558833-CITIZ-1-2014-2-PL-CITIZ-NT"))
                .andExpect(jsonPath("$.parsed").value(true))
                .andExpect(jsonPath("$.proposalNumber").value("558833"))
                .andExpect(jsonPath("$.programme").value("CITIZ"))
                .andExpect(jsonPath("$.year").value(2014))
                .andExpect(jsonPath("$.round").value(2))
                .andExpect(jsonPath("$.applicantCountry").value("PL"))
                .andExpect(jsonPath("$.measureCode").value("E4C-2014-NT"))
                .andExpect(jsonPath("$.noteKey").isEmpty())
                .andExpect(jsonPath("$.note").isEmpty());
    }

    @Test
    void keepsAReferenceNumberItDoesNotUnderstandWithATranslatedNote() throws Exception {
        mvc.perform(asAdmin(get("/api/v1/reference-numbers").param("text", "558833-CITIZ-1-2012-2-PL-CITIZ-NT"))
                        .header("Accept-Language", "lv"))
                .andExpect(status().isOk())
                .andExpect(jsonPath("$.text").value("558833-CITIZ-1-2012-2-PL-CITIZ-NT"))
                .andExpect(jsonPath("$.parsed").value(false))
                .andExpect(jsonPath("$.measureCode").isEmpty())
                .andExpect(jsonPath("$.noteKey").value("programme.reference.year-out-of-range"))
                .andExpect(jsonPath(
                        "$.note", startsWith("Gads šajā atsauces numurā ir ārpus programmas darbības gadiem")));
        mvc.perform(asAdmin(get("/api/v1/reference-numbers").param("text", "TTChan")))
                .andExpect(status().isOk())
                .andExpect(jsonPath("$.text").value("TTChan"))
                .andExpect(jsonPath("$.parsed").value(false))
                .andExpect(jsonPath("$.noteKey").value("programme.reference.not-understood"))
                .andExpect(jsonPath("$.note", startsWith("Jumelage does not recognise this")));
    }

    @Test
    void aMissingTextIsABadRequest() throws Exception {
        mvc.perform(asAdmin(get("/api/v1/reference-numbers")))
                .andExpect(status().isBadRequest())
                .andExpect(content().contentTypeCompatibleWith(MediaType.APPLICATION_PROBLEM_JSON))
                .andExpect(jsonPath("$.detail").value("The parameter 'text' is missing."));
    }

    @Test
    void theCatalogueIsForSignedInCallersOnly() throws Exception {
        mvc.perform(get("/api/v1/measures"))
                .andExpect(status().isUnauthorized())
                .andExpect(jsonPath("$.code").value("api.unauthenticated"));
        mvc.perform(get("/api/v1/reference-numbers").param("text", "101081234")).andExpect(status().isUnauthorized());
    }
}
