package org.jumelage.account;

import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.not;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.model;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.redirectedUrl;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.redirectedUrlPattern;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.view;

import jakarta.servlet.http.Cookie;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.time.Duration;
import java.util.HexFormat;
import java.util.List;
import java.util.Map;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.jumelage.support.JumelageIntegrationTest;
import org.jumelage.support.MutableClock;
import org.jumelage.support.SignIn;
import org.jumelage.support.TestUsers;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.data.domain.PageRequest;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.ResultActions;

/**
 * "Forgot password" end to end: the request answers the same whatever the address, a link goes
 * through the outbox only to enabled accounts and within the limits, it works once and not after
 * it expires, and setting the new password ends every session of the account.
 */
@JumelageIntegrationTest
class PasswordRecoveryIntegrationTests {

    static final AtomicInteger ADDRESSES = new AtomicInteger(1);
    static final Pattern LINK = Pattern.compile("http://localhost:8080/password/reset\\?token=([A-Za-z0-9_-]{43})");
    static final String NEW_PASSWORD = "Rezekne-Ludza-Kraslava-2026";

    @Autowired
    MockMvc mvc;

    @Autowired
    AccountManagement accounts;

    @Autowired
    AuditTrail auditTrail;

    @Autowired
    JdbcClient jdbc;

    @Autowired
    MutableClock clock;

    /** Each request comes from its own client address unless a test says otherwise, so that client counts never mix. */
    static String newAddress() {
        int n = ADDRESSES.getAndIncrement();
        return "10.30." + (n / 250) + "." + (n % 250 + 1);
    }

    ResultActions requestLink(String email, String address) throws Exception {
        return mvc.perform(
                post("/password/forgot").param("email", email).with(csrf()).with(request -> {
                    request.setRemoteAddr(address);
                    return request;
                }));
    }

    List<String> mailsTo(String email) {
        return jdbc.sql("select body_text from mail_outbox where recipient = ? and purpose = 'account.password-reset'"
                        + " order by id")
                .param(email)
                .query(String.class)
                .list();
    }

    String tokenOf(String mail) {
        Matcher matcher = LINK.matcher(mail);
        assertThat(matcher.find()).as("a reset link in %s", mail).isTrue();
        return matcher.group(1);
    }

    String lastToken(String email) {
        List<String> mails = mailsTo(email);
        assertThat(mails).isNotEmpty();
        return tokenOf(mails.get(mails.size() - 1));
    }

    ResultActions reset(String token, String password) throws Exception {
        return mvc.perform(post("/password/reset")
                .param("token", token)
                .param("newPassword", password)
                .param("confirmation", password)
                .with(csrf()));
    }

    ResultActions signIn(String email, String password) throws Exception {
        String address = newAddress();
        return mvc.perform(post("/sign-in")
                .param("email", email)
                .param("password", password)
                .with(csrf())
                .with(request -> {
                    request.setRemoteAddr(address);
                    return request;
                }));
    }

    List<String> auditOf(String target) {
        return auditTrail.entries("account.", PageRequest.of(0, 500)).stream()
                .filter(entry -> target.equals(entry.target()))
                .map(AuditEntry::action)
                .toList();
    }

    @Test
    void theSignInPageLeadsToTheForgotPasswordPageWhichAnybodyMayOpen() throws Exception {
        mvc.perform(get("/sign-in"))
                .andExpect(content().string(containsString("href=\"/password/forgot\"")))
                .andExpect(content().string(containsString("Forgot your password?")));
        mvc.perform(get("/password/forgot").header("Accept-Language", "lv"))
                .andExpect(status().isOk())
                .andExpect(view().name("account/password-forgot"))
                .andExpect(content().string(containsString("Aizmirsāt paroli?")))
                .andExpect(content().string(containsString("name=\"_csrf\"")));
    }

