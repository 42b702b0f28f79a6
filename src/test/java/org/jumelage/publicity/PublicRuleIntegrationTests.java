package org.jumelage.publicity;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import com.jayway.jsonpath.JsonPath;
import java.io.ByteArrayInputStream;
import java.nio.charset.StandardCharsets;
import java.time.Clock;
import java.time.Duration;
import java.util.List;
import java.util.UUID;
import org.jumelage.account.AccountManagement;
import org.jumelage.event.EventManagement;
import org.jumelage.network.OrganisationManagement;
import org.jumelage.project.ProjectManagement;
import org.jumelage.shared.LocalizedText;
import org.jumelage.support.JumelageIntegrationTest;
import org.jumelage.support.MutableClock;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.http.HttpHeaders;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.MvcResult;

/**
 * "Is this public?" has one answer everywhere (issue 12): an article about a project that is
 * withdrawn or deleted, or about an event that is not public, is off the article page, the news
 * list and its tag pages (counts included), the anonymous API, the sitemap, the lead image and the
 * feeds at once, and the list's validators move with it.
 */
@JumelageIntegrationTest
class PublicRuleIntegrationTests {

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
    Clock clock;

    PublicSiteFixture site;
    String tag;

    @BeforeEach
    void setUp() {
        site = new PublicSiteFixture(organisations, accounts, projects, events, publications, jdbc, clock);
        tag = "rule-" + UUID.randomUUID().toString().substring(0, 8);
    }

    /** A published article with a lead image, about the project (and the event when one is given). */
    NewsArticle article(Long eventId) throws Exception {
        NewsArticle created = news.create(
                site.meeting.coordinator,
                new NewsArticleDraft(
                        null,
                        LocalizedText.of("Raksts " + tag, "Article " + tag + " " + UUID.randomUUID()),
                        LocalizedText.of("Teksts.", "Text."),
                        site.projectId,
                        eventId,
                        List.of(tag),
                        null));
        byte[] png = PublicNewsIntegrationTests.png(300, 200);
        news.attachImage(
                site.meeting.coordinator,
                created.id(),
                new ByteArrayInputStream(png),
                png.length,
                LocalizedText.of("Attēls", "Picture"));
        return news.publish(site.meeting.coordinator, created.id(), true);
    }

    String body(String path) throws Exception {
        return mvc.perform(get(path)).andReturn().getResponse().getContentAsString(StandardCharsets.UTF_8);
    }

    int statusOf(String path) throws Exception {
        return mvc.perform(get(path)).andReturn().getResponse().getStatus();
    }

    long apiTotal() throws Exception {
        return ((Number) JsonPath.read(body("/api/v1/news?tag=" + tag), "$.total")).longValue();
    }

    void assertPublicEverywhere(NewsArticle article) throws Exception {
        assertThat(statusOf("/en/news/" + article.slug())).isEqualTo(200);
        assertThat(body("/en/news?tag=" + tag)).contains(article.slug());
        assertThat(statusOf("/api/v1/news/" + article.id())).isEqualTo(200);
        assertThat(body("/api/v1/news?tag=" + tag)).contains("\"id\":" + article.id());
        assertThat(SiteMapFiles.all(mvc)).contains("/en/news/" + article.slug());
        assertThat(statusOf("/media/news/" + article.id() + "/lead")).isEqualTo(200);
        assertThat(body("/feeds/news.rss")).contains(article.slug());
        assertThat(body("/feeds/news.atom?lang=lv")).contains(article.slug());
    }

    void assertPublicNowhere(NewsArticle article) throws Exception {
        assertThat(statusOf("/en/news/" + article.slug())).as("article page").isEqualTo(404);
        assertThat(statusOf("/lv/news/" + article.slug())).as("article page").isEqualTo(404);
        assertThat(body("/en/news?tag=" + tag)).as("tag page").doesNotContain(article.slug());
        assertThat(body("/en/news")).as("news list").doesNotContain(article.slug());
        assertThat(body("/en")).as("home page").doesNotContain(article.slug());
        assertThat(statusOf("/api/v1/news/" + article.id())).as("API article").isEqualTo(404);
        assertThat(body("/api/v1/news?size=100")).as("API list").doesNotContain("\"id\":" + article.id() + ",");
        assertThat(SiteMapFiles.all(mvc)).as("sitemap").doesNotContain(article.slug());
        assertThat(statusOf("/media/news/" + article.id() + "/lead"))
                .as("lead image")
                .isEqualTo(404);
        assertThat(body("/feeds/news.rss")).as("RSS").doesNotContain(article.slug());
        assertThat(body("/feeds/news.atom?lang=lv")).as("Atom").doesNotContain(article.slug());
    }

