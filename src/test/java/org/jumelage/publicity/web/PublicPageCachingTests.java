package org.jumelage.publicity.web;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;
import org.springframework.mock.web.MockHttpServletRequest;
import org.springframework.security.authentication.AnonymousAuthenticationToken;
import org.springframework.security.authentication.UsernamePasswordAuthenticationToken;
import org.springframework.security.core.authority.SimpleGrantedAuthority;

class PublicPageCachingTests {

    private static MockHttpServletRequest get(String path) {
        return new MockHttpServletRequest("GET", path);
    }

    @ParameterizedTest
    @ValueSource(
            strings = {
                "/en",
                "/lv",
                "/sr-Latn",
                "/en/projects/12",
                "/lv/events/7",
                "/en/organisations/3",
                "/en/news",
                "/pl/news/town-twinning-in-daugavpils",
                "/feeds/news.rss",
                "/feeds/news.atom",
                "/feeds/events.ics",
                "/feeds/projects/4/news.atom",
                "/feeds/projects/4/events.ics",
                "/sitemap.xml",
                "/robots.txt"
            })
    void anAnonymousReadOfAPublicPageMayUseTheCache(String path) {
        assertThat(PublicPageCaching.mayUseCache(get(path), null)).isTrue();
        assertThat(PublicPageCaching.mayUseCache(new MockHttpServletRequest("HEAD", path), null))
                .isTrue();
    }

    @ParameterizedTest
    @ValueSource(
            strings = {
                "/",
                "/sign-in",
                "/projects/12",
                "/en/events/7/information",
                "/en/partner-notices",
                "/en/projects/12/edit",
                "/media/news/3/lead",
                "/css/public.css",
                "/api/v1/news",
                "/register/abc",
                "/xx",
                "/en/news/a/b",
                "/feeds/news.json"
            })
    void otherAddressesNeverUseIt(String path) {
        assertThat(PublicPageCaching.mayUseCache(get(path), null)).isFalse();
    }

    @Test
    void writesNeverUseIt() {
        for (String method : List.of("POST", "PUT", "DELETE", "PATCH", "OPTIONS")) {
            assertThat(PublicPageCaching.mayUseCache(new MockHttpServletRequest(method, "/en"), null))
                    .as(method)
                    .isFalse();
        }
    }

    @Test
    void aSignedInReaderNeverUsesIt() {
        var signedIn = UsernamePasswordAuthenticationToken.authenticated(
                "anna@example.org", null, List.of(new SimpleGrantedAuthority("ROLE_COORDINATOR")));
        assertThat(PublicPageCaching.mayUseCache(get("/en"), signedIn)).isFalse();
        var anonymous = new AnonymousAuthenticationToken(
                "key", "anonymousUser", List.of(new SimpleGrantedAuthority("ROLE_ANONYMOUS")));
        assertThat(PublicPageCaching.mayUseCache(get("/en"), anonymous)).isTrue();
    }

    @Test
    void aRequestWithCredentialsASessionOrHtmxNeverUsesIt() {
        MockHttpServletRequest bearer = get("/en");
        bearer.addHeader("Authorization", "Bearer jmlg_x");
        assertThat(PublicPageCaching.mayUseCache(bearer, null)).isFalse();
        MockHttpServletRequest withSession = get("/en");
        withSession.getSession(true);
        assertThat(PublicPageCaching.mayUseCache(withSession, null)).isFalse();
        MockHttpServletRequest htmx = get("/en");
        htmx.addHeader("HX-Request", "true");
        assertThat(PublicPageCaching.mayUseCache(htmx, null)).isFalse();
    }

    @Test
    void onlyAFullPublicAnswerWithoutCookieOrSessionIsKept() {
        String html = "text/html;charset=UTF-8";
        String pub = "max-age=60, must-revalidate, public";
        assertThat(PublicPageCaching.mayKeep(get("/en"), 200, html, pub, false)).isTrue();
        assertThat(PublicPageCaching.mayKeep(get("/en"), 304, html, pub, false)).isFalse();
        assertThat(PublicPageCaching.mayKeep(get("/en"), 404, html, pub, false)).isFalse();
        assertThat(PublicPageCaching.mayKeep(get("/en"), 200, null, pub, false)).isFalse();
        assertThat(PublicPageCaching.mayKeep(get("/en"), 200, html, null, false))
                .isFalse();
        assertThat(PublicPageCaching.mayKeep(get("/en"), 200, html, "no-cache, no-store", false))
                .isFalse();
        assertThat(PublicPageCaching.mayKeep(get("/en"), 200, html, "private, max-age=60", false))
                .isFalse();
        assertThat(PublicPageCaching.mayKeep(get("/en"), 200, html, pub, true))
                .as("an answer that sets a cookie (a session, a CSRF token) is one reader's")
                .isFalse();
        MockHttpServletRequest madeASession = get("/en");
        madeASession.getSession(true);
        assertThat(PublicPageCaching.mayKeep(madeASession, 200, html, pub, false))
                .isFalse();
    }

    @Test
    void theKeyIsThePathAndTheParametersInTheOrderOfTheirNames() {
        MockHttpServletRequest one = get("/en/news");
        one.setParameter("tag", "town twinning");
        one.setParameter("page", "2");
        MockHttpServletRequest other = get("/en/news");
        other.setParameter("page", "2");
        other.setParameter("tag", "town twinning");
        assertThat(PublicPageCaching.key(one))
                .isEqualTo(PublicPageCaching.key(other))
                .isEqualTo("/en/news?page=2&tag=town+twinning");
        assertThat(PublicPageCaching.key(get("/en/news"))).isEqualTo("/en/news");
        MockHttpServletRequest latvian = get("/feeds/news.rss");
        latvian.setParameter("lang", "lv");
        assertThat(PublicPageCaching.key(latvian)).isNotEqualTo(PublicPageCaching.key(get("/feeds/news.rss")));
    }
}