    @Test
    void theRequestNeedsTheCsrfToken() throws Exception {
        mvc.perform(post("/password/forgot").param("email", "jana@example.org")).andExpect(status().isForbidden());
        mvc.perform(post("/password/reset").param("token", "x").param("newPassword", NEW_PASSWORD))
                .andExpect(status().isForbidden());
    }

    @Test
    void theWholeFlowMailsALinkThatSetsTheNewPasswordAndEndsEverySession() throws Exception {
        String email = TestUsers.uniqueEmail("recover");
        accounts.createUser(TestUsers.coordinator(email));
        Cookie oldSession = SignIn.as(mvc, email, TestUsers.PASSWORD);
        Cookie otherSession = SignIn.as(mvc, email, TestUsers.PASSWORD);

        requestLink(email, newAddress()).andExpect(redirectedUrl("/password/forgot/sent"));
        mvc.perform(get("/password/forgot/sent"))
                .andExpect(content()
                        .string(containsString("If an account exists for this address, we have sent it a link")));

        List<String> mails = mailsTo(email);
        assertThat(mails).hasSize(1);
        assertThat(mails.get(0)).contains("Labdien, Jana Ūzuliņa!").contains("Saite derīga vienu reizi, 60 minūtes.");
        String token = tokenOf(mails.get(0));

        mvc.perform(get("/password/reset").param("token", token))
                .andExpect(status().isOk())
                .andExpect(view().name("account/password-reset"))
                .andExpect(content().string(containsString("type=\"hidden\"")))
                .andExpect(content().string(containsString("value=\"" + token + "\"")));

        reset(token, NEW_PASSWORD).andExpect(redirectedUrl("/sign-in?reset"));
        mvc.perform(get("/sign-in").param("reset", ""))
                .andExpect(content().string(containsString("Your password has been changed")));

        mvc.perform(get("/profile").cookie(oldSession)).andExpect(status().is3xxRedirection());
        mvc.perform(get("/profile").cookie(otherSession)).andExpect(status().is3xxRedirection());
        signIn(email, TestUsers.PASSWORD).andExpect(redirectedUrlPattern("/sign-in?error=*"));
        signIn(email, NEW_PASSWORD).andExpect(redirectedUrl("/"));
    }

    @Test
    void aLinkWorksOnlyOnce() throws Exception {
        String email = TestUsers.uniqueEmail("once");
        accounts.createUser(TestUsers.coordinator(email));
        requestLink(email, newAddress());
        String token = lastToken(email);
        reset(token, NEW_PASSWORD).andExpect(redirectedUrl("/sign-in?reset"));

        mvc.perform(get("/password/reset").param("token", token))
                .andExpect(view().name("account/password-reset-invalid"))
                .andExpect(content().string(containsString("This link is no longer valid")))
                .andExpect(content().string(containsString("href=\"/password/forgot\"")));
        reset(token, "Another-Password-Of-Mine-2").andExpect(view().name("account/password-reset-invalid"));
        signIn(email, NEW_PASSWORD).andExpect(redirectedUrl("/"));
    }

    @Test
    void anExpiredLinkIsRefusedAndThePasswordStays() throws Exception {
        String email = TestUsers.uniqueEmail("expired");
        accounts.createUser(TestUsers.coordinator(email));
        requestLink(email, newAddress());
        String token = lastToken(email);

        clock.advance(Duration.ofMinutes(60).plusSeconds(1));

        mvc.perform(get("/password/reset").param("token", token))
                .andExpect(view().name("account/password-reset-invalid"));
        reset(token, NEW_PASSWORD).andExpect(view().name("account/password-reset-invalid"));
        signIn(email, TestUsers.PASSWORD).andExpect(redirectedUrl("/"));
        assertThat(auditOf(email)).contains("account.password-reset.refused");
    }

    @Test
    void aNewerLinkReplacesTheEarlierOne() throws Exception {
        String email = TestUsers.uniqueEmail("newer");
        accounts.createUser(TestUsers.coordinator(email));
        requestLink(email, newAddress());
        String first = lastToken(email);
        requestLink(email, newAddress());
        String second = lastToken(email);

        assertThat(second).isNotEqualTo(first);
        mvc.perform(get("/password/reset").param("token", first))
                .andExpect(view().name("account/password-reset-invalid"));
        reset(second, NEW_PASSWORD).andExpect(redirectedUrl("/sign-in?reset"));
    }

