package org.jumelage.config;

import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.not;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.cookie;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.header;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.jsonPath;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import io.micrometer.observation.Observation;
import io.micrometer.observation.ObservationRegistry;
import jakarta.servlet.http.Cookie;
import org.jumelage.support.JumelageIntegrationTest;
import org.jumelage.support.SignIn;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.beans.factory.annotation.Qualifier;
import org.springframework.http.MediaType;
import org.springframework.mock.web.MockHttpServletRequest;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.web.servlet.handler.AbstractHandlerMapping;
import org.springframework.web.servlet.mvc.method.annotation.RequestMappingHandlerMapping;
import org.springframework.web.servlet.resource.ResourceUrlProvider;

/** Pages every instance has, languages, error pages and operations endpoints. */
@JumelageIntegrationTest
class SiteIntegrationTests {

    @Autowired
    MockMvc mvc;

    @Autowired
    ResourceUrlProvider resourceUrls;

    @Autowired
    ObservationRegistry observations;

    @Autowired
    @Qualifier("resourceHandlerMapping")
    AbstractHandlerMapping resourceHandlerMapping;

    @Autowired
    @Qualifier("requestMappingHandlerMapping")
    RequestMappingHandlerMapping controllerMapping;

    @Test
    void staticFilesAreServedFromTheirFoldersAndLinksToPagesAreNotLookedUpAsFiles() throws Exception {
        // Static files at /** made every link of a page a file lookup in the jar (issue 17).
        assertThat(resourceUrls.getHandlerMap().keySet())
                .contains("/css/**", "/js/**", "/img/**", "/geo/**", "/webjars/**")
                .doesNotContain("/**");
        assertThat(resourceUrls.getForLookupPath("/projects/2")).isNull();
        assertThat(resourceUrls.getForLookupPath("/webjars/bootstrap/dist/css/bootstrap.min.css"))
                .matches("/webjars/bootstrap/[0-9.]+/dist/css/bootstrap.min.css");
        for (String file : new String[] {
            "/css/jumelage.css",
            "/js/jumelage.js",
            "/img/favicon.svg",
            "/geo/countries-europe.json",
            "/webjars/bootstrap/dist/css/bootstrap.min.css",
            "/webjars/htmx.org/dist/htmx.min.js"
        }) {
            mvc.perform(get(file)).andExpect(status().isOk());
        }
    }

    @Test
    void requestsAreObservedButNotEachSecurityFilter() {
        assertThat(observed("spring.security.filterchains")).isFalse();
        assertThat(observed("spring.security.authorizations")).isFalse();
        assertThat(observed("http.server.requests")).isTrue();
    }

    private boolean observed(String name) {
        Observation observation = Observation.start(name, observations);
        observation.stop();
        return !observation.isNoop();
    }

    @Test
    void staticFilesAreFoundBeforeTheControllersAreSearched() throws Exception {
        // Otherwise each file's address was first matched against every controller's pattern (issue 17).
        assertThat(resourceHandlerMapping.getOrder()).isLessThan(controllerMapping.getOrder());
        assertThat(resourceHandlerMapping.getHandler(new MockHttpServletRequest("GET", "/css/jumelage.css")))
                .isNotNull();
        assertThat(resourceHandlerMapping.getHandler(new MockHttpServletRequest("GET", "/projects/2")))
                .isNull();
        mvc.perform(get("/css/no-such-file.css")).andExpect(status().isNotFound());
    }

    @Test
    void languageParameterSwitchesAndRemembersTheLanguage() throws Exception {
        Cookie language = mvc.perform(get("/sign-in").param("lang", "lv"))
                .andExpect(content().string(containsString("<html lang=\"lv\">")))
                .andExpect(content().string(containsString("Pieslēgties Jumelage")))
                .andExpect(cookie().value("JUMELAGE_LANG", "lv"))
                .andExpect(cookie().httpOnly("JUMELAGE_LANG", true))
                .andReturn()
                .getResponse()
                .getCookie("JUMELAGE_LANG");

        mvc.perform(get("/about").cookie(language))
                .andExpect(content().string(containsString("<html lang=\"lv\">")))
                .andExpect(content().string(containsString("Datu avoti un to licences")));
    }

    @Test
    void anUnsupportedLanguageParameterIsIgnored() throws Exception {
        mvc.perform(get("/sign-in").param("lang", "xx"))
                .andExpect(status().isOk())
                .andExpect(content().string(containsString("<html lang=\"en\">")));
    }

    @Test
    void theBrowsersLanguageIsTheStartingPoint() throws Exception {
        mvc.perform(get("/sign-in").header("Accept-Language", "lv-LV,lv;q=0.9,en;q=0.5"))
                .andExpect(content().string(containsString("<html lang=\"lv\">")));
        // German is a staff-interface language (its bundle is complete); Polish is only a participants' one.
        mvc.perform(get("/sign-in").header("Accept-Language", "de-DE,de;q=0.9"))
                .andExpect(content().string(containsString("<html lang=\"de\">")));
        mvc.perform(get("/sign-in").header("Accept-Language", "pl-PL,pl;q=0.9"))
                .andExpect(content().string(containsString("<html lang=\"en\">")));
    }

    @Test
    void theLanguageSwitchKeepsTheCurrentAddress() throws Exception {
        mvc.perform(get("/about?x=1"))
                .andExpect(content().string(containsString("href=\"/about?x=1&amp;lang=lv\"")))
                .andExpect(content().string(containsString("hreflang=\"lv\"")));
    }

