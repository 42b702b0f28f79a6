package org.jumelage.config;

import jakarta.servlet.FilterChain;
import jakarta.servlet.ServletException;
import jakarta.servlet.http.Cookie;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import java.sql.Connection;
import java.sql.SQLException;
import java.time.Duration;
import java.util.Arrays;
import java.util.Set;
import javax.sql.DataSource;
import org.springframework.jdbc.datasource.DelegatingDataSource;
import org.springframework.web.filter.OncePerRequestFilter;

/**
 * Read-your-writes with a lagging replica: a request that may write (any method but GET, HEAD,
 * OPTIONS and TRACE) reads the primary, and so do the requests of the same browser for a short
 * while after it ({@code JUMELAGE_DB_REPLICA_READ_PRIMARY_AFTER_WRITE}, 5 s), marked by the cookie
 * {@value #COOKIE}. The page a form redirects to (a saved project, a registration's confirmation)
 * therefore shows what was just saved even when the replica has not replayed it yet. Registered
 * only when a replica is configured.
 */
final class ReadYourWritesFilter extends OncePerRequestFilter {

    static final String COOKIE = "JUMELAGE_RECENT_WRITE";

    private static final Set<String> READS = Set.of("GET", "HEAD", "OPTIONS", "TRACE");
    private static final ThreadLocal<Boolean> PRIMARY = new ThreadLocal<>();

    private final Duration window;

    ReadYourWritesFilter(Duration window) {
        this.window = window;
    }

    /** Whether this thread's request reads the primary even in read-only transactions. */
    static boolean readsPrimary() {
        return Boolean.TRUE.equals(PRIMARY.get());
    }

    @Override
    protected void doFilterInternal(HttpServletRequest request, HttpServletResponse response, FilterChain chain)
            throws ServletException, IOException {
        boolean writes = !READS.contains(request.getMethod());
        if (writes && !window.isZero()) {
            Cookie cookie = new Cookie(COOKIE, "1");
            cookie.setPath("/");
            cookie.setHttpOnly(true);
            cookie.setMaxAge((int) Math.max(1, window.toSeconds()));
            cookie.setAttribute("SameSite", "Lax");
            response.addCookie(cookie);
        }
        if (!writes && !recentWrite(request)) {
            chain.doFilter(request, response);
            return;
        }
        PRIMARY.set(true);
        try {
            chain.doFilter(request, response);
        } finally {
            PRIMARY.remove();
        }
    }

    private static boolean recentWrite(HttpServletRequest request) {
        Cookie[] cookies = request.getCookies();
        return cookies != null && Arrays.stream(cookies).anyMatch(cookie -> COOKIE.equals(cookie.getName()));
    }

    /** The replica, except for a request that {@linkplain #readsPrimary() reads the primary}. */
    static final class ReplicaUnlessRecentWrite extends DelegatingDataSource {

        private final DataSource primary;

        ReplicaUnlessRecentWrite(DataSource replica, DataSource primary) {
            super(replica);
            this.primary = primary;
        }

        @Override
        public Connection getConnection() throws SQLException {
            return readsPrimary() ? primary.getConnection() : super.getConnection();
        }

        @Override
        public Connection getConnection(String username, String password) throws SQLException {
            return readsPrimary() ? primary.getConnection(username, password) : super.getConnection(username, password);
        }
    }
}
