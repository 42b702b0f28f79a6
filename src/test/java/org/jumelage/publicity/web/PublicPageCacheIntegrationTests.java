package org.jumelage.publicity.web;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import com.zaxxer.hikari.HikariDataSource;
import jakarta.servlet.http.Cookie;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.SQLException;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.UUID;
import javax.sql.DataSource;
import org.jumelage.account.AccountManagement;
import org.jumelage.event.EventManagement;
import org.jumelage.network.OrganisationManagement;
import org.jumelage.project.ProjectManagement;
import org.jumelage.publicity.NewsArticle;
import org.jumelage.publicity.NewsArticleDraft;
import org.jumelage.publicity.NewsManagement;
import org.jumelage.publicity.PublicSiteFixture;
import org.jumelage.publicity.Publications;
import org.jumelage.shared.LocalizedText;
import org.jumelage.support.JumelageIntegrationTest;
import org.jumelage.support.MutableClock;
import org.jumelage.support.SignIn;
import org.jumelage.support.TestUsers;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.http.HttpHeaders;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.MvcResult;
import org.springframework.test.web.servlet.request.MockHttpServletRequestBuilder;

/**
 * The public page cache (issue 17): a kept page is served as it was built, to anonymous readers
 * only, and any change of public data made through the application is seen on the next request.
 * "Served as kept" is shown by changing the database behind the application's back (a connection
 * of the pool itself, which the change detection does not watch): the kept page still shows the
 * old data, a page built anew the new.
 */
@JumelageIntegrationTest
class PublicPageCacheIntegrationTests {

    @Autowired
    MockMvc mvc;

    @Autowired
    OrganisationManagement organisations;

    @Autowired
    AccountManagement accounts;

    @Autowired
    ProjectManagement projects;

    @Autowired
    EventManagement events;

    @Autowired
    Publications publications;

    @Autowired
    NewsManagement news;

    @Autowired
    JdbcClient jdbc;

    @Autowired
    DataSource dataSource;

    @Autowired
    Clock clock;

    @Autowired
    PublicPageCache cache;

    PublicSiteFixture site;

    @BeforeEach
    void setUp() {
        site = new PublicSiteFixture(organisations, accounts, projects, events, publications, jdbc, clock);
    }

    String page(MockHttpServletRequestBuilder request) throws Exception {
        return mvc.perform(request)
                .andExpect(status().isOk())
                .andReturn()
                .getResponse()
                .getContentAsString();
    }

    String projectPage() throws Exception {
        return page(get("/en/projects/" + site.projectId));
    }

    /** Changes the project's English title where the application cannot see it. */
    void renameBehindTheApplicationsBack(String title) throws SQLException {
        try (Connection raw = dataSource.unwrap(HikariDataSource.class).getConnection();
                PreparedStatement update = raw.prepareStatement("update project set title_en = ? where id = ?")) {
            update.setString(1, title);
            update.setLong(2, site.projectId);
            assertThat(update.executeUpdate()).isEqualTo(1);
        }
    }

    @Test
    void aKeptPageIsServedAsBuiltToAnonymousReadersAndBuiltAnewForSignedInOnes() throws Exception {
        assertThat(projectPage()).contains("Town twinning for change");
        assertThat(cache.size()).isPositive();
        String hidden = "Renamed unseen " + UUID.randomUUID();
        renameBehindTheApplicationsBack(hidden);

        assertThat(projectPage()).contains("Town twinning for change").doesNotContain(hidden);
        Cookie signedIn = SignIn.as(mvc, site.meeting.coordinatorEmail, TestUsers.PASSWORD);
        assertThat(page(get("/en/projects/" + site.projectId).cookie(signedIn))).contains(hidden);
    }

    @Test
    void aReaderWithASessionAndACsrfTokenIsNeverServedFromTheCache() throws Exception {
        MvcResult signInForm =
                mvc.perform(get("/sign-in")).andExpect(status().isOk()).andReturn();
        Cookie anonymousSession = signInForm.getResponse().getCookie(SignIn.SESSION_COOKIE);
        assertThat(anonymousSession)
                .as("the sign-in form's CSRF token lives in a session")
                .isNotNull();
        assertThat(signInForm.getResponse().getContentAsString()).contains("_csrf");

        assertThat(projectPage()).contains("Town twinning for change");
        String hidden = "Renamed unseen " + UUID.randomUUID();
        renameBehindTheApplicationsBack(hidden);
        assertThat(page(get("/en/projects/" + site.projectId).cookie(anonymousSession)))
                .contains(hidden);
        // and what that reader got was not kept for the others
        assertThat(projectPage()).doesNotContain(hidden);
    }

    @Test
    void aPublicPageSetsNoCookieAndKeepsItsSecurityAndCachingHeadersWhenServedFromTheCache() throws Exception {
        MvcResult built = mvc.perform(get("/en/projects/" + site.projectId)).andReturn();
        MvcResult kept = mvc.perform(get("/en/projects/" + site.projectId)).andReturn();
        for (MvcResult result : List.of(built, kept)) {
            assertThat(result.getResponse().getHeaders(HttpHeaders.SET_COOKIE)).isEmpty();
            assertThat(result.getResponse().getHeader("Content-Security-Policy"))
                    .isNotBlank();
            assertThat(result.getResponse().getHeader("X-Content-Type-Options")).isEqualTo("nosniff");
            assertThat(result.getResponse().getHeader("X-Frame-Options")).isEqualTo("DENY");
            assertThat(result.getResponse().getContentType()).isEqualTo("text/html;charset=UTF-8");
        }
        for (String header : List.of(HttpHeaders.ETAG, HttpHeaders.LAST_MODIFIED, HttpHeaders.CACHE_CONTROL)) {
            assertThat(kept.getResponse().getHeader(header))
                    .as(header)
                    .isNotNull()
                    .isEqualTo(built.getResponse().getHeader(header));
        }
        assertThat(kept.getResponse().getContentAsString())
                .isEqualTo(built.getResponse().getContentAsString());
    }

