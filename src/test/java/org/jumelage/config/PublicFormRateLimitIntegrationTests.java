package org.jumelage.config;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.header;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.jsonPath;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import jakarta.servlet.RequestDispatcher;
import java.time.Clock;
import java.time.Duration;
import java.util.concurrent.atomic.AtomicInteger;
import org.hamcrest.Matchers;
import org.jumelage.account.AccountManagement;
import org.jumelage.event.EventManagement;
import org.jumelage.network.OrganisationManagement;
import org.jumelage.participation.RegistrationSettingsManagement;
import org.jumelage.project.ProjectManagement;
import org.jumelage.support.MutableClock;
import org.jumelage.support.OptionalSettingsServerTest;
import org.jumelage.support.RegistrationFixtures;
import org.jumelage.support.RegistrationFixtures.Meeting;
import org.jumelage.support.SignIn;
import org.jumelage.support.TestUsers;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.http.MediaType;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.ResultActions;

/**
 * Anonymous submissions of public forms are limited per form and client address (here 3 per
 * minute), counted in the database: the next one gets 429 with Retry-After and stores nothing.
 */
@OptionalSettingsServerTest
class PublicFormRateLimitIntegrationTests {

    static final AtomicInteger ADDRESSES = new AtomicInteger(1);

    @Autowired
    MockMvc mvc;

    @Autowired
    JdbcClient jdbc;

    @Autowired
    MutableClock clock;

    @Autowired
    PublicFormRateLimiter limiter;

    @Autowired
    OrganisationManagement organisations;

    @Autowired
    AccountManagement accounts;

    @Autowired
    ProjectManagement projects;

    @Autowired
    EventManagement events;

    @Autowired
    RegistrationSettingsManagement settings;

    Meeting meeting;

    @BeforeEach
    void setUp() {
        meeting = new RegistrationFixtures(organisations, accounts, projects, events, settings, jdbc).meeting(null);
    }

    static String newAddress() {
        return "10.40." + (ADDRESSES.get() / 250) + "." + (ADDRESSES.getAndIncrement() % 250 + 1);
    }

    ResultActions register(String address) throws Exception {
        return mvc.perform(post("/register/" + meeting.publicToken())
                .with(csrf())
                .with(request -> {
                    request.setRemoteAddr(address);
                    return request;
                })
                .param("firstName", "Aistė")
                .param("lastName", "Kazlauskienė")
                .param("email", TestUsers.uniqueEmail("aiste"))
                .param("town", "Kaunas")
                .param("country", "LT")
                .param("gender", "female")
                .param("consent", "true"));
    }

    long registrations() {
        return jdbc.sql("select count(*) from event_registration where event_id = :event")
                .param("event", meeting.eventId())
                .query(Long.class)
                .single();
    }

    @Test
    void theFourthRegistrationFromOneAddressInAMinuteIsRefusedAndStoresNothing() throws Exception {
        String address = newAddress();
        for (int i = 0; i < 3; i++) {
            register(address).andExpect(status().is3xxRedirection());
        }
        assertThat(registrations()).isEqualTo(3);

        register(address)
                .andExpect(status().isTooManyRequests())
                .andExpect(header().string("Retry-After", Matchers.matchesRegex("[1-9][0-9]*")));
        assertThat(registrations()).isEqualTo(3);

        // Another address is counted on its own.
        register(newAddress()).andExpect(status().is3xxRedirection());
        assertThat(registrations()).isEqualTo(4);

        // The next window starts from zero.
        clock.advance(Duration.ofMinutes(1));
        register(address).andExpect(status().is3xxRedirection());
        assertThat(registrations()).isEqualTo(5);
    }

