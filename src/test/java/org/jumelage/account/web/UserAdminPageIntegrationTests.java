package org.jumelage.account.web;

import static org.hamcrest.Matchers.containsString;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.flash;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.model;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.redirectedUrlPattern;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import jakarta.servlet.http.Cookie;
import org.assertj.core.api.Assertions;
import org.jumelage.account.AccountManagement;
import org.jumelage.account.AuditTrail;
import org.jumelage.account.Role;
import org.jumelage.account.UserSummary;
import org.jumelage.support.JumelageIntegrationTest;
import org.jumelage.support.SignIn;
import org.jumelage.support.TestUsers;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.data.domain.PageRequest;
import org.springframework.test.web.servlet.MockMvc;

@JumelageIntegrationTest
class UserAdminPageIntegrationTests {

    @Autowired
    MockMvc mvc;

    @Autowired
    AccountManagement accounts;

    @Autowired
    AuditTrail auditTrail;

    Cookie admin;

    @BeforeEach
    void signIn() throws Exception {
        admin = SignIn.asAdmin(mvc);
    }

    @Test
    void createsAUserAndAuditsIt() throws Exception {
        String email = TestUsers.uniqueEmail("page-created");
        mvc.perform(post("/admin/users")
                        .cookie(admin)
                        .with(csrf())
                        .param("email", email)
                        .param("displayName", "Partner in Poznań")
                        .param("password", "Poznan-Cities-Of-Change")
                        .param("language", "en")
                        .param("roles", "PARTNER"))
                .andExpect(redirectedUrlPattern("/admin/users/*"))
                .andExpect(flash().attribute("flashSuccess", "account.new-user.created"));

        UserSummary created = accounts.findUserByEmail(email).orElseThrow();
        Assertions.assertThat(created.roles()).containsExactly(Role.PARTNER);
        Assertions.assertThat(auditTrail.entries("account.user.created", PageRequest.of(0, 500)))
                .anySatisfy(entry -> {
                    Assertions.assertThat(entry.target()).isEqualTo(email);
                    Assertions.assertThat(entry.actor()).isEqualTo(TestUsers.ADMIN_EMAIL);
                });
    }

    @Test
    void aTakenEmailIsShownOnTheFieldAndTheFormKeepsWhatWasTyped() throws Exception {
        String email = TestUsers.uniqueEmail("page-taken");
        accounts.createUser(TestUsers.coordinator(email));

        mvc.perform(post("/admin/users")
                        .cookie(admin)
                        .with(csrf())
                        .param("email", email.toUpperCase())
                        .param("displayName", "Kept Name")
                        .param("password", "Poznan-Cities-Of-Change")
                        .param("language", "lv")
                        .param("roles", "COORDINATOR"))
                .andExpect(status().isOk())
                .andExpect(model().attributeHasFieldErrorCode("userForm", "email", "error.account.email-taken"))
                .andExpect(content().string(containsString("already exists")))
                .andExpect(content().string(containsString("value=\"Kept Name\"")));
    }

    @Test
    void missingFieldsAreEachExplainedInLatvian() throws Exception {
        mvc.perform(post("/admin/users")
                        .cookie(admin)
                        .cookie(new Cookie("JUMELAGE_LANG", "lv"))
                        .with(csrf())
                        .param("email", "")
                        .param("displayName", "")
                        .param("password", "")
                        .param("language", "lv")
                        .param("_roles", "on"))
                .andExpect(status().isOk())
                .andExpect(model().attributeHasFieldErrors("userForm", "email", "displayName", "password", "roles"))
                .andExpect(content().string(containsString("Šis lauks ir jāaizpilda.")))
                .andExpect(content().string(containsString("Izvēlieties vismaz vienu lomu.")));
    }

    @Test
    void listsAndSearchesUsers() throws Exception {
        String email = TestUsers.uniqueEmail("searchable");
        accounts.createUser(TestUsers.coordinator(email));

        mvc.perform(get("/admin/users").cookie(admin).param("q", email.substring(0, 16)))
                .andExpect(status().isOk())
                .andExpect(content().string(containsString(email)));
        mvc.perform(get("/admin/users").cookie(admin).param("q", "no-such-user-anywhere"))
                .andExpect(content().string(containsString("No users match.")));
    }

    @Test
    void changesRolesAndRefusesAnEmptySet() throws Exception {
        UserSummary user = accounts.createUser(TestUsers.coordinator(TestUsers.uniqueEmail("page-roles")));

        mvc.perform(post("/admin/users/" + user.id() + "/roles")
                        .cookie(admin)
                        .with(csrf())
                        .param("roles", "PARTNER", "COORDINATOR"))
                .andExpect(flash().attribute("flashSuccess", "account.user.roles-saved"));
        mvc.perform(post("/admin/users/" + user.id() + "/roles")
                        .cookie(admin)
                        .with(csrf())
                        .param("_roles", "on"))
                .andExpect(status().isOk())
                .andExpect(content().string(containsString("Choose at least one role.")));

        Assertions.assertThat(accounts.findUser(user.id()).orElseThrow().roles())
                .containsExactlyInAnyOrder(Role.PARTNER, Role.COORDINATOR);
    }

    @Test
    void disablesAndEnablesAUser() throws Exception {
        UserSummary user = accounts.createUser(TestUsers.coordinator(TestUsers.uniqueEmail("page-disable")));

        mvc.perform(post("/admin/users/" + user.id() + "/enabled")
                        .cookie(admin)
                        .with(csrf())
                        .param("enabled", "false"))
                .andExpect(flash().attribute("flashSuccess", "account.user.disabled"));
        Assertions.assertThat(accounts.findUser(user.id()).orElseThrow().enabled())
                .isFalse();

        mvc.perform(post("/admin/users/" + user.id() + "/enabled")
                        .cookie(admin)
                        .with(csrf())
                        .param("enabled", "true"))
                .andExpect(flash().attribute("flashSuccess", "account.user.enabled"));
        Assertions.assertThat(accounts.findUser(user.id()).orElseThrow().enabled())
                .isTrue();
    }

    @Test
    void anAdministratorCannotDisableThemself() throws Exception {
        long self =
                accounts.findUserByEmail(TestUsers.ADMIN_EMAIL).orElseThrow().id();

        mvc.perform(post("/admin/users/" + self + "/enabled")
                        .cookie(admin)
                        .with(csrf())
                        .param("enabled", "false"))
                .andExpect(flash().attribute("flashError", "error.account.cannot-disable-self"));

        Assertions.assertThat(accounts.findUser(self).orElseThrow().enabled()).isTrue();
    }

    @Test
    void anUnknownUserIsATranslatedNotFoundPage() throws Exception {
        mvc.perform(get("/admin/users/999999").cookie(admin).cookie(new Cookie("JUMELAGE_LANG", "lv")))
                .andExpect(status().isNotFound());
    }

    @Test
    void theAuditTrailPageListsEntries() throws Exception {
        mvc.perform(get("/admin/audit").cookie(admin).param("action", "account.sign-in"))
                .andExpect(status().isOk())
                .andExpect(content().string(containsString("account.sign-in.succeeded")));
    }
}
