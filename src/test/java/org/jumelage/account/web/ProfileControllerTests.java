package org.jumelage.account.web;

import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.not;
import static org.mockito.Mockito.verify;
import static org.mockito.Mockito.when;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.authentication;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.model;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.view;

import java.time.Instant;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import org.jumelage.account.AccountManagement;
import org.jumelage.account.ApiTokenSummary;
import org.jumelage.account.CreatedApiToken;
import org.jumelage.account.Role;
import org.jumelage.account.SignedInUser;
import org.jumelage.account.UserSummary;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.webmvc.test.autoconfigure.WebMvcTest;
import org.springframework.security.authentication.UsernamePasswordAuthenticationToken;
import org.springframework.security.core.authority.SimpleGrantedAuthority;
import org.springframework.test.context.bean.override.mockito.MockitoBean;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.request.RequestPostProcessor;

/** The profile page in a web slice: full page versus htmx fragment, with the account API mocked. */
@WebMvcTest(ProfileController.class)
class ProfileControllerTests {

    static final SignedInUser JANA =
            new SignedInUser(42, "jana@example.org", "Jana", "lv", Set.of(Role.COORDINATOR), null);
    static final UserSummary JANA_SUMMARY =
            new UserSummary(42, "jana@example.org", "Jana", "lv", Set.of(Role.COORDINATOR), true, null, Instant.EPOCH);
    static final ApiTokenSummary TOKEN = new ApiTokenSummary(7, "Reports", "jmlg_abcde", Instant.EPOCH, null);

    @Autowired
    MockMvc mvc;

    @MockitoBean
    AccountManagement accounts;

    static RequestPostProcessor jana() {
        return authentication(UsernamePasswordAuthenticationToken.authenticated(
                JANA, null, List.of(new SimpleGrantedAuthority("ROLE_COORDINATOR"))));
    }

    @BeforeEach
    void setUp() {
        when(accounts.findUser(42)).thenReturn(Optional.of(JANA_SUMMARY));
        when(accounts.listApiTokens(42)).thenReturn(List.of(TOKEN));
    }

    @Test
    void showsTheWholePage() throws Exception {
        mvc.perform(get("/profile").with(jana()))
                .andExpect(status().isOk())
                .andExpect(view().name("account/profile"))
                .andExpect(model().attribute("user", JANA_SUMMARY))
                .andExpect(model().attributeExists("profileForm", "passwordForm", "tokenForm"))
                .andExpect(content().string(containsString("<html")))
                .andExpect(content().string(containsString("jmlg_abcde")));
    }

    @Test
    void htmxTokenCreationAnswersTheFragmentOnly() throws Exception {
        when(accounts.createApiToken(42, "Reports 2"))
                .thenReturn(new CreatedApiToken(
                        new ApiTokenSummary(8, "Reports 2", "jmlg_fghij", Instant.EPOCH, null), "jmlg_fghij_secret"));

        mvc.perform(post("/profile/tokens")
                        .with(jana())
                        .with(csrf())
                        .header("HX-Request", "true")
                        .param("name", "Reports 2"))
                .andExpect(status().isOk())
                .andExpect(view().name("account/profile :: tokens"))
                .andExpect(content().string(containsString("jmlg_fghij_secret")))
                .andExpect(content().string(not(containsString("<html"))));
        verify(accounts).createApiToken(42, "Reports 2");
    }

    @Test
    void plainTokenCreationAnswersTheWholePage() throws Exception {
        when(accounts.createApiToken(42, "Reports 3"))
                .thenReturn(new CreatedApiToken(
                        new ApiTokenSummary(9, "Reports 3", "jmlg_klmno", Instant.EPOCH, null), "jmlg_klmno_secret"));

        mvc.perform(post("/profile/tokens").with(jana()).with(csrf()).param("name", "Reports 3"))
                .andExpect(view().name("account/profile"))
                .andExpect(content().string(containsString("<html")))
                .andExpect(content().string(containsString("jmlg_klmno_secret")));
    }
}
