package org.jumelage.config;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.delete;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.put;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.header;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.jsonPath;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.redirectedUrl;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import jakarta.servlet.http.Cookie;
import org.jumelage.support.JumelageIntegrationTest;
import org.jumelage.support.SignIn;
import org.jumelage.support.TestUsers;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.http.MediaType;
import org.springframework.test.web.servlet.MockMvc;

@JumelageIntegrationTest
class SecurityIntegrationTests {

    @Autowired
    MockMvc mvc;

    @ParameterizedTest
    @ValueSource(strings = {"/profile", "/admin/users", "/admin/users/new", "/admin/audit", "/actuator/metrics"})
    void nonPublicPagesRedirectToSignIn(String page) throws Exception {
        mvc.perform(get(page)).andExpect(status().isFound()).andExpect(redirectedUrl("/sign-in"));
    }

    @ParameterizedTest
    @ValueSource(strings = {"/about", "/sign-in", "/actuator/health", "/actuator/info"})
    void publicPagesOpenWithoutSession(String page) throws Exception {
        mvc.perform(get(page)).andExpect(status().isOk());
    }

    @ParameterizedTest
    @ValueSource(strings = {"/api/v1/me", "/api/v1/users", "/api/v1/users/1", "/api/v1/me/tokens", "/api/v1/anything"})
    void apiAnswers401AsProblemDetailsWithoutSession(String path) throws Exception {
        mvc.perform(get(path).accept(MediaType.APPLICATION_JSON))
                .andExpect(status().isUnauthorized())
                .andExpect(content().contentTypeCompatibleWith(MediaType.APPLICATION_PROBLEM_JSON))
                .andExpect(jsonPath("$.status").value(401))
                .andExpect(jsonPath("$.code").value("api.unauthenticated"))
                .andExpect(jsonPath("$.detail").isNotEmpty());
    }

    @Test
    void apiUnsafeMethodsAnswer401WithoutSession() throws Exception {
        mvc.perform(post("/api/v1/users")
                        .contentType(MediaType.APPLICATION_JSON)
                        .content("{}"))
                .andExpect(status().isUnauthorized());
        mvc.perform(put("/api/v1/users/1/roles")
                        .contentType(MediaType.APPLICATION_JSON)
                        .content("{}"))
                .andExpect(status().isUnauthorized());
        mvc.perform(delete("/api/v1/me/tokens/1")).andExpect(status().isUnauthorized());
    }

    @Test
    void api401IsInTheCallersLanguage() throws Exception {
        mvc.perform(get("/api/v1/me").header("Accept-Language", "lv"))
                .andExpect(status().isUnauthorized())
                .andExpect(jsonPath("$.title").value("Nav pieslēdzies"));
    }

    @Test
    void wrongBearerTokenAnswers401() throws Exception {
        mvc.perform(get("/api/v1/me").header("Authorization", "Bearer jmlg_not_a_real_token"))
                .andExpect(status().isUnauthorized())
                .andExpect(content().contentTypeCompatibleWith(MediaType.APPLICATION_PROBLEM_JSON))
                .andExpect(jsonPath("$.code").value("api.bad-token"));
    }

    @Test
    void formPostWithoutCsrfTokenIsRefused() throws Exception {
        mvc.perform(post("/sign-in").param("email", TestUsers.ADMIN_EMAIL).param("password", TestUsers.ADMIN_PASSWORD))
                .andExpect(status().isForbidden());
        mvc.perform(post("/sign-out")).andExpect(status().isForbidden());
    }

    @Test
    void signedInFormPostWithoutCsrfTokenIsRefused() throws Exception {
        Cookie session = SignIn.asAdmin(mvc);
        mvc.perform(post("/profile").cookie(session).param("displayName", "X").param("language", "en"))
                .andExpect(status().isForbidden());
        mvc.perform(post("/profile/password").cookie(session)).andExpect(status().isForbidden());
    }

    @Test
    void sessionApiCallWithoutCsrfTokenIsRefusedButBearerCallIsNot() throws Exception {
        Cookie session = SignIn.asAdmin(mvc);
        String body = "{\"name\":\"csrf check\"}";
        mvc.perform(post("/api/v1/me/tokens")
                        .cookie(session)
                        .contentType(MediaType.APPLICATION_JSON)
                        .content(body))
                .andExpect(status().isForbidden());
        mvc.perform(post("/api/v1/me/tokens")
                        .header("Authorization", "Bearer " + TestUsers.ADMIN_API_TOKEN)
                        .contentType(MediaType.APPLICATION_JSON)
                        .content(body))
                .andExpect(status().isCreated());
    }

