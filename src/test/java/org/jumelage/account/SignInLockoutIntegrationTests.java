package org.jumelage.account;

import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.not;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.redirectedUrl;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import jakarta.servlet.http.Cookie;
import java.time.Duration;
import java.util.List;
import java.util.concurrent.atomic.AtomicInteger;
import org.jumelage.support.JumelageIntegrationTest;
import org.jumelage.support.MutableClock;
import org.jumelage.support.SignIn;
import org.jumelage.support.TestUsers;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.data.domain.PageRequest;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.MvcResult;
import org.springframework.test.web.servlet.ResultActions;

/**
 * Sign-in throttling (ADR 0005): within 15 minutes, 10 failures for an e-mail from one address lock
 * that e-mail from that address, 100 from all addresses lock the e-mail, 50 from one address lock
 * the address; each for 15 minutes, with a clear message, audited, without telling whether the
 * e-mail exists. The typed e-mail never travels in the address.
 */
@JumelageIntegrationTest
class SignInLockoutIntegrationTests {

    /** Each test signs in from its own address, so that address counts never mix between tests. */
    static final AtomicInteger ADDRESSES = new AtomicInteger(1);

    @Autowired
    MockMvc mvc;

    @Autowired
    org.springframework.jdbc.core.simple.JdbcClient jdbc;

    @Autowired
    AccountManagement accounts;

    @Autowired
    AuditTrail auditTrail;

    @Autowired
    MutableClock clock;

    static String newAddress() {
        return "10.20." + (ADDRESSES.get() / 250) + "." + (ADDRESSES.getAndIncrement() % 250 + 1);
    }

    ResultActions attempt(String email, String password, String address) throws Exception {
        return mvc.perform(post("/sign-in")
                .param("email", email)
                .param("password", password)
                .with(csrf())
                .with(request -> {
                    request.setRemoteAddr(address);
                    return request;
                }));
    }

    @Test
    void tenFailuresLockTheAccountFromThatAddressForFifteenMinutesEvenForTheRightPassword() throws Exception {
        String email = TestUsers.uniqueEmail("locked");
        accounts.createUser(TestUsers.coordinator(email));
        String address = newAddress();

        for (int i = 0; i < 10; i++) {
            attempt(email, "wrong-password-" + i, address).andExpect(redirectedUrl("/sign-in?error=failed"));
        }
        attempt(email, TestUsers.PASSWORD, address).andExpect(redirectedUrl("/sign-in?error=locked"));

        clock.advance(Duration.ofMinutes(14));
        attempt(email, TestUsers.PASSWORD, address).andExpect(redirectedUrl("/sign-in?error=locked"));

        clock.advance(Duration.ofMinutes(1).plusSeconds(1));
        attempt(email, TestUsers.PASSWORD, address).andExpect(redirectedUrl("/"));
    }

    @Test
    void aGuesserLocksOnlyHimselfNotTheOwnerAtAnotherAddress() throws Exception {
        String email = TestUsers.uniqueEmail("targeted");
        accounts.createUser(TestUsers.coordinator(email));
        String attacker = newAddress();
        for (int i = 0; i < 10; i++) {
            attempt(email, "wrong-password-" + i, attacker);
        }
        attempt(email, TestUsers.PASSWORD, attacker).andExpect(redirectedUrl("/sign-in?error=locked"));

        attempt(email, TestUsers.PASSWORD, newAddress()).andExpect(redirectedUrl("/"));
    }

    @Test
    void theOwnerSigningInElsewhereGivesTheGuesserNoFreshStart() throws Exception {
        String email = TestUsers.uniqueEmail("fresh-start");
        accounts.createUser(TestUsers.coordinator(email));
        String attacker = newAddress();
        for (int i = 0; i < 9; i++) {
            attempt(email, "wrong-password-" + i, attacker);
        }
        attempt(email, TestUsers.PASSWORD, newAddress()).andExpect(redirectedUrl("/"));

        attempt(email, "wrong-password-10", attacker).andExpect(redirectedUrl("/sign-in?error=failed"));
        attempt(email, TestUsers.PASSWORD, attacker).andExpect(redirectedUrl("/sign-in?error=locked"));
    }

    @Test
    void aHundredFailuresFromManyAddressesLockTheAccountEverywhere() throws Exception {
        String email = TestUsers.uniqueEmail("distributed");
        accounts.createUser(TestUsers.coordinator(email));
        for (int a = 0; a < 9; a++) {
            String address = newAddress();
            for (int i = 0; i < 10; i++) {
                attempt(email, "wrong-password", address);
            }
        }
        String last = newAddress();
        for (int i = 0; i < 9; i++) {
            attempt(email, "wrong-password", last);
        }
        // 99 failures: the owner still signs in from a fresh address.
        String owner = newAddress();
        attempt(email, TestUsers.PASSWORD, owner).andExpect(redirectedUrl("/"));

        attempt(email, "wrong-password", last).andExpect(redirectedUrl("/sign-in?error=failed"));
        attempt(email, TestUsers.PASSWORD, owner).andExpect(redirectedUrl("/sign-in?error=locked"));
        attempt(email, TestUsers.PASSWORD, newAddress()).andExpect(redirectedUrl("/sign-in?error=locked"));
    }

