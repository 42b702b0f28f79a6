package org.jumelage.config;

import jakarta.servlet.ServletException;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import org.jumelage.account.SignInThrottledException;
import org.springframework.security.core.AuthenticationException;
import org.springframework.security.web.authentication.AuthenticationFailureHandler;
import org.springframework.web.servlet.FlashMap;
import org.springframework.web.servlet.FlashMapManager;
import org.springframework.web.servlet.support.SessionFlashMapManager;

/**
 * Back to the sign-in page with one of two messages: wrong e-mail or password (never which), or
 * too many attempts. The typed e-mail goes back to the form as a flash attribute (in the session,
 * read once by the next sign-in page), never in the address, so it stays out of access logs,
 * browser history and Referer headers.
 */
class SignInFailureHandler implements AuthenticationFailureHandler {

    /** The flash attribute holding the e-mail typed in the failed attempt; the sign-in page reads it. */
    static final String EMAIL_ATTRIBUTE = "email";

    private final FlashMapManager flashMaps = new SessionFlashMapManager();

    @Override
    public void onAuthenticationFailure(
            HttpServletRequest request, HttpServletResponse response, AuthenticationException exception)
            throws IOException, ServletException {
        String error = exception instanceof SignInThrottledException ? "locked" : "failed";
        String target = request.getContextPath() + "/sign-in";
        String email = request.getParameter("email");
        if (email != null && !email.isBlank()) {
            FlashMap flash = new FlashMap();
            flash.put(EMAIL_ATTRIBUTE, email.strip());
            flash.setTargetRequestPath(target);
            flashMaps.saveOutputFlashMap(flash, request, response);
        }
        response.sendRedirect(target + "?error=" + error);
    }
}
