package org.jumelage.config;

import jakarta.servlet.FilterChain;
import jakarta.servlet.ServletException;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import java.time.Duration;
import java.util.Optional;
import java.util.Set;
import org.jumelage.shared.Languages;
import org.springframework.http.HttpHeaders;
import org.springframework.http.MediaType;
import org.springframework.security.authentication.AuthenticationTrustResolver;
import org.springframework.security.authentication.AuthenticationTrustResolverImpl;
import org.springframework.security.core.context.SecurityContextHolder;
import org.springframework.web.filter.OncePerRequestFilter;

/**
 * Limits what people without an account may send: every anonymous POST, PUT, PATCH or DELETE
 * (the public registration forms, the personal registration page, and any public form added later)
 * counts against its form and the client's address in {@link PublicFormRateLimiter}. Above the
 * limit the request is refused before it reaches the application, with 429 and Retry-After: a
 * problem detail for the API and JSON callers, the translated error page otherwise. Sign-in has
 * its own throttle (ADR 0005) and is not counted here. The form is the address's first path
 * segment ({@code /register/…} → {@code register}), so tokens in the address do not make new
 * counters.
 */
class PublicFormRateLimitFilter extends OncePerRequestFilter {

    /** Request attribute with the seconds to wait, for the 429 page. */
    static final String RETRY_AFTER_SECONDS = PublicFormRateLimitFilter.class.getName() + ".retryAfterSeconds";

    private static final Set<String> READS = Set.of("GET", "HEAD", "OPTIONS", "TRACE");
    private static final Set<String> OWN_THROTTLE = Set.of("sign-in", "sign-out");

    private final PublicFormRateLimiter limiter;
    private final ProblemWriter problems;
    private final AuthenticationTrustResolver trust = new AuthenticationTrustResolverImpl();

    PublicFormRateLimitFilter(PublicFormRateLimiter limiter, ProblemWriter problems) {
        this.limiter = limiter;
        this.problems = problems;
    }

    @Override
    protected void doFilterInternal(HttpServletRequest request, HttpServletResponse response, FilterChain chain)
            throws ServletException, IOException {
        String form = formKey(request);
        if (READS.contains(request.getMethod()) || OWN_THROTTLE.contains(form) || !anonymous()) {
            chain.doFilter(request, response);
            return;
        }
        Optional<Duration> wait = limiter.count(form, request.getRemoteAddr());
        if (wait.isEmpty()) {
            chain.doFilter(request, response);
            return;
        }
        long seconds = Math.max(1, (wait.get().toMillis() + 999) / 1000);
        response.setHeader(HttpHeaders.RETRY_AFTER, String.valueOf(seconds));
        if (wantsProblem(request)) {
            problems.write(request, response, 429, "error.public-form.too-many");
        } else {
            request.setAttribute(RETRY_AFTER_SECONDS, seconds);
            response.sendError(429);
        }
    }

    private boolean anonymous() {
        var authentication = SecurityContextHolder.getContext().getAuthentication();
        return authentication == null || trust.isAnonymous(authentication);
    }

    private static String formKey(HttpServletRequest request) {
        String path = request.getRequestURI().substring(request.getContextPath().length());
        int start = path.startsWith("/") ? 1 : 0;
        int end = path.indexOf('/', start);
        String first = end < 0 ? path.substring(start) : path.substring(start, end);
        // The public site's forms count together whatever language prefix they are sent under.
        return Languages.isKnown(first) ? "public-site" : first;
    }

    private static boolean wantsProblem(HttpServletRequest request) {
        if ("api".equals(formKey(request))) {
            return true;
        }
        String accept = request.getHeader(HttpHeaders.ACCEPT);
        return accept != null
                && (accept.contains(MediaType.APPLICATION_JSON_VALUE)
                        || accept.contains(MediaType.APPLICATION_PROBLEM_JSON_VALUE))
                && !accept.contains(MediaType.TEXT_HTML_VALUE);
    }
}
