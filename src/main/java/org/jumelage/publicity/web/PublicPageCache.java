package org.jumelage.publicity.web;

import com.github.benmanes.caffeine.cache.Cache;
import com.github.benmanes.caffeine.cache.Caffeine;
import jakarta.servlet.FilterChain;
import jakarta.servlet.ServletException;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import java.time.Clock;
import java.time.Instant;
import java.time.ZonedDateTime;
import java.time.format.DateTimeFormatter;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.jspecify.annotations.Nullable;
import org.jumelage.publicity.domain.PublicChangeHorizon;
import org.jumelage.publicity.domain.PublicChanges;
import org.springframework.boot.security.autoconfigure.web.servlet.SecurityFilterProperties;
import org.springframework.core.annotation.Order;
import org.springframework.http.HttpHeaders;
import org.springframework.security.core.context.SecurityContextHolder;
import org.springframework.util.unit.DataSize;
import org.springframework.web.context.request.ServletWebRequest;
import org.springframework.web.filter.OncePerRequestFilter;
import org.springframework.web.util.ContentCachingResponseWrapper;

/**
 * The rendered public pages, kept in memory (bounded by {@code jumelage.public-cache.max-size}) and
 * served to the next anonymous reader without reading the database, building the page or making
 * a session. What may be kept and served is {@link PublicPageCaching}'s to say. It runs right
 * after Spring Security, so every answer, from the cache or not, gets the security headers and the
 * signed-in reader is known. A kept page is served while nothing public has changed since it was
 * built ({@link PublicChanges}: a commit here or, on PostgreSQL, a notice from another instance)
 * and until the next time the pages change by themselves ({@link PublicChangeHorizon}: a scheduled
 * article, a registration opening or closing, a new day). Conditional requests get their
 * {@code 304} from the kept validators.
 */
@Order(SecurityFilterProperties.DEFAULT_FILTER_ORDER + 1)
class PublicPageCache extends OncePerRequestFilter {

    /** The headers of a page that are kept with it; security headers are written afresh for every answer. */
    static final List<String> KEPT_HEADERS = List.of(
            HttpHeaders.CACHE_CONTROL,
            HttpHeaders.ETAG,
            HttpHeaders.LAST_MODIFIED,
            HttpHeaders.VARY,
            HttpHeaders.CONTENT_LANGUAGE,
            HttpHeaders.CONTENT_DISPOSITION,
            HttpHeaders.EXPIRES);

    /** What a kept page costs besides its body, in bytes: the key and headers, roughly. */
    private static final int OVERHEAD = 512;

    private final PublicChanges changes;
    private final PublicChangeHorizon horizon;
    private final Clock clock;
    private final @Nullable Cache<String, Page> pages;

    PublicPageCache(PublicChanges changes, PublicChangeHorizon horizon, Clock clock, DataSize maxSize) {
        this.changes = changes;
        this.horizon = horizon;
        this.clock = clock;
        this.pages = maxSize.toBytes() <= 0
                ? null
                : Caffeine.newBuilder()
                        .maximumWeight(maxSize.toBytes())
                        .weigher((String key, Page page) -> key.length() + page.body().length + OVERHEAD)
                        .build();
        if (pages != null) {
            changes.onChange(pages::invalidateAll);
        }
    }

    @Override
    protected void doFilterInternal(HttpServletRequest request, HttpServletResponse response, FilterChain chain)
            throws ServletException, IOException {
        Cache<String, Page> kept = pages;
        if (kept == null
                || !changes.trusted()
                || !PublicPageCaching.mayUseCache(
                        request, SecurityContextHolder.getContext().getAuthentication())) {
            chain.doFilter(request, response);
            return;
        }
        String key = PublicPageCaching.key(request);
        long generation = changes.generation();
        Page page = kept.getIfPresent(key);
        if (page != null && page.generation() == generation && clock.instant().isBefore(page.expires())) {
            serve(page, request, response);
            return;
        }
        // Before building: what is built from now on is true until then at the latest.
        Instant expires = horizon.until(generation);
        ContentCachingResponseWrapper building = new ContentCachingResponseWrapper(response);
        try {
            chain.doFilter(request, building);
            if ("GET".equals(request.getMethod())
                    && PublicPageCaching.mayKeep(
                            request,
                            building.getStatus(),
                            building.getContentType(),
                            building.getHeader(HttpHeaders.CACHE_CONTROL),
                            building.getHeader(HttpHeaders.SET_COOKIE) != null)
                    // nothing changed while it was built (else it may show the old data)
                    && changes.generation() == generation
                    && changes.trusted()) {
                kept.put(key, Page.of(building, generation, expires));
            }
        } finally {
            building.copyBodyToResponse();
        }
    }

    private static void serve(Page page, HttpServletRequest request, HttpServletResponse response) throws IOException {
        ServletWebRequest web = new ServletWebRequest(request, response);
        if (web.checkNotModified(page.etag(), page.lastModified())) {
            // a 304 repeats the caching headers (RFC 9110, 15.4.5), without a body
            for (String name : List.of(HttpHeaders.CACHE_CONTROL, HttpHeaders.VARY, HttpHeaders.EXPIRES)) {
                List<String> values = page.headers().get(name);
                if (values != null) {
                    values.forEach(value -> response.addHeader(name, value));
                }
            }
            return;
        }
        response.setStatus(200);
        response.setContentType(page.contentType());
        page.headers().forEach((name, values) -> {
            if (response.getHeader(name) == null) {
                values.forEach(value -> response.addHeader(name, value));
            }
        });
        response.setContentLength(page.body().length);
        if (!"HEAD".equals(request.getMethod())) {
            response.getOutputStream().write(page.body());
        }
    }

    /** How many pages are kept now (for tests and the benchmark's check). */
    long size() {
        Cache<String, Page> kept = pages;
        if (kept == null) {
            return 0;
        }
        kept.cleanUp();
        return kept.estimatedSize();
    }

    /** A kept page: its body, its type and caching headers, the generation it was built from, when it expires. */
    record Page(
            byte[] body,
            String contentType,
            Map<String, List<String>> headers,
            @Nullable String etag,
            long lastModified,
            long generation,
            Instant expires) {

        static Page of(ContentCachingResponseWrapper built, long generation, Instant expires) {
            Map<String, List<String>> headers = new LinkedHashMap<>();
            for (String name : KEPT_HEADERS) {
                var values = built.getHeaders(name);
                if (values != null && !values.isEmpty()) {
                    headers.put(name, List.copyOf(new ArrayList<>(values)));
                }
            }
            String lastModified = built.getHeader(HttpHeaders.LAST_MODIFIED);
            return new Page(
                    built.getContentAsByteArray(),
                    String.valueOf(built.getContentType()),
                    Map.copyOf(headers),
                    built.getHeader(HttpHeaders.ETAG),
                    millis(lastModified),
                    generation,
                    expires);
        }

        private static long millis(@Nullable String httpDate) {
            if (httpDate == null) {
                return -1;
            }
            try {
                return ZonedDateTime.parse(httpDate, DateTimeFormatter.RFC_1123_DATE_TIME)
                        .toInstant()
                        .toEpochMilli();
            } catch (DateTimeParseException e) {
                return -1;
            }
        }
    }
}
