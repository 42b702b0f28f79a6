package org.jumelage.account;

import static org.hamcrest.Matchers.hasItem;
import static org.hamcrest.Matchers.startsWith;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.delete;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.put;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.header;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.jsonPath;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import org.assertj.core.api.Assertions;
import org.jumelage.support.JumelageIntegrationTest;
import org.jumelage.support.TestUsers;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.http.MediaType;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.request.MockHttpServletRequestBuilder;

/** The accounts JSON API with personal tokens: what it answers, and how it refuses bad input. */
@JumelageIntegrationTest
class AccountApiIntegrationTests {

    static final String ADMIN = "Bearer " + TestUsers.ADMIN_API_TOKEN;

    @Autowired
    MockMvc mvc;

    @Autowired
    AccountManagement accounts;

    static MockHttpServletRequestBuilder json(MockHttpServletRequestBuilder request, String body) {
        return request.header("Authorization", ADMIN)
                .contentType(MediaType.APPLICATION_JSON)
                .content(body);
    }

    @Test
    void meAnswersTheTokensOwner() throws Exception {
        mvc.perform(get("/api/v1/me").header("Authorization", ADMIN))
                .andExpect(status().isOk())
                .andExpect(jsonPath("$.email").value(TestUsers.ADMIN_EMAIL))
                .andExpect(jsonPath("$.roles", hasItem("ADMIN")))
                .andExpect(jsonPath("$.passwordHash").doesNotExist());
    }

    @Test
    void administratorCreatesAUser() throws Exception {
        String email = TestUsers.uniqueEmail("api-created");
        mvc.perform(json(post("/api/v1/users"), """
                        {"email":"%s","displayName":"Jana Ūzuliņa","password":"Daugavpils-Latgale-2018",
                         "language":"lv","roles":["COORDINATOR"]}""".formatted(email)))
                .andExpect(status().isCreated())
                .andExpect(header().string("Location", startsWith("/api/v1/users/")))
                .andExpect(jsonPath("$.email").value(email))
                .andExpect(jsonPath("$.displayName").value("Jana Ūzuliņa"))
                .andExpect(jsonPath("$.enabled").value(true));

        Assertions.assertThat(accounts.findUserByEmail(email.toUpperCase())).isPresent();
    }

    @Test
    void aTakenEmailIsAConflictExplainedInTheCallersLanguage() throws Exception {
        String email = TestUsers.uniqueEmail("api-taken");
        accounts.createUser(TestUsers.coordinator(email));

        mvc.perform(json(post("/api/v1/users"), """
                        {"email":"%s","displayName":"Other","password":"Daugavpils-Latgale-2018",
                         "language":"en","roles":["PARTNER"]}""".formatted(email.toUpperCase()))
                        .header("Accept-Language", "lv"))
                .andExpect(status().isConflict())
                .andExpect(content().contentTypeCompatibleWith(MediaType.APPLICATION_PROBLEM_JSON))
                .andExpect(jsonPath("$.code").value("account.email-taken"))
                .andExpect(jsonPath("$.detail").value("Lietotājs ar e-pastu " + email.toUpperCase() + " jau pastāv."));
    }

    @Test
    void invalidFieldsAreListedOneByOneAndNothingIsStored() throws Exception {
        mvc.perform(json(post("/api/v1/users"), """
                        {"email":"not-an-email","displayName":"","password":"","language":"en","roles":[]}"""))
                .andExpect(status().isUnprocessableContent())
                .andExpect(content().contentTypeCompatibleWith(MediaType.APPLICATION_PROBLEM_JSON))
                .andExpect(jsonPath("$.code").value("api.invalid-input"))
                .andExpect(jsonPath("$.errors[?(@.field == 'email')].message")
                        .value(hasItem("Enter an e-mail address such as name@example.org.")))
                .andExpect(jsonPath("$.errors[?(@.field == 'displayName')].message")
                        .value(hasItem("This field is required.")))
                .andExpect(jsonPath("$.errors[?(@.field == 'roles')].message")
                        .value(hasItem("Choose at least one role.")));

        Assertions.assertThat(accounts.findUserByEmail("not-an-email")).isEmpty();
    }

    @Test
    void anAddressWithoutADomainIsRefusedAsEverywhereElse() throws Exception {
        mvc.perform(json(post("/api/v1/users"), """
                        {"email":"jana@daugavpils","displayName":"Jana","password":"Daugavpils-Latgale-2018",
                         "language":"en","roles":["PARTNER"]}"""))
                .andExpect(status().isUnprocessableContent())
                .andExpect(jsonPath("$.errors[?(@.field == 'email')].message")
                        .value(hasItem("Enter an e-mail address such as name@example.org.")));

        Assertions.assertThat(accounts.findUserByEmail("jana@daugavpils")).isEmpty();
    }

    @Test
    void aWeakPasswordIsRefusedWithTheReason() throws Exception {
        String email = TestUsers.uniqueEmail("api-weak");
        mvc.perform(json(post("/api/v1/users"), """
                        {"email":"%s","displayName":"Weak","password":"qwerty123456","language":"en","roles":["PARTNER"]}""".formatted(email)))
                .andExpect(status().isUnprocessableContent())
                .andExpect(jsonPath("$.code").value("account.password-common"));

        Assertions.assertThat(accounts.findUserByEmail(email)).isEmpty();
    }