    @Test
    void aConditionalRequestGets304FromTheKeptPage() throws Exception {
        MvcResult built = mvc.perform(get("/en/projects/" + site.projectId)).andReturn();
        String etag = built.getResponse().getHeader(HttpHeaders.ETAG);
        renameBehindTheApplicationsBack("Renamed unseen " + UUID.randomUUID());
        MvcResult notModified = mvc.perform(
                        get("/en/projects/" + site.projectId).header("If-None-Match", etag))
                .andExpect(status().isNotModified())
                .andReturn();
        assertThat(notModified.getResponse().getContentAsString()).isEmpty();
        assertThat(notModified.getResponse().getHeader(HttpHeaders.ETAG)).isEqualTo(etag);
        assertThat(notModified.getResponse().getHeader(HttpHeaders.CACHE_CONTROL))
                .isEqualTo(built.getResponse().getHeader(HttpHeaders.CACHE_CONTROL));
        mvc.perform(get("/en/projects/" + site.projectId)
                        .header("If-Modified-Since", built.getResponse().getHeader(HttpHeaders.LAST_MODIFIED)))
                .andExpect(status().isNotModified());
        mvc.perform(get("/en/projects/" + site.projectId).header("If-None-Match", "\"other\""))
                .andExpect(status().isOk());
    }

    @Test
    void editingAProjectsTitleIsSeenOnTheNextRequest() throws Exception {
        assertThat(projectPage()).contains("Town twinning for change");
        // any write through the application's data source counts, whichever module makes it
        String title = "Town twinning renamed " + UUID.randomUUID();
        jdbc.sql("update project set title_en = :title where id = :id")
                .param("title", title)
                .param("id", site.projectId)
                .update();
        assertThat(projectPage()).contains(title);
        assertThat(page(get("/en"))).contains(title);
    }

    @Test
    void makingAnEventPrivateTakesItsPageAndItsMentionsOffAtOnce() throws Exception {
        String eventPage = "/en/events/" + site.upcomingEventId;
        mvc.perform(get(eventPage)).andExpect(status().isOk());
        assertThat(projectPage()).contains(eventPage);
        String calendar = page(get("/feeds/projects/" + site.projectId + "/events.ics"));
        assertThat(calendar).contains("jumelage-event-" + site.upcomingEventId + "@");

        publications.publishEvent(site.meeting.coordinator, site.upcomingEventId, false);

        mvc.perform(get(eventPage)).andExpect(status().isNotFound());
        assertThat(projectPage()).doesNotContain(eventPage);
        assertThat(page(get("/feeds/projects/" + site.projectId + "/events.ics")))
                .doesNotContain("jumelage-event-" + site.upcomingEventId + "@");
    }

    @Test
    void publishingAndWithdrawingAnArticleIsSeenOnTheNextRequest() throws Exception {
        String title = "Cache article " + UUID.randomUUID();
        NewsArticle article = news.create(
                site.meeting.coordinator,
                new NewsArticleDraft(
                        null,
                        LocalizedText.of(null, title),
                        LocalizedText.of(null, "Text."),
                        site.projectId,
                        null,
                        List.of(),
                        null));
        assertThat(page(get("/en/news"))).doesNotContain(title);
        assertThat(page(get("/feeds/news.rss"))).doesNotContain(title);
        mvc.perform(get("/en/news/" + article.slug())).andExpect(status().isNotFound());

        news.publish(site.meeting.coordinator, article.id(), true);

        assertThat(page(get("/en/news"))).contains(title);
        assertThat(page(get("/en/news"))).contains(title);
        assertThat(page(get("/feeds/news.rss"))).contains(title);
        assertThat(page(get("/en/news/" + article.slug()))).contains(title);
        assertThat(org.jumelage.publicity.SiteMapFiles.all(mvc)).contains("/en/news/" + article.slug());

        news.publish(site.meeting.coordinator, article.id(), false);

        assertThat(page(get("/en/news"))).doesNotContain(title);
        assertThat(page(get("/feeds/news.rss"))).doesNotContain(title);
        mvc.perform(get("/en/news/" + article.slug())).andExpect(status().isNotFound());
        assertThat(org.jumelage.publicity.SiteMapFiles.all(mvc)).doesNotContain("/en/news/" + article.slug());
    }

    @Test
    void aScheduledArticleAppearsAtItsDateThoughNothingWasWritten() throws Exception {
        String title = "Scheduled cache article " + UUID.randomUUID();
        Instant at = clock.instant().plus(Duration.ofHours(2));
        NewsArticle article = news.create(
                site.meeting.coordinator,
                new NewsArticleDraft(
                        null,
                        LocalizedText.of(null, title),
                        LocalizedText.of(null, "Text."),
                        site.projectId,
                        null,
                        List.of(),
                        at));
        news.publish(site.meeting.coordinator, article.id(), true);
        assertThat(page(get("/en/news"))).doesNotContain(title);
        assertThat(page(get("/en/projects/" + site.projectId))).doesNotContain(title);

        ((MutableClock) clock).advance(Duration.ofHours(2).plusSeconds(1));

        assertThat(page(get("/en/news"))).contains(title);
        assertThat(page(get("/en/projects/" + site.projectId))).contains(title);
    }
}
