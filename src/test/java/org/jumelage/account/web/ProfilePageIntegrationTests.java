package org.jumelage.account.web;

import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.not;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.flash;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.model;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.redirectedUrl;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.view;

import jakarta.servlet.http.Cookie;
import org.assertj.core.api.Assertions;
import org.jumelage.account.AccountManagement;
import org.jumelage.account.UserSummary;
import org.jumelage.support.JumelageIntegrationTest;
import org.jumelage.support.SignIn;
import org.jumelage.support.TestUsers;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.test.web.servlet.MockMvc;

@JumelageIntegrationTest
class ProfilePageIntegrationTests {

    @Autowired
    MockMvc mvc;

    @Autowired
    AccountManagement accounts;

    String email;
    UserSummary user;
    Cookie session;

    @BeforeEach
    void signIn() throws Exception {
        email = TestUsers.uniqueEmail("profile");
        user = accounts.createUser(TestUsers.coordinator(email));
        session = SignIn.as(mvc, email, TestUsers.PASSWORD);
    }

    @Test
    void showsTheProfileInTheUsersLanguage() throws Exception {
        mvc.perform(get("/profile").cookie(session).cookie(new Cookie("JUMELAGE_LANG", "lv")))
                .andExpect(status().isOk())
                .andExpect(view().name("account/profile"))
                .andExpect(content().string(containsString("Jūsu profils")))
                .andExpect(content().string(containsString(email)));
    }

    @Test
    void aWrongCurrentPasswordIsRefusedOnTheFieldAndThePasswordStays() throws Exception {
        mvc.perform(post("/profile/password")
                        .cookie(session)
                        .with(csrf())
                        .param("currentPassword", "not-my-password")
                        .param("newPassword", "Another-Long-Password-7")
                        .param("confirmation", "Another-Long-Password-7"))
                .andExpect(status().isOk())
                .andExpect(model().attributeHasFieldErrorCode(
                                "passwordForm", "currentPassword", "error.account.wrong-current-password"))
                .andExpect(content().string(containsString("The current password is wrong.")))
                .andExpect(content().string(containsString("aria-invalid=\"true\"")));

        SignIn.as(mvc, email, TestUsers.PASSWORD);
    }

    @Test
    void aShortOrMismatchedNewPasswordIsRefused() throws Exception {
        mvc.perform(post("/profile/password")
                        .cookie(session)
                        .with(csrf())
                        .param("currentPassword", TestUsers.PASSWORD)
                        .param("newPassword", "short")
                        .param("confirmation", "short"))
                .andExpect(model().attributeHasFieldErrorCode(
                                "passwordForm", "newPassword", "error.account.password-too-short"))
                .andExpect(content().string(containsString("The password must have at least 12 characters.")));
        mvc.perform(post("/profile/password")
                        .cookie(session)
                        .with(csrf())
                        .param("currentPassword", TestUsers.PASSWORD)
                        .param("newPassword", "Another-Long-Password-7")
                        .param("confirmation", "Another-Long-Password-8"))
                .andExpect(content().string(containsString("The two new passwords are not the same.")));

        SignIn.as(mvc, email, TestUsers.PASSWORD);
    }

    @Test
    void aGoodNewPasswordReplacesTheOldOne() throws Exception {
        mvc.perform(post("/profile/password")
                        .cookie(session)
                        .with(csrf())
                        .param("currentPassword", TestUsers.PASSWORD)
                        .param("newPassword", "Another-Long-Password-7")
                        .param("confirmation", "Another-Long-Password-7"))
                .andExpect(redirectedUrl("/profile"))
                .andExpect(flash().attribute("flashSuccess", "account.password.changed"));

        SignIn.as(mvc, email, "Another-Long-Password-7");
        mvc.perform(post("/sign-in")
                        .with(csrf())
                        .param("email", email)
                        .param("password", TestUsers.PASSWORD)
                        .with(request -> {
                            request.setRemoteAddr("10.30.0.1");
                            return request;
                        }))
                .andExpect(org.springframework.test.web.servlet.result.MockMvcResultMatchers.header()
                        .string("Location", org.hamcrest.Matchers.startsWith("/sign-in?error=failed")));
    }