    @Test
    void layoutHasLandmarksSkipLinkAndNoInlineScript() throws Exception {
        String page = mvc.perform(get("/about")).andReturn().getResponse().getContentAsString();

        org.assertj.core.api.Assertions.assertThat(page)
                .contains("href=\"#main\"", "<main id=\"main\"", "<header", "<nav", "<footer")
                .containsPattern("/webjars/bootstrap/[0-9.]+/dist/css/bootstrap.min.css")
                .containsPattern("/webjars/htmx.org/[0-9.]+/dist/htmx.min.js")
                .doesNotContainPattern("<script(?![^>]*\\bsrc=)[^>]*>")
                .doesNotContain("cdn.", "https://unpkg");
    }

    @Test
    void webJarsAreServedLocally() throws Exception {
        mvc.perform(get("/webjars/htmx.org/dist/htmx.min.js")).andExpect(status().isOk());
        mvc.perform(get("/webjars/bootstrap/dist/css/bootstrap.min.css")).andExpect(status().isOk());
        mvc.perform(get("/js/jumelage.js")).andExpect(status().isOk());
    }

    @Test
    void aboutShowsVersionAndDataLicences() throws Exception {
        mvc.perform(get("/about"))
                .andExpect(status().isOk())
                .andExpect(content().string(containsString("id=\"about-version\">0.1.0")))
                .andExpect(content().string(containsString("GeoNames")))
                .andExpect(content().string(containsString("CC BY 4.0")))
                .andExpect(content().string(containsString("CC BY-SA 4.0")));
    }

    @Test
    void anUnknownAddressIsNotFound() throws Exception {
        mvc.perform(get("/no-such-page").accept(MediaType.TEXT_HTML).cookie(SignIn.asAdmin(mvc)))
                .andExpect(status().isNotFound());
    }

    @Test
    void notFoundIsATranslatedPage() throws Exception {
        // MockMvc does not forward to the error page as the servlet container does, so call it directly.
        mvc.perform(get("/error")
                        .accept(MediaType.TEXT_HTML)
                        .requestAttr("jakarta.servlet.error.status_code", 404)
                        .requestAttr("jakarta.servlet.error.request_uri", "/no-such-page"))
                .andExpect(status().isNotFound())
                .andExpect(content().string(containsString("Page not found")));
        mvc.perform(get("/error")
                        .accept(MediaType.TEXT_HTML)
                        .cookie(new Cookie("JUMELAGE_LANG", "lv"))
                        .requestAttr("jakarta.servlet.error.status_code", 404)
                        .requestAttr("jakarta.servlet.error.request_uri", "/no-such-page"))
                .andExpect(content().string(containsString("Lapa nav atrasta")));
    }

    @Test
    void forbiddenIsATranslatedPage() throws Exception {
        // The error page itself is rendered by the error controller; render it as the container would.
        mvc.perform(get("/error")
                        .accept(MediaType.TEXT_HTML)
                        .cookie(new Cookie("JUMELAGE_LANG", "lv"))
                        .requestAttr("jakarta.servlet.error.status_code", 403)
                        .requestAttr("jakarta.servlet.error.request_uri", "/admin/users"))
                .andExpect(status().isForbidden())
                .andExpect(content().string(containsString("Piekļuve liegta")))
                .andExpect(content().string(containsString("href=\"/admin/users?lang=en\"")));
    }

    @Test
    void serverErrorPageSaysNothingWasLost() throws Exception {
        mvc.perform(get("/error")
                        .accept(MediaType.TEXT_HTML)
                        .requestAttr("jakarta.servlet.error.status_code", 500)
                        .requestAttr("jakarta.servlet.error.request_uri", "/profile"))
                .andExpect(status().isInternalServerError())
                .andExpect(content().string(containsString("Something went wrong")))
                .andExpect(content().string(not(containsString("Exception"))));
    }

    @Test
    void healthIsPublicAndUp() throws Exception {
        mvc.perform(get("/actuator/health"))
                .andExpect(status().isOk())
                .andExpect(jsonPath("$.status").value("UP"))
                .andExpect(jsonPath("$.components").doesNotExist());
    }

    @Test
    void administratorsSeeTheDatabaseInTheHealthDetails() throws Exception {
        mvc.perform(get("/actuator/health").cookie(SignIn.asAdmin(mvc)))
                .andExpect(jsonPath("$.components.db.status").value("UP"));
    }

    @Test
    void infoIsPublicAndNamesTheVersion() throws Exception {
        mvc.perform(get("/actuator/info"))
                .andExpect(status().isOk())
                .andExpect(jsonPath("$.build.version").value("0.1.0-SNAPSHOT"));
    }

    @Test
    void htmxRequestsWithoutSessionAreSentToSignInAsAWholePage() throws Exception {
        mvc.perform(get("/profile").header("HX-Request", "true"))
                .andExpect(status().isUnauthorized())
                .andExpect(header().string("HX-Redirect", "/sign-in"));
    }

    @Test
    void theApiIsDescribedWithOpenApi() throws Exception {
        mvc.perform(get("/v3/api-docs"))
                .andExpect(status().isOk())
                .andExpect(jsonPath("$.openapi").value(org.hamcrest.Matchers.startsWith("3.")))
                .andExpect(jsonPath("$.info.title").value("Jumelage API"))
                .andExpect(jsonPath("$.paths['/api/v1/me']").exists())
                .andExpect(jsonPath("$.paths['/api/v1/users']").exists())
                .andExpect(jsonPath("$.components.securitySchemes.personalToken.scheme")
                        .value("bearer"));
    }
}