    @Test
    void onlyTheHashOfTheSecretIsStored() throws Exception {
        String email = TestUsers.uniqueEmail("hashed");
        accounts.createUser(TestUsers.coordinator(email));
        requestLink(email, newAddress());
        String token = lastToken(email);

        List<Map<String, Object>> rows = jdbc.sql("select * from password_reset where email_key = ?")
                .param(email)
                .query()
                .listOfRows();
        assertThat(rows).hasSize(1);
        assertThat(rows.get(0).get("token_hash")).isEqualTo(sha256(token));
        assertThat(rows.get(0).values())
                .noneMatch(value -> value != null && value.toString().contains(token));
        assertThat(auditTrail.entries("account.password-reset", PageRequest.of(0, 500)).stream())
                .noneMatch(entry -> String.valueOf(entry.detail()).contains(token));
    }

    @Test
    void aWeakPasswordIsRefusedOnTheFieldAndTheLinkStaysUsable() throws Exception {
        String email = TestUsers.uniqueEmail("weak");
        accounts.createUser(TestUsers.coordinator(email));
        requestLink(email, newAddress());
        String token = lastToken(email);

        reset(token, "short")
                .andExpect(status().isOk())
                .andExpect(view().name("account/password-reset"))
                .andExpect(model().attributeHasFieldErrorCode(
                                "resetForm", "newPassword", "error.account.password-too-short"))
                .andExpect(content().string(containsString("at least 12 characters")));
        mvc.perform(post("/password/reset")
                        .param("token", token)
                        .param("newPassword", NEW_PASSWORD)
                        .param("confirmation", NEW_PASSWORD + "x")
                        .with(csrf()))
                .andExpect(
                        model().attributeHasFieldErrorCode("resetForm", "confirmation", "account.password.mismatch"));

        reset(token, NEW_PASSWORD).andExpect(redirectedUrl("/sign-in?reset"));
    }

    @Test
    void anUnknownAddressGetsTheSameAnswerAndNoMail() throws Exception {
        String known = TestUsers.uniqueEmail("known");
        accounts.createUser(TestUsers.coordinator(known));
        String unknown = TestUsers.uniqueEmail("unknown");

        String knownAnswer =
                requestLink(known, newAddress()).andReturn().getResponse().getRedirectedUrl();
        String unknownAnswer =
                requestLink(unknown, newAddress()).andReturn().getResponse().getRedirectedUrl();

        assertThat(unknownAnswer).isEqualTo(knownAnswer).isEqualTo("/password/forgot/sent");
        assertThat(mailsTo(known)).hasSize(1);
        assertThat(mailsTo(unknown)).isEmpty();
        assertThat(auditOf(unknown)).containsExactly("account.password-reset.refused");
    }

    @Test
    void aDisabledAccountGetsNoMail() throws Exception {
        String email = TestUsers.uniqueEmail("disabled-reset");
        UserSummary user = accounts.createUser(TestUsers.coordinator(email));
        accounts.setEnabled(user.id(), false);

        requestLink(email, newAddress()).andExpect(redirectedUrl("/password/forgot/sent"));

        assertThat(mailsTo(email)).isEmpty();
    }

    @Test
    void atMostThreeMailsGoToOneAddressInAnHour() throws Exception {
        String email = TestUsers.uniqueEmail("three");
        accounts.createUser(TestUsers.coordinator(email));

        for (int i = 0; i < 5; i++) {
            requestLink(email, newAddress()).andExpect(redirectedUrl("/password/forgot/sent"));
        }

        assertThat(mailsTo(email)).hasSize(3);
        assertThat(auditOf(email))
                .filteredOn("account.password-reset.requested"::equals)
                .hasSize(3);
        assertThat(auditOf(email))
                .filteredOn("account.password-reset.refused"::equals)
                .hasSize(2);
    }

