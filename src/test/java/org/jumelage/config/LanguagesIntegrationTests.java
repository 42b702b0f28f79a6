package org.jumelage.config;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.jsonPath;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import jakarta.servlet.http.Cookie;
import java.nio.charset.StandardCharsets;
import org.jsoup.Jsoup;
import org.jsoup.nodes.Document;
import org.jumelage.account.AccountManagement;
import org.jumelage.event.EventManagement;
import org.jumelage.network.OrganisationManagement;
import org.jumelage.participation.RegistrationSettingsManagement;
import org.jumelage.project.ProjectManagement;
import org.jumelage.shared.Languages;
import org.jumelage.support.JumelageIntegrationTest;
import org.jumelage.support.RegistrationFixtures;
import org.jumelage.support.RegistrationFixtures.Meeting;
import org.jumelage.support.TestUsers;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.MvcResult;

/**
 * Issue 16 through HTTP: the public site under every language's prefix, the participant pages'
 * language (chosen, remembered, or the delegation's country's), a registration's language, and
 * {@code GET /api/v1/languages}.
 */
@JumelageIntegrationTest
class LanguagesIntegrationTests {

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

    @Value("${jumelage.public-url}")
    String publicUrl;

    Meeting meeting() {
        return new RegistrationFixtures(organisations, accounts, projects, events, settings, jdbc).meeting(null);
    }

    static Document html(MvcResult result) throws Exception {
        return Jsoup.parse(result.getResponse().getContentAsString(StandardCharsets.UTF_8));
    }

    @ParameterizedTest
    @ValueSource(strings = {"pl", "sr", "sr-Latn", "de", "uk"})
    void thePublicSiteAnswersInEveryLanguageWithAlternatesToAll(String lang) throws Exception {
        Document page =
                html(mvc.perform(get("/" + lang)).andExpect(status().isOk()).andReturn());
        assertThat(page.selectFirst("html").attr("lang")).isEqualTo(lang);
        assertThat(page.select("link[rel=alternate][hreflang]").eachAttr("hreflang"))
                .containsExactlyElementsOf(
                        java.util.stream.Stream.concat(Languages.ALL.stream(), java.util.stream.Stream.of("x-default"))
                                .toList());
        assertThat(page.selectFirst("link[rel=alternate][hreflang=sr-Latn]").attr("href"))
                .isEqualTo(publicUrl + "/sr-Latn");
        // The language menu: every language by its own name, each link the same page in that language.
        assertThat(page.select("#public-lang-menu a[hreflang]")).hasSize(Languages.ALL.size());
        assertThat(page.selectFirst("#public-lang-pl").text()).isEqualTo("Polski");
        assertThat(page.selectFirst("#public-lang-sr").text()).isEqualTo("Српски");
        assertThat(page.selectFirst("#public-lang-sr-Latn").attr("href")).isEqualTo("/sr-Latn");
        assertThat(page.selectFirst("#public-lang-" + lang).attr("aria-current"))
                .isEqualTo("true");
    }

    @Test
    void aLanguageTheSiteDoesNotHaveIsNoPrefix() throws Exception {
        // Not the public site: like any other address, it asks a visitor to sign in.
        mvc.perform(get("/ru")).andExpect(status().isFound());
        mvc.perform(get("/sr-latn")).andExpect(status().isFound());
        mvc.perform(get("/sr-Latn")).andExpect(status().isOk());
    }

