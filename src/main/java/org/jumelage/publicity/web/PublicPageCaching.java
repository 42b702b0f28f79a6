package org.jumelage.publicity.web;

import jakarta.servlet.http.HttpServletRequest;
import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.util.Map;
import java.util.TreeMap;
import java.util.regex.Pattern;
import org.jspecify.annotations.Nullable;
import org.jumelage.shared.Languages;
import org.springframework.http.HttpHeaders;
import org.springframework.security.authentication.AnonymousAuthenticationToken;
import org.springframework.security.core.Authentication;

/**
 * Which answers the public page cache ({@link PublicPageCache}) may keep and serve: the one
 * definition. A request may be answered from the cache when it is an anonymous {@code GET} or
 * {@code HEAD} of a public page (home, project list and page, event, organisation, news list and article, the
 * feeds, the sitemap and its files, {@code robots.txt}) without a session and without credentials. An answer may
 * be kept when it is a full {@code 200} that says anyone may cache it ({@code Cache-Control:
 * public}, which only the public pages send), sets no cookie and made no session (so it carries
 * no CSRF token and nothing of one visitor). The key is the address with its parameters: the page's
 * language is in it (the path, or {@code ?lang=} of a feed), and these answers vary on nothing
 * else.
 */
final class PublicPageCaching {

    /** The public pages whose answers are the same for every anonymous reader; not the information pages (live counts). */
    static final Pattern PUBLIC_PAGES = Pattern.compile("/(?:" + Languages.PATH_PATTERN + ")"
            + "(?:/projects|/projects/\\d+|/events/\\d+|/organisations/\\d+|/news|/news/[^/]+)?"
            + "|/feeds/(?:projects/\\d+/)?(?:news\\.rss|news\\.atom|events\\.ics)"
            + "|/sitemap\\.xml|/sitemaps/[a-z]+(?:-\\d+)?\\.xml|/robots\\.txt");

    private PublicPageCaching() {}

    /**
     * Whether the request may be answered from the cache (and its answer kept): an anonymous
     * {@code GET} or {@code HEAD} of a public page, without a session or credentials.
     *
     * @param authentication who the request is from, as Spring Security knows it ({@code null} or
     *     anonymous for nobody)
     */
    static boolean mayUseCache(HttpServletRequest request, @Nullable Authentication authentication) {
        String method = request.getMethod();
        return ("GET".equals(method) || "HEAD".equals(method))
                && PUBLIC_PAGES.matcher(request.getRequestURI()).matches()
                && request.getHeader(HttpHeaders.AUTHORIZATION) == null
                && request.getHeader("HX-Request") == null
                && (authentication == null
                        || authentication instanceof AnonymousAuthenticationToken
                        || !authentication.isAuthenticated())
                && request.getSession(false) == null;
    }

    /**
     * Whether an answer to such a request may be kept for other readers: a full {@code 200} with a
     * body type, {@code Cache-Control: public}, no cookie set and no session made while answering.
     */
    static boolean mayKeep(
            HttpServletRequest request,
            int status,
            @Nullable String contentType,
            @Nullable String cacheControl,
            boolean setsCookie) {
        return status == 200
                && contentType != null
                && cacheControl != null
                && cacheControl.contains("public")
                && !cacheControl.contains("no-store")
                && !cacheControl.contains("private")
                && !setsCookie
                && request.getSession(false) == null;
    }

    /**
     * The key of a request's answer: the path as sent and the parameters (from the query; in the
     * order of their names, so that the same question in another order finds the same answer).
     */
    static String key(HttpServletRequest request) {
        Map<String, String[]> parameters = request.getParameterMap();
        if (parameters.isEmpty()) {
            return request.getRequestURI();
        }
        StringBuilder key = new StringBuilder(request.getRequestURI());
        char separator = '?';
        for (Map.Entry<String, String[]> parameter : new TreeMap<>(parameters).entrySet()) {
            for (String value : parameter.getValue()) {
                key.append(separator)
                        .append(URLEncoder.encode(parameter.getKey(), StandardCharsets.UTF_8))
                        .append('=')
                        .append(URLEncoder.encode(value, StandardCharsets.UTF_8));
                separator = '&';
            }
        }
        return key.toString();
    }
}