    @Test
    void sessionCookieIsHttpOnlyAndSameSiteLax() throws Exception {
        mvc.perform(
                        post("/sign-in")
                                .param("email", TestUsers.ADMIN_EMAIL)
                                .param("password", TestUsers.ADMIN_PASSWORD)
                                .with(org.springframework.security.test.web.servlet.request
                                        .SecurityMockMvcRequestPostProcessors.csrf()))
                .andExpect(header().stringValues(
                                "Set-Cookie",
                                org.hamcrest.Matchers.hasItem(org.hamcrest.Matchers.allOf(
                                        org.hamcrest.Matchers.startsWith(SignIn.SESSION_COOKIE + "="),
                                        org.hamcrest.Matchers.containsString("HttpOnly"),
                                        org.hamcrest.Matchers.containsString("SameSite=Lax"),
                                        org.hamcrest.Matchers.not(org.hamcrest.Matchers.containsString("Secure"))))));
    }

    @Test
    void sessionCookieIsSecureOverHttps() throws Exception {
        mvc.perform(
                        post("/sign-in")
                                .secure(true)
                                .param("email", TestUsers.ADMIN_EMAIL)
                                .param("password", TestUsers.ADMIN_PASSWORD)
                                .with(org.springframework.security.test.web.servlet.request
                                        .SecurityMockMvcRequestPostProcessors.csrf()))
                .andExpect(header().stringValues(
                                "Set-Cookie",
                                org.hamcrest.Matchers.hasItem(org.hamcrest.Matchers.allOf(
                                        org.hamcrest.Matchers.startsWith(SignIn.SESSION_COOKIE + "="),
                                        org.hamcrest.Matchers.containsString("Secure")))));
    }

    @Test
    void pagesCarrySecurityHeaders() throws Exception {
        mvc.perform(get("/sign-in"))
                .andExpect(header().string("Content-Security-Policy", SecurityConfiguration.CONTENT_SECURITY_POLICY))
                .andExpect(header().string("X-Content-Type-Options", "nosniff"))
                .andExpect(header().string("X-Frame-Options", "DENY"))
                .andExpect(header().string("Referrer-Policy", "strict-origin-when-cross-origin"));
        assertThat(SecurityConfiguration.CONTENT_SECURITY_POLICY)
                .contains("script-src 'self'", "frame-ancestors 'none'")
                .doesNotContain("unsafe-inline", "unsafe-eval");
    }

    @Test
    void adminPagesAreForbiddenToCoordinators(@Autowired org.jumelage.account.AccountManagement accounts)
            throws Exception {
        String email = TestUsers.uniqueEmail("coordinator");
        accounts.createUser(TestUsers.coordinator(email));
        Cookie session = SignIn.as(mvc, email, TestUsers.PASSWORD);
        mvc.perform(get("/admin/users").cookie(session)).andExpect(status().isForbidden());
        mvc.perform(get("/api/v1/users").cookie(session))
                .andExpect(status().isForbidden())
                .andExpect(content().contentTypeCompatibleWith(MediaType.APPLICATION_PROBLEM_JSON));
    }

    @Test
    void onlyTheApiDescriptionPageMayUseInlineStylesAndNothingMayUseInlineScripts() throws Exception {
        mvc.perform(get("/swagger-ui/index.html").cookie(SignIn.asAdmin(mvc)))
                .andExpect(status().isOk())
                .andExpect(header().string(
                                "Content-Security-Policy", SecurityConfiguration.API_DOCS_CONTENT_SECURITY_POLICY));
        assertThat(SecurityConfiguration.API_DOCS_CONTENT_SECURITY_POLICY)
                .contains("script-src 'self';")
                .doesNotContain("unsafe-eval");
        mvc.perform(get("/about"))
                .andExpect(header().stringValues(
                                "Content-Security-Policy",
                                org.hamcrest.Matchers.contains(SecurityConfiguration.CONTENT_SECURITY_POLICY)));
    }

    @Test
    void theApiDescriptionPageIsForSignedInUsers() throws Exception {
        mvc.perform(get("/swagger-ui/index.html")).andExpect(status().isFound()).andExpect(redirectedUrl("/sign-in"));
    }
}