    @Test
    void aDelegationLinkOpensInTheLanguageOfTheDelegationsCountryAndTheChoiceIsKept() throws Exception {
        Meeting meeting = meeting();
        jdbc.sql("update event_delegation set country = 'PL' where id = :id")
                .param("id", meeting.delegationId())
                .update();
        String link = "/register/d/" + meeting.delegationToken();

        String redirect = mvc.perform(get(link))
                .andExpect(status().isFound())
                .andReturn()
                .getResponse()
                .getRedirectedUrl();
        assertThat(redirect).isEqualTo(link + "?lang=pl");
        MvcResult polish = mvc.perform(get(redirect)).andExpect(status().isOk()).andReturn();
        assertThat(html(polish).selectFirst("html").attr("lang")).isEqualTo("pl");
        Cookie remembered = polish.getResponse().getCookie(Languages.COOKIE);
        assertThat(remembered).isNotNull();
        assertThat(remembered.getValue()).isEqualTo("pl");
        // The participant's menu lists every language.
        Document page = html(polish);
        assertThat(page.select("#lang-menu a[hreflang]")).hasSize(Languages.ALL.size());
        assertThat(page.selectFirst("#lang-sr-Latn").attr("href")).isEqualTo(link + "?lang=sr-Latn");

        // A visitor who chose another language keeps it.
        MvcResult chosen = mvc.perform(get(link).cookie(new Cookie(Languages.COOKIE, "de")))
                .andExpect(status().isOk())
                .andReturn();
        assertThat(html(chosen).selectFirst("html").attr("lang")).isEqualTo("de");
    }

    @Test
    void aRegistrationKeepsSerbianInLatinScriptAndThePersonalPageOpensInIt() throws Exception {
        Meeting meeting = meeting();
        String email = TestUsers.uniqueEmail("milica");
        String location = mvc.perform(post("/register/d/" + meeting.delegationToken())
                        .with(csrf())
                        .param("lang", "sr-Latn")
                        .param("firstName", "Milica")
                        .param("lastName", "Jovanović")
                        .param("email", email)
                        .param("town", "Kaunas")
                        .param("country", "LT")
                        .param("gender", "female")
                        .param("consent", "true"))
                .andExpect(status().isFound())
                .andReturn()
                .getResponse()
                .getRedirectedUrl();
        assertThat(jdbc.sql("select language from event_registration where email = :email")
                        .param("email", email)
                        .query(String.class)
                        .single())
                .isEqualTo("sr-Latn");
        String token = location.substring("/registration/".length(), location.length() - "/confirmed".length());
        assertThat(mvc.perform(get("/registration/" + token))
                        .andExpect(status().isFound())
                        .andReturn()
                        .getResponse()
                        .getRedirectedUrl())
                .isEqualTo("/registration/" + token + "?lang=sr-Latn");
        Document personal = html(mvc.perform(get("/registration/" + token).param("lang", "sr-Latn"))
                .andExpect(status().isOk())
                .andReturn());
        assertThat(personal.selectFirst("html").attr("lang")).isEqualTo("sr-Latn");
    }

    @Test
    void theLanguagesAndTheirCompletenessAreOnTheApiWithoutSignIn() throws Exception {
        String en = "$[" + Languages.ALL.indexOf("en") + "]";
        String lv = "$[" + Languages.ALL.indexOf("lv") + "]";
        String latin = "$[" + Languages.ALL.indexOf("sr-Latn") + "]";
        String pl = "$[" + Languages.ALL.indexOf("pl") + "]";
        String answer = mvc.perform(get("/api/v1/languages"))
                .andExpect(status().isOk())
                .andExpect(jsonPath("$.length()").value(Languages.ALL.size()))
                .andExpect(jsonPath("$[0].tag").value("bg"))
                .andExpect(jsonPath(en + ".tag").value("en"))
                .andExpect(jsonPath(en + ".staffLanguage").value(true))
                .andExpect(jsonPath(lv + ".staffLanguage").value(true))
                .andExpect(jsonPath(latin + ".name").value("Srpski (latinica)"))
                .andExpect(jsonPath(latin + ".englishName").value("Serbian (Latin)"))
                .andExpect(jsonPath(latin + ".script").value("Latn"))
                .andExpect(jsonPath(pl + ".name").value("Polski"))
                .andReturn()
                .getResponse()
                .getContentAsString();
        assertThat(com.jayway.jsonpath.JsonPath.<Object>read(answer, en + ".participantPercent")
                        .toString())
                .isEqualTo("100.0");
        assertThat(com.jayway.jsonpath.JsonPath.<Object>read(answer, en + ".staffPercent")
                        .toString())
                .isEqualTo("100.0");
        assertThat(com.jayway.jsonpath.JsonPath.<Object>read(answer, pl + ".staffPercent")
                        .toString())
                .isEqualTo(org.jumelage.shared.TranslationCoverage.of("pl")
                        .staffPercent()
                        .toPlainString());
    }
}