    @Test
    void malformedJsonIsABadRequestWithAReadableDetail() throws Exception {
        mvc.perform(json(post("/api/v1/users"), "{\"email\": "))
                .andExpect(status().isBadRequest())
                .andExpect(content().contentTypeCompatibleWith(MediaType.APPLICATION_PROBLEM_JSON))
                .andExpect(jsonPath("$.detail").value("The request body is not valid JSON of the expected shape."));
        mvc.perform(json(put("/api/v1/users/1/roles"), "{\"roles\":[\"EMPEROR\"]}"))
                .andExpect(status().isBadRequest());
    }

    @Test
    void anUnknownUserIsNotFound() throws Exception {
        mvc.perform(get("/api/v1/users/999999").header("Authorization", ADMIN))
                .andExpect(status().isNotFound())
                .andExpect(jsonPath("$.code").value("account.user-not-found"));
    }

    @Test
    void rolesAndAccessChangeThroughTheApi() throws Exception {
        UserSummary user = accounts.createUser(TestUsers.coordinator(TestUsers.uniqueEmail("api-roles")));

        mvc.perform(json(put("/api/v1/users/" + user.id() + "/roles"), "{\"roles\":[\"PARTNER\",\"COORDINATOR\"]}"))
                .andExpect(status().isOk())
                .andExpect(jsonPath("$.roles.length()").value(2));
        mvc.perform(json(put("/api/v1/users/" + user.id() + "/roles"), "{\"roles\":[]}"))
                .andExpect(status().isUnprocessableContent())
                .andExpect(jsonPath("$.code").value("account.no-role"));
        mvc.perform(json(put("/api/v1/users/" + user.id() + "/enabled"), "{\"enabled\":false}"))
                .andExpect(status().isOk())
                .andExpect(jsonPath("$.enabled").value(false));
    }

    @Test
    void usersListIsPaged() throws Exception {
        mvc.perform(get("/api/v1/users").param("size", "1").header("Authorization", ADMIN))
                .andExpect(status().isOk())
                .andExpect(jsonPath("$.items.length()").value(1))
                .andExpect(jsonPath("$.size").value(1))
                .andExpect(jsonPath("$.totalItems").isNumber());
    }

    @Test
    void userAdministrationIsForAdministratorsOnly() throws Exception {
        String email = TestUsers.uniqueEmail("api-coordinator");
        UserSummary user = accounts.createUser(TestUsers.coordinator(email));
        String token = accounts.createApiToken(user.id(), "script").secret();

        mvc.perform(get("/api/v1/users").header("Authorization", "Bearer " + token))
                .andExpect(status().isForbidden())
                .andExpect(jsonPath("$.code").value("api.forbidden"));
        mvc.perform(get("/api/v1/me").header("Authorization", "Bearer " + token))
                .andExpect(status().isOk())
                .andExpect(jsonPath("$.email").value(email));
    }

    @Test
    void aUserManagesOwnTokensAndARevokedTokenStopsWorking() throws Exception {
        UserSummary user = accounts.createUser(TestUsers.coordinator(TestUsers.uniqueEmail("api-tokens")));
        String first = "Bearer " + accounts.createApiToken(user.id(), "first").secret();

        String created = mvc.perform(post("/api/v1/me/tokens")
                        .header("Authorization", first)
                        .contentType(MediaType.APPLICATION_JSON)
                        .content("{\"name\":\"second\"}"))
                .andExpect(status().isCreated())
                .andExpect(jsonPath("$.secret", startsWith("jmlg_")))
                .andExpect(jsonPath("$.token.name").value("second"))
                .andReturn()
                .getResponse()
                .getContentAsString();
        long secondId = Long.parseLong(created.replaceAll(".*\"token\":\\{\"id\":(\\d+).*", "$1"));

        mvc.perform(get("/api/v1/me/tokens").header("Authorization", first))
                .andExpect(jsonPath("$.length()").value(2))
                .andExpect(jsonPath("$[*].secret").doesNotExist());
        mvc.perform(post("/api/v1/me/tokens")
                        .header("Authorization", first)
                        .contentType(MediaType.APPLICATION_JSON)
                        .content("{\"name\":\"\"}"))
                .andExpect(status().isUnprocessableContent());

        mvc.perform(delete("/api/v1/me/tokens/" + secondId).header("Authorization", first))
                .andExpect(status().isNoContent());
        mvc.perform(delete("/api/v1/me/tokens/" + secondId + "999").header("Authorization", first))
                .andExpect(status().isNotFound());
        mvc.perform(get("/api/v1/me/tokens").header("Authorization", first))
                .andExpect(jsonPath("$.length()").value(1));
    }

    @Test
    void disablingAUserRevokesTheirTokens() throws Exception {
        UserSummary user = accounts.createUser(TestUsers.coordinator(TestUsers.uniqueEmail("api-disabled")));
        String token = "Bearer " + accounts.createApiToken(user.id(), "script").secret();
        mvc.perform(get("/api/v1/me").header("Authorization", token)).andExpect(status().isOk());

        mvc.perform(json(put("/api/v1/users/" + user.id() + "/enabled"), "{\"enabled\":false}"))
                .andExpect(status().isOk());

        mvc.perform(get("/api/v1/me").header("Authorization", token)).andExpect(status().isUnauthorized());
        mvc.perform(json(put("/api/v1/users/" + user.id() + "/enabled"), "{\"enabled\":true}"))
                .andExpect(status().isOk());
        mvc.perform(get("/api/v1/me").header("Authorization", token)).andExpect(status().isUnauthorized());
    }
}