    @Test
    void theRefusalIsAClearPageInTheReadersLanguage() throws Exception {
        mvc.perform(get("/error")
                        .requestAttr(RequestDispatcher.ERROR_STATUS_CODE, 429)
                        .requestAttr(RequestDispatcher.ERROR_REQUEST_URI, "/register/x")
                        .requestAttr(PublicFormRateLimitFilter.RETRY_AFTER_SECONDS, 42L)
                        .header("Accept-Language", "lv")
                        .accept(MediaType.TEXT_HTML))
                .andExpect(content().string(Matchers.containsString("Uzgaidiet 42 sekundes")));
        mvc.perform(get("/error")
                        .requestAttr(RequestDispatcher.ERROR_STATUS_CODE, 429)
                        .requestAttr(RequestDispatcher.ERROR_REQUEST_URI, "/register/x")
                        .requestAttr(PublicFormRateLimitFilter.RETRY_AFTER_SECONDS, 42L)
                        .header("Accept-Language", "en")
                        .accept(MediaType.TEXT_HTML))
                .andExpect(content().string(Matchers.containsString("Wait 42 seconds")));
    }

    @Test
    void anAnonymousApiCallerGetsAProblemDetail() throws Exception {
        String address = newAddress();
        for (int i = 0; i < 3; i++) {
            mvc.perform(post("/api/v1/events/" + meeting.eventId() + "/registrations")
                            .with(request -> {
                                request.setRemoteAddr(address);
                                return request;
                            })
                            .contentType(MediaType.APPLICATION_JSON)
                            .content("{}"))
                    .andExpect(status().isUnauthorized());
        }
        mvc.perform(post("/api/v1/events/" + meeting.eventId() + "/registrations")
                        .with(request -> {
                            request.setRemoteAddr(address);
                            return request;
                        })
                        .contentType(MediaType.APPLICATION_JSON)
                        .content("{}"))
                .andExpect(status().isTooManyRequests())
                .andExpect(header().exists("Retry-After"))
                .andExpect(content().contentTypeCompatibleWith(MediaType.APPLICATION_PROBLEM_JSON))
                .andExpect(jsonPath("$.code").value("public-form.too-many"))
                .andExpect(jsonPath("$.status").value(429));
    }

    @Test
    void signedInUsersAreNotCounted() throws Exception {
        String address = newAddress();
        var session = SignIn.asAdmin(mvc);
        for (int i = 0; i < 5; i++) {
            mvc.perform(post("/register/" + meeting.publicToken())
                            .cookie(session)
                            .with(csrf())
                            .with(request -> {
                                request.setRemoteAddr(address);
                                return request;
                            })
                            .param("firstName", "Aistė")
                            .param("lastName", "Kazlauskienė")
                            .param("email", TestUsers.uniqueEmail("admin-registers"))
                            .param("town", "Kaunas")
                            .param("country", "LT")
                            .param("gender", "female")
                            .param("consent", "true"))
                    .andExpect(status().is3xxRedirection());
        }
    }

    @Test
    void theCountLivesInTheDatabaseSoEveryInstanceSharesIt() {
        String address = newAddress();
        PublicFormRateLimitProperties properties =
                new PublicFormRateLimitProperties(3, Duration.ofMinutes(1), Duration.ofMinutes(10));
        Clock sameTime = clock;
        PublicFormRateLimiter otherInstance = new PublicFormRateLimiter(jdbc, sameTime, properties);

        assertThat(limiter.count("contact", address)).isEmpty();
        assertThat(otherInstance.count("contact", address)).isEmpty();
        assertThat(limiter.count("contact", address)).isEmpty();
        assertThat(otherInstance.count("contact", address))
                .hasValueSatisfying(wait -> assertThat(wait).isPositive().isLessThanOrEqualTo(Duration.ofMinutes(1)));
        assertThat(limiter.count("another-form", address)).isEmpty();
    }

    @Test
    void countersOfPastWindowsAreDeleted() {
        String address = newAddress();
        limiter.count("cleanup", address);
        clock.advance(Duration.ofMinutes(2));

        assertThat(limiter.deletePastWindows()).isPositive();
        assertThat(jdbc.sql("select count(*) from public_form_rate where client_address = :address")
                        .param("address", address)
                        .query(Long.class)
                        .single())
                .isZero();
    }
}