    @Test
    void withdrawingAProjectTakesItsArticlesOffEveryAddressAtOnce() throws Exception {
        NewsArticle article = article(site.pastEventId);
        assertPublicEverywhere(article);
        assertThat(apiTotal()).isEqualTo(1);

        publications.publishProject(site.meeting.coordinator, site.projectId, false);

        assertPublicNowhere(article);
        assertThat(apiTotal()).as("the count leaves it out too").isZero();
        String editor = "Bearer "
                + accounts.createApiToken(site.meeting.coordinator.id(), "tests")
                        .secret();
        String json = mvc.perform(get("/api/v1/news/" + article.id()).header("Authorization", editor))
                .andExpect(status().isOk())
                .andReturn()
                .getResponse()
                .getContentAsString();
        assertThat((String) JsonPath.read(json, "$.image.url"))
                .as("the editor reads the image at the signed-in address while the article is not public")
                .startsWith("/news/" + article.id() + "/image");
        jakarta.servlet.http.Cookie signedIn = org.jumelage.support.SignIn.as(
                mvc, site.meeting.coordinatorEmail, org.jumelage.support.TestUsers.PASSWORD);
        assertThat(mvc.perform(get("/news/" + article.id()).cookie(signedIn))
                        .andExpect(status().isOk())
                        .andReturn()
                        .getResponse()
                        .getContentAsString())
                .doesNotContain("/media/news/" + article.id() + "/lead")
                .doesNotContain("/en/news/" + article.slug());

        publications.publishProject(site.meeting.coordinator, site.projectId, true);
        assertPublicEverywhere(article);
    }

    @Test
    void deletingAProjectTakesItsArticlesOffEveryAddress() throws Exception {
        NewsArticle article = article(null);
        assertPublicEverywhere(article);

        projects.delete(site.meeting.coordinator, site.projectId);

        assertPublicNowhere(article);
        assertThat(apiTotal()).isZero();
    }

    @Test
    void anArticleAboutAnEventThatIsNotPublicIsNotPublic() throws Exception {
        NewsArticle article = article(site.hiddenEventId);

        assertPublicNowhere(article);
        assertThat(apiTotal()).isZero();

        publications.publishEvent(site.meeting.coordinator, site.hiddenEventId, true);
        assertPublicEverywhere(article);
    }

    @Test
    void theListsCountAndPageOnlyPublicArticles() throws Exception {
        for (int i = 0; i < 10; i++) {
            article(null);
        }
        NewsArticle aboutNothing = news.publish(
                site.meeting.coordinator,
                news.create(
                                site.meeting.coordinator,
                                new NewsArticleDraft(
                                        null,
                                        LocalizedText.of(null, "About the towns " + tag),
                                        LocalizedText.of(null, "Text."),
                                        null,
                                        null,
                                        List.of(tag),
                                        null))
                        .id(),
                true);
        assertThat(apiTotal()).isEqualTo(11);
        assertThat(statusOf("/en/news?tag=" + tag + "&page=2")).isEqualTo(200);

        publications.publishProject(site.meeting.coordinator, site.projectId, false);

        assertThat(apiTotal()).isEqualTo(1);
        assertThat(body("/api/v1/news?tag=" + tag)).contains("\"id\":" + aboutNothing.id());
        assertThat(statusOf("/en/news?tag=" + tag + "&page=2"))
                .as("one public article is one page")
                .isEqualTo(404);
        assertThat(body("/en/news?tag=" + tag)).contains(aboutNothing.slug());
    }

    @Test
    void theNewsListsValidatorsMoveWhenAProjectIsWithdrawn() throws Exception {
        article(null);
        String path = "/en/news?tag=" + tag;
        MvcResult first = mvc.perform(get(path)).andExpect(status().isOk()).andReturn();
        String etag = first.getResponse().getHeader(HttpHeaders.ETAG);
        String lastModified = first.getResponse().getHeader(HttpHeaders.LAST_MODIFIED);
        ((MutableClock) clock).advance(Duration.ofSeconds(2));

        publications.publishProject(site.meeting.coordinator, site.projectId, false);

        mvc.perform(get(path).header(HttpHeaders.IF_NONE_MATCH, etag)).andExpect(status().isOk());
        mvc.perform(get(path).header(HttpHeaders.IF_MODIFIED_SINCE, lastModified))
                .andExpect(status().isOk());
    }

    @Test
    void theLeadImageIsRevalidatedWithinAMinute() throws Exception {
        NewsArticle article = article(null);

        String cache = mvc.perform(get("/media/news/" + article.id() + "/lead"))
                .andExpect(status().isOk())
                .andReturn()
                .getResponse()
                .getHeader(HttpHeaders.CACHE_CONTROL);

        assertThat(cache).contains("max-age=60").contains("must-revalidate");
    }
}