    @Test
    void aClientAskingTwentyTimesInAnHourGetsNoMoreMail() throws Exception {
        String address = newAddress();
        for (int i = 0; i < 20; i++) {
            requestLink(TestUsers.uniqueEmail("probe"), address).andExpect(redirectedUrl("/password/forgot/sent"));
        }
        String email = TestUsers.uniqueEmail("client-limit");
        accounts.createUser(TestUsers.coordinator(email));

        requestLink(email, address).andExpect(redirectedUrl("/password/forgot/sent"));
        assertThat(mailsTo(email)).isEmpty();

        requestLink(email, newAddress());
        assertThat(mailsTo(email)).hasSize(1);
    }

    @Test
    void requestAndResetAreAudited() throws Exception {
        String email = TestUsers.uniqueEmail("audit-reset");
        accounts.createUser(TestUsers.coordinator(email));
        requestLink(email, newAddress());
        reset(lastToken(email), NEW_PASSWORD);
        reset("not-a-real-token", NEW_PASSWORD).andExpect(view().name("account/password-reset-invalid"));

        assertThat(auditOf(email))
                .contains(
                        "account.password-reset.requested",
                        "account.user.password-changed",
                        "account.password-reset.completed");
    }

    @Test
    void anUnknownOrMissingTokenShowsTheInvalidPage() throws Exception {
        mvc.perform(get("/password/reset").param("token", "unknown"))
                .andExpect(status().isOk())
                .andExpect(view().name("account/password-reset-invalid"));
        mvc.perform(get("/password/reset"))
                .andExpect(status().isOk())
                .andExpect(view().name("account/password-reset-invalid"))
                .andExpect(content().string(not(containsString("password-reset-form"))));
    }

    @Test
    void theMailIsInTheAccountsLanguageNotTheRequests() throws Exception {
        String email = TestUsers.uniqueEmail("english");
        accounts.createUser(TestUsers.withRoles(email, Role.COORDINATOR));

        mvc.perform(post("/password/forgot")
                        .param("email", email)
                        .header("Accept-Language", "lv")
                        .with(csrf())
                        .with(request -> {
                            request.setRemoteAddr(newAddress());
                            return request;
                        }))
                .andExpect(redirectedUrl("/password/forgot/sent"));

        assertThat(mailsTo(email))
                .singleElement()
                .asString()
                .contains("Hello Test User,")
                .contains("The link works once, for 60 minutes.");
        assertThat(jdbc.sql("select subject from mail_outbox where recipient = ?")
                        .param(email)
                        .query(String.class)
                        .single())
                .isEqualTo("Choose a new Jumelage password");
    }

    @Test
    void changingThePasswordOnTheProfileEndsTheOtherSessionsOnly() throws Exception {
        String email = TestUsers.uniqueEmail("profile-sessions");
        accounts.createUser(TestUsers.withRoles(email, Role.COORDINATOR));
        Cookie here = SignIn.as(mvc, email, TestUsers.PASSWORD);
        Cookie elsewhere = SignIn.as(mvc, email, TestUsers.PASSWORD);

        mvc.perform(post("/profile/password")
                        .cookie(here)
                        .with(csrf())
                        .param("currentPassword", TestUsers.PASSWORD)
                        .param("newPassword", NEW_PASSWORD)
                        .param("confirmation", NEW_PASSWORD))
                .andExpect(redirectedUrl("/profile"));

        mvc.perform(get("/profile").cookie(here))
                .andExpect(status().isOk())
                .andExpect(content().string(containsString("Your other sessions have been signed out.")));
        mvc.perform(get("/profile").cookie(elsewhere)).andExpect(status().is3xxRedirection());
    }

    static String sha256(String text) throws Exception {
        return HexFormat.of()
                .formatHex(MessageDigest.getInstance("SHA-256").digest(text.getBytes(StandardCharsets.UTF_8)));
    }
}
