package org.jumelage.account;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.jsonPath;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import java.util.List;
import java.util.regex.Matcher;
import org.jumelage.support.JumelageIntegrationTest;
import org.jumelage.support.TestUsers;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.http.MediaType;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.ResultActions;

/** The anonymous API of "forgot password": 202 whatever the address, then a one-time confirmation. */
@JumelageIntegrationTest
class PasswordResetApiIntegrationTests {

    @Autowired
    MockMvc mvc;

    @Autowired
    AccountManagement accounts;

    @Autowired
    JdbcClient jdbc;

    ResultActions ask(String email) throws Exception {
        String address = PasswordRecoveryIntegrationTests.newAddress();
        return mvc.perform(post("/api/v1/password-resets")
                .contentType(MediaType.APPLICATION_JSON)
                .content("{\"email\":\"" + email + "\"}")
                .with(request -> {
                    request.setRemoteAddr(address);
                    return request;
                }));
    }

    ResultActions confirm(String token, String password) throws Exception {
        return mvc.perform(post("/api/v1/password-resets/confirm")
                .contentType(MediaType.APPLICATION_JSON)
                .content("{\"token\":\"" + token + "\",\"password\":\"" + password + "\"}"));
    }

    String tokenMailedTo(String email) {
        List<String> mails = jdbc.sql("select body_text from mail_outbox where recipient = ?")
                .param(email)
                .query(String.class)
                .list();
        assertThat(mails).hasSize(1);
        Matcher matcher = PasswordRecoveryIntegrationTests.LINK.matcher(mails.get(0));
        assertThat(matcher.find()).isTrue();
        return matcher.group(1);
    }

    @Test
    void askingAnswers202ForKnownAndUnknownAddressesAlike() throws Exception {
        String known = TestUsers.uniqueEmail("api-known");
        accounts.createUser(TestUsers.coordinator(known));

        String knownBody = ask(known)
                .andExpect(status().isAccepted())
                .andReturn()
                .getResponse()
                .getContentAsString();
        String unknownBody = ask(TestUsers.uniqueEmail("api-unknown"))
                .andExpect(status().isAccepted())
                .andReturn()
                .getResponse()
                .getContentAsString();

        assertThat(unknownBody).isEqualTo(knownBody).isEmpty();
    }

    @Test
    void theMailedTokenSetsTheNewPasswordOnce() throws Exception {
        String email = TestUsers.uniqueEmail("api-reset");
        accounts.createUser(TestUsers.coordinator(email));
        ask(email);
        String token = tokenMailedTo(email);

        confirm(token, PasswordRecoveryIntegrationTests.NEW_PASSWORD).andExpect(status().isNoContent());
        confirm(token, "Yet-Another-Long-Password-3")
                .andExpect(status().isUnprocessableContent())
                .andExpect(content().contentTypeCompatibleWith(MediaType.APPLICATION_PROBLEM_JSON))
                .andExpect(jsonPath("$.code").value("account.password-reset-invalid"));
    }

    @Test
    void aWeakPasswordIsAProblemWithThePolicysCode() throws Exception {
        String email = TestUsers.uniqueEmail("api-weak");
        accounts.createUser(TestUsers.coordinator(email));
        ask(email);

        confirm(tokenMailedTo(email), "short")
                .andExpect(status().isUnprocessableContent())
                .andExpect(jsonPath("$.code").value("account.password-too-short"));
    }

    @Test
    void anInvalidBodyIsAProblemNotAServerError() throws Exception {
        mvc.perform(post("/api/v1/password-resets")
                        .contentType(MediaType.APPLICATION_JSON)
                        .content("{\"email\":\"not an address\"}"))
                .andExpect(status().isUnprocessableContent())
                .andExpect(jsonPath("$.errors[0].field").value("email"));
        mvc.perform(post("/api/v1/password-resets/confirm")
                        .contentType(MediaType.APPLICATION_JSON)
                        .content("{}"))
                .andExpect(status().isUnprocessableContent());
        mvc.perform(post("/api/v1/password-resets")
                        .contentType(MediaType.APPLICATION_JSON)
                        .content("not json"))
                .andExpect(status().is4xxClientError());
    }
}
