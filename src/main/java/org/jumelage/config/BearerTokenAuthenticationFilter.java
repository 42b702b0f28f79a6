package org.jumelage.config;

import jakarta.servlet.FilterChain;
import jakarta.servlet.ServletException;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import java.util.Optional;
import org.jumelage.account.AccountManagement;
import org.jumelage.account.SignedInUser;
import org.springframework.http.HttpHeaders;
import org.springframework.security.authentication.UsernamePasswordAuthenticationToken;
import org.springframework.security.core.authority.SimpleGrantedAuthority;
import org.springframework.security.core.context.SecurityContext;
import org.springframework.security.core.context.SecurityContextHolder;
import org.springframework.web.filter.OncePerRequestFilter;

/**
 * Authenticates API calls that send {@code Authorization: Bearer <personal token>}. The token is
 * checked on every call and never creates a session. A wrong token answers 401 at once, even when
 * the caller also has a session, so that a broken script notices.
 */
class BearerTokenAuthenticationFilter extends OncePerRequestFilter {

    private static final String BEARER = "Bearer ";

    private final AccountManagement accounts;
    private final ProblemWriter problems;

    BearerTokenAuthenticationFilter(AccountManagement accounts, ProblemWriter problems) {
        this.accounts = accounts;
        this.problems = problems;
    }

    static boolean hasBearerToken(HttpServletRequest request) {
        String header = request.getHeader(HttpHeaders.AUTHORIZATION);
        return header != null && header.regionMatches(true, 0, BEARER, 0, BEARER.length());
    }

    /**
     * A streamed answer (the evidence pack) ends in an async dispatch, which is authorised again, so
     * the token is read again there too.
     */
    @Override
    protected boolean shouldNotFilterAsyncDispatch() {
        return false;
    }

    @Override
    protected void doFilterInternal(HttpServletRequest request, HttpServletResponse response, FilterChain chain)
            throws ServletException, IOException {
        if (!hasBearerToken(request)) {
            chain.doFilter(request, response);
            return;
        }
        String secret = request.getHeader(HttpHeaders.AUTHORIZATION)
                .substring(BEARER.length())
                .strip();
        Optional<SignedInUser> user = secret.isEmpty() ? Optional.empty() : accounts.authenticateApiToken(secret);
        if (user.isEmpty()) {
            problems.write(request, response, 401, "error.api.bad-token");
            return;
        }
        SignedInUser principal = user.get();
        SecurityContext context = SecurityContextHolder.createEmptyContext();
        context.setAuthentication(UsernamePasswordAuthenticationToken.authenticated(
                principal,
                null,
                principal.roles().stream()
                        .map(role -> new SimpleGrantedAuthority(role.authority()))
                        .toList()));
        SecurityContextHolder.setContext(context);
        try {
            chain.doFilter(request, response);
        } finally {
            SecurityContextHolder.clearContext();
        }
    }
}
