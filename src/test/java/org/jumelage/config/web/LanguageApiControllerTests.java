package org.jumelage.config.web;

import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.user;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.jsonPath;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import org.jumelage.shared.Languages;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.webmvc.test.autoconfigure.WebMvcTest;
import org.springframework.test.web.servlet.MockMvc;

/** {@code GET /api/v1/languages} in a web slice: every language with its names, script and completeness. */
@WebMvcTest(LanguageApiController.class)
class LanguageApiControllerTests {

    @Autowired
    MockMvc mvc;

    @Test
    void answersEveryLanguageInTheOrderOfTheSite() throws Exception {
        int serbian = Languages.ALL.indexOf("sr");
        mvc.perform(get("/api/v1/languages").with(user("reader")))
                .andExpect(status().isOk())
                .andExpect(jsonPath("$.length()").value(Languages.ALL.size()))
                .andExpect(jsonPath("$[" + serbian + "].tag").value("sr"))
                .andExpect(jsonPath("$[" + serbian + "].name").value("Српски"))
                .andExpect(jsonPath("$[" + serbian + "].englishName").value("Serbian"))
                .andExpect(jsonPath("$[" + serbian + "].script").value("Cyrl"))
                .andExpect(jsonPath("$[" + Languages.ALL.indexOf("lv") + "].staffLanguage")
                        .value(true))
                .andExpect(jsonPath("$[" + Languages.ALL.indexOf("lv") + "].staffPercent")
                        .isNumber());
    }
}
