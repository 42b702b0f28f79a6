package org.jumelage.config;

import jakarta.servlet.ServletException;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import org.jumelage.account.SignInThrottledException;
import org.springframework.security.core.AuthenticationException;
import org.springframework.security.web.authentication.AuthenticationFailureHandler;
import org.springframework.web.util.UriComponentsBuilder;

/**
 * Back to the sign-in page with the e-mail kept and one of two messages: wrong e-mail or password
 * (never which), or too many attempts.
 */
class SignInFailureHandler implements AuthenticationFailureHandler {

    @Override
    public void onAuthenticationFailure(
            HttpServletRequest request, HttpServletResponse response, AuthenticationException exception)
            throws IOException, ServletException {
        String error = exception instanceof SignInThrottledException ? "locked" : "failed";
        String email = request.getParameter("email");
        String target = UriComponentsBuilder.fromPath(request.getContextPath() + "/sign-in")
                .queryParam("error", error)
                .queryParamIfPresent(
                        "email", java.util.Optional.ofNullable(email).filter(e -> !e.isBlank()))
                .encode()
                .build()
                .toUriString();
        response.sendRedirect(target);
    }
}
