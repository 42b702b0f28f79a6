package org.jumelage.config;

import jakarta.servlet.ServletException;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import org.springframework.security.core.AuthenticationException;
import org.springframework.security.web.authentication.LoginUrlAuthenticationEntryPoint;

/**
 * Sends a visitor without a session to the sign-in page. For an htmx request it answers with
 * {@code HX-Redirect}, so that the whole page goes to sign-in instead of a fragment being swapped.
 */
class HtmxAwareSignInEntryPoint extends LoginUrlAuthenticationEntryPoint {

    HtmxAwareSignInEntryPoint(String signInUrl) {
        super(signInUrl);
    }

    @Override
    public void commence(HttpServletRequest request, HttpServletResponse response, AuthenticationException e)
            throws IOException, ServletException {
        if ("true".equals(request.getHeader("HX-Request"))) {
            response.setHeader("HX-Redirect", request.getContextPath() + getLoginFormUrl());
            response.setStatus(HttpServletResponse.SC_UNAUTHORIZED);
            return;
        }
        super.commence(request, response, e);
    }
}
