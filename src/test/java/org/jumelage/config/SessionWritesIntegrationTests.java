package org.jumelage.config;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import jakarta.servlet.http.Cookie;
import java.nio.charset.StandardCharsets;
import java.util.Base64;
import org.jumelage.support.JumelageIntegrationTest;
import org.jumelage.support.SignIn;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.session.SessionRepository;
import org.springframework.test.web.servlet.MockMvc;

/** Signed-in pages read their session from the database without writing it back each time. */
@JumelageIntegrationTest
class SessionWritesIntegrationTests {

    @Autowired
    MockMvc mvc;

    @Autowired
    JdbcClient jdbc;

    @Autowired
    SessionRepository<?> sessions;

    @Test
    void theSessionStoreIsTheThrottledOne() {
        assertThat(sessions).isInstanceOf(ThrottledSessionRepository.class);
    }

    @Test
    void pagesWithinAMinuteOfTheSignInLeaveTheStoredSessionAlone() throws Exception {
        Cookie session = SignIn.asAdmin(mvc);
        Long signedIn = lastAccessOf(session);

        mvc.perform(get("/profile").cookie(session)).andExpect(status().isOk());
        mvc.perform(get("/projects").cookie(session)).andExpect(status().isOk());

        assertThat(lastAccessOf(session)).isEqualTo(signedIn);
    }

    private Long lastAccessOf(Cookie cookie) {
        String id = new String(Base64.getDecoder().decode(cookie.getValue()), StandardCharsets.UTF_8);
        return jdbc.sql("select last_access_time from spring_session where session_id = :id")
                .param("id", id)
                .query(Long.class)
                .single();
    }
}
