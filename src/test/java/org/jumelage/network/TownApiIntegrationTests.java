package org.jumelage.network;

import static org.hamcrest.Matchers.hasItem;
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

/** {@code GET /api/v1/towns}: what it answers and how it refuses bad input. */
@JumelageIntegrationTest
class TownApiIntegrationTests {

    static final String ADMIN = "Bearer " + TestUsers.ADMIN_API_TOKEN;

    @Autowired
    MockMvc mvc;

    @Test
    void findsTownsByTheBeginningOfTheirName() throws Exception {
        mvc.perform(get("/api/v1/towns").param("q", "lodz").header("Authorization", ADMIN))
                .andExpect(status().isOk())
                .andExpect(jsonPath("$.items[0].id").value(3093133))
                .andExpect(jsonPath("$.items[0].name").value("Łódź"))
                .andExpect(jsonPath("$.items[0].country").value("PL"))
                .andExpect(jsonPath("$.items[0].latitude").isNumber())
                .andExpect(jsonPath("$.items[0].longitude").isNumber())
                .andExpect(jsonPath("$.items[0].population").isNumber())
                .andExpect(jsonPath("$.items[0].region").value("Łódź Voivodeship"))
                .andExpect(jsonPath("$.total").isNumber());
    }

    @Test
    void limitsToOneCountryAndToTheLimit() throws Exception {
        mvc.perform(get("/api/v1/towns")
                        .param("q", "daug")
                        .param("country", "LV")
                        .header("Authorization", ADMIN))
                .andExpect(status().isOk())
                .andExpect(jsonPath("$.items[0].name").value("Daugavpils"))
                .andExpect(jsonPath("$.items.length()").value(2))
                .andExpect(jsonPath("$.total").value(2));
        mvc.perform(get("/api/v1/towns").param("q", "s").param("limit", "3").header("Authorization", ADMIN))
                .andExpect(jsonPath("$.items.length()").value(3))
                .andExpect(jsonPath("$.total").value(org.hamcrest.Matchers.greaterThan(5000)));
        mvc.perform(get("/api/v1/towns").param("q", "s").header("Authorization", ADMIN))
                .andExpect(jsonPath("$.items.length()").value(20));
    }

    @Test
    void anEmptyQueryFindsNothing() throws Exception {
        mvc.perform(get("/api/v1/towns").header("Authorization", ADMIN))
                .andExpect(status().isOk())
                .andExpect(jsonPath("$.items.length()").value(0))
                .andExpect(jsonPath("$.total").value(0));
    }

    @Test
    void anUnknownCountryIsInvalidInputExplainedInTheCallersLanguage() throws Exception {
        mvc.perform(get("/api/v1/towns")
                        .param("q", "riga")
                        .param("country", "Latvia")
                        .header("Authorization", ADMIN)
                        .header("Accept-Language", "lv"))
                .andExpect(status().isUnprocessableContent())
                .andExpect(content().contentTypeCompatibleWith(MediaType.APPLICATION_PROBLEM_JSON))
                .andExpect(jsonPath("$.code").value("network.unknown-country"))
                .andExpect(jsonPath("$.status").value(422))
                .andExpect(jsonPath("$.errors[0].field").value("country"))
                .andExpect(
                        jsonPath("$.errors[0].message")
                                .value(
                                        "'Latvia' nav Jumelage zināma valsts. Izmantojiet divu burtu ISO kodu, piemēram, LV, LT vai PL."))
                .andExpect(jsonPath("$.detail").value(org.hamcrest.Matchers.startsWith("'Latvia' nav")));
    }

    @Test
    void aLimitOutsideOneToAHundredIsInvalid() throws Exception {
        mvc.perform(get("/api/v1/towns")
                        .param("q", "riga")
                        .param("limit", "101")
                        .header("Authorization", ADMIN))
                .andExpect(status().isUnprocessableContent())
                .andExpect(jsonPath("$.code").value("network.limit-invalid"))
                .andExpect(jsonPath("$.errors[*].field", hasItem("limit")))
                .andExpect(jsonPath("$.errors[0].message").value("Ask for 1 to 100 towns."));
        mvc.perform(get("/api/v1/towns")
                        .param("q", "riga")
                        .param("limit", "abc")
                        .header("Authorization", ADMIN))
                .andExpect(status().isBadRequest());
    }

    @Test
    void needsASignedInCaller() throws Exception {
        mvc.perform(get("/api/v1/towns").param("q", "riga")).andExpect(status().isUnauthorized());
    }
}
