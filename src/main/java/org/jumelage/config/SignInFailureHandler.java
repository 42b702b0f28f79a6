package org.jumelage.config;

import jakarta.servlet.ServletException;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import org.jumelage.account.SignInThrottledException;
import org.springframework.security.core.AuthenticationException;
import org.springframework.security.web.authentication.AuthenticationFailureHandler;

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
        StringBuilder target = new StringBuilder(request.getContextPath())
                .append("/sign-in?error=")
                .append(error);
        if (email != null && !email.isBlank()) {
            // URLEncoder, not UriComponentsBuilder: a '+' in an address must arrive as '+', not as a space.
            target.append("&email=").append(URLEncoder.encode(email.strip(), StandardCharsets.UTF_8));
        }
        response.sendRedirect(target.toString());
    }
}
