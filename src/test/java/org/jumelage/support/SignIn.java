package org.jumelage.support;

import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.redirectedUrl;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import jakarta.servlet.http.Cookie;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.MvcResult;

/**
 * Signs in through the real form and returns the session cookie. Sessions live in the database
 * (Spring Session), so requests carry the cookie rather than a MockHttpSession.
 */
public final class SignIn {

    public static final String SESSION_COOKIE = "JUMELAGE_SESSION";

    private SignIn() {}

    public static Cookie as(MockMvc mvc, String email, String password) throws Exception {
        MvcResult result = mvc.perform(post("/sign-in")
                        .param("email", email)
                        .param("password", password)
                        .with(csrf()))
                .andExpect(status().isFound())
                .andExpect(redirectedUrl("/"))
                .andReturn();
        Cookie cookie = result.getResponse().getCookie(SESSION_COOKIE);
        if (cookie == null) {
            throw new AssertionError("Signing in as " + email + " set no session cookie; headers "
                    + result.getResponse().getHeaderNames() + " "
                    + result.getResponse().getHeaders("Set-Cookie")
                    + " session " + result.getRequest().getSession(false));
        }
        return cookie;
    }

    public static Cookie asAdmin(MockMvc mvc) throws Exception {
        return as(mvc, TestUsers.ADMIN_EMAIL, TestUsers.ADMIN_PASSWORD);
    }
}