    @Test
    void theFailedSignInKeepsTheEmailOutOfTheAddressButShowsItInTheForm() throws Exception {
        MvcResult failed = attempt("jana+twinning@example.org", "wrong-password", newAddress())
                .andExpect(redirectedUrl("/sign-in?error=failed"))
                .andReturn();
        assertThat(failed.getResponse().getHeader("Location"))
                .doesNotContain("jana")
                .doesNotContain("example");
        Cookie session = failed.getResponse().getCookie(SignIn.SESSION_COOKIE);
        assertThat(session).isNotNull();

        mvc.perform(get("/sign-in").param("error", "failed").cookie(session))
                .andExpect(content().string(containsString("value=\"jana+twinning@example.org\"")));
        // Shown once: a reload (or the next visitor of a shared browser) gets an empty form.
        mvc.perform(get("/sign-in").param("error", "failed").cookie(session))
                .andExpect(content().string(not(containsString("jana+twinning@example.org"))));
    }

    @Test
    void anEmailInTheAddressIsNotCopiedIntoTheForm() throws Exception {
        mvc.perform(get("/sign-in").param("error", "failed").param("email", "jana@example.org"))
                .andExpect(content().string(containsString("The e-mail or the password is wrong.")))
                .andExpect(content().string(not(containsString("jana@example.org"))));
    }

    @Test
    void theLockIsAudited() throws Exception {
        String email = TestUsers.uniqueEmail("audited");
        accounts.createUser(TestUsers.coordinator(email));
        String address = newAddress();
        for (int i = 0; i < 11; i++) {
            attempt(email, "wrong-password", address);
        }

        List<String> actions = auditTrail.entries("account.sign-in", PageRequest.of(0, 200)).stream()
                .filter(entry ->
                        email.equals(entry.target()) || ("pair:" + address + " " + email).equals(entry.target()))
                .map(entry -> entry.action() + " from " + entry.remoteAddress())
                .toList();

        assertThat(actions)
                .contains("account.sign-in.locked-out from " + address)
                .contains("account.sign-in.refused-locked from " + address)
                .filteredOn(action -> action.startsWith("account.sign-in.failed"))
                .hasSize(10);
    }

    @Test
    void nineFailuresDoNotLockAndASuccessStartsTheCountAgain() throws Exception {
        String email = TestUsers.uniqueEmail("nine");
        accounts.createUser(TestUsers.coordinator(email));
        String address = newAddress();
        for (int i = 0; i < 9; i++) {
            attempt(email, "wrong-password", address);
        }
        attempt(email, TestUsers.PASSWORD, address).andExpect(redirectedUrl("/"));
        for (int i = 0; i < 9; i++) {
            attempt(email, "wrong-password", address);
        }
        attempt(email, TestUsers.PASSWORD, address).andExpect(redirectedUrl("/"));
    }

    @Test
    void anUnknownEmailIsAnsweredExactlyLikeAKnownOne() throws Exception {
        String known = TestUsers.uniqueEmail("known");
        accounts.createUser(TestUsers.coordinator(known));
        String unknown = TestUsers.uniqueEmail("unknown");
        String address = newAddress();

        for (int i = 0; i < 11; i++) {
            String knownAnswer = attempt(known, "wrong-password", address)
                    .andReturn()
                    .getResponse()
                    .getRedirectedUrl();
            String unknownAnswer = attempt(unknown, "wrong-password", address)
                    .andReturn()
                    .getResponse()
                    .getRedirectedUrl();
            assertThat(unknownAnswer).isEqualTo(knownAnswer);
        }
    }

    @Test
    void anEmailLongerThanAnyAccountsFailsLikeAnUnknownOneAndIsCounted() throws Exception {
        String address = newAddress();
        String huge = "a".repeat(70_000) + "@example.org";

        attempt(huge, "wrong-password", address).andExpect(redirectedUrl("/sign-in?error=failed"));

        assertThat(jdbc.sql("select count(*) from sign_in_failure where remote_address = :address")
                        .param("address", address)
                        .query(Long.class)
                        .single())
                .isEqualTo(1);
    }

    @Test
    void aDisabledAccountWithTheRightPasswordFailsLikeAWrongPassword() throws Exception {
        String email = TestUsers.uniqueEmail("disabled");
        UserSummary user = accounts.createUser(TestUsers.coordinator(email));
        org.springframework.security.core.context.SecurityContextHolder.clearContext();
        accounts.setEnabled(user.id(), false);

        attempt(email, TestUsers.PASSWORD, newAddress()).andExpect(redirectedUrl("/sign-in?error=failed"));
    }

    @Test
    void fiftyFailuresFromOneAddressLockThatAddressOnly() throws Exception {
        String email = TestUsers.uniqueEmail("address");
        accounts.createUser(TestUsers.coordinator(email));
        String address = newAddress();
        for (int i = 0; i < 50; i++) {
            attempt(TestUsers.uniqueEmail("guess"), "wrong-password", address);
        }

        attempt(email, TestUsers.PASSWORD, address).andExpect(redirectedUrl("/sign-in?error=locked"));
        attempt(email, TestUsers.PASSWORD, newAddress()).andExpect(redirectedUrl("/"));
    }

    @Test
    void theSignInPageExplainsTheLock() throws Exception {
        mvc.perform(get("/sign-in").param("error", "locked"))
                .andExpect(status().isOk())
                .andExpect(content()
                        .string(org.hamcrest.Matchers.containsString(
                                "Too many failed sign-in attempts. Sign-in is paused for 15 minutes")));
        mvc.perform(get("/sign-in").param("error", "locked").header("Accept-Language", "lv"))
                .andExpect(content()
                        .string(org.hamcrest.Matchers.containsString("Pieslēgšanās ir apturēta uz 15 minūtēm")));
    }
}