    @Test
    void changingTheLanguageSwitchesThePagesAndRenewsTheSession() throws Exception {
        Cookie language = mvc.perform(post("/profile")
                        .cookie(session)
                        .with(csrf())
                        .param("displayName", "Jana Ū.")
                        .param("language", "en"))
                .andExpect(redirectedUrl("/profile"))
                .andReturn()
                .getResponse()
                .getCookie("JUMELAGE_LANG");

        Assertions.assertThat(language).isNotNull();
        Assertions.assertThat(language.getValue()).isEqualTo("en");
        mvc.perform(get("/profile").cookie(session).cookie(language))
                .andExpect(content().string(containsString("Jana Ū.")));
        Assertions.assertThat(accounts.findUser(user.id()).orElseThrow().language())
                .isEqualTo("en");
    }

    @Test
    void aBlankNameIsRefusedAndNothingChanges() throws Exception {
        mvc.perform(post("/profile")
                        .cookie(session)
                        .with(csrf())
                        .param("displayName", "  ")
                        .param("language", "en"))
                .andExpect(status().isOk())
                .andExpect(model().attributeHasFieldErrors("profileForm", "displayName"));

        Assertions.assertThat(accounts.findUser(user.id()).orElseThrow().displayName())
                .isEqualTo("Jana Ūzuliņa");
    }

    @Test
    void creatingATokenWithHtmxAnswersOnlyTheTokensFragmentWithTheSecret() throws Exception {
        mvc.perform(post("/profile/tokens")
                        .cookie(session)
                        .with(csrf())
                        .header("HX-Request", "true")
                        .param("name", "Report script"))
                .andExpect(status().isOk())
                .andExpect(view().name("account/profile :: tokens"))
                .andExpect(content().string(containsString("id=\"created-token-secret\"")))
                .andExpect(content().string(containsString(">jmlg_")))
                .andExpect(content().string(not(containsString("<html"))));

        Assertions.assertThat(accounts.listApiTokens(user.id()))
                .extracting(token -> token.name())
                .containsExactly("Report script");
    }

    @Test
    void creatingATokenWithoutHtmxAnswersTheWholePage() throws Exception {
        mvc.perform(post("/profile/tokens").cookie(session).with(csrf()).param("name", "Plain form"))
                .andExpect(status().isOk())
                .andExpect(view().name("account/profile"))
                .andExpect(content().string(containsString("<html")))
                .andExpect(content().string(containsString("id=\"created-token-secret\"")));
    }

    @Test
    void aTokenWithoutNameIsRefusedInTheFragment() throws Exception {
        mvc.perform(post("/profile/tokens")
                        .cookie(session)
                        .with(csrf())
                        .header("HX-Request", "true")
                        .param("name", ""))
                .andExpect(view().name("account/profile :: tokens"))
                .andExpect(content().string(containsString("This field is required.")));

        Assertions.assertThat(accounts.listApiTokens(user.id())).isEmpty();
    }

    @Test
    void revokingATokenRemovesIt() throws Exception {
        long id = accounts.createApiToken(user.id(), "Old script").token().id();

        mvc.perform(post("/profile/tokens/" + id + "/revoke").cookie(session).with(csrf()))
                .andExpect(redirectedUrl("/profile"));

        Assertions.assertThat(accounts.listApiTokens(user.id())).isEmpty();
    }

    @Test
    void nobodyRevokesAnotherUsersToken() throws Exception {
        UserSummary other = accounts.createUser(TestUsers.coordinator(TestUsers.uniqueEmail("other")));
        long id = accounts.createApiToken(other.id(), "Theirs").token().id();

        mvc.perform(post("/profile/tokens/" + id + "/revoke").cookie(session).with(csrf()))
                .andExpect(status().isNotFound());

        Assertions.assertThat(accounts.listApiTokens(other.id())).hasSize(1);
    }
}
