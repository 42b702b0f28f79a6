package org.jumelage.publicity;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import java.awt.Color;
import java.awt.Graphics2D;
import java.awt.image.BufferedImage;
import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.nio.charset.StandardCharsets;
import java.time.Clock;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import javax.imageio.ImageIO;
import org.jsoup.Jsoup;
import org.jsoup.nodes.Document;
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
import org.springframework.beans.factory.annotation.Value;
import org.springframework.http.HttpHeaders;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.MvcResult;

/**
 * The public news through HTTP: the list with its pages and tags, the article with its lead image,
 * body rendered safe, links only to what is public, and the funding statement of the project's
 * programme; news on the home, project and event pages; 404 for what is not public; sitemap entries.
 */
@JumelageIntegrationTest
class PublicNewsIntegrationTests {

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

    @Value("${jumelage.public-url}")
    String publicUrl;

    PublicSiteFixture site;
    String tag;

    @BeforeEach
    void setUp() {
        site = new PublicSiteFixture(organisations, accounts, projects, events, publications, jdbc, clock);
        tag = "tag-" + UUID.randomUUID().toString().substring(0, 8);
    }

    NewsArticle article(LocalizedText titles, LocalizedText bodies, Long projectId, Long eventId, boolean publish) {
        NewsArticle created = news.create(
                site.meeting.coordinator,
                new NewsArticleDraft(null, titles, bodies, projectId, eventId, List.of(tag, "Twinning"), null));
        return publish ? news.publish(site.meeting.coordinator, created.id(), true) : created;
    }

    NewsArticle meetingArticle() {
        return article(
                LocalizedText.of("Tikšanās Daugavpilī " + tag, "Meeting in Daugavpils " + tag),
                LocalizedText.of(
                        "Partneri no **Lietuvas** un Polijas. [Vairāk](https://example.org/lv)",
                        "Partners from **Lithuania** and Poland. [More](https://example.org/en)"),
                site.projectId,
                site.pastEventId,
                true);
    }

    Document html(String path) throws Exception {
        MvcResult result = mvc.perform(get(path)).andExpect(status().isOk()).andReturn();
        PublicSiteIntegrationTests.assertNoSession(result);
        return Jsoup.parse(result.getResponse().getContentAsString(StandardCharsets.UTF_8));
    }

    void notFound(String path) throws Exception {
        MvcResult result =
                mvc.perform(get(path)).andExpect(status().isNotFound()).andReturn();
        PublicSiteIntegrationTests.assertNoSession(result);
        Document page = Jsoup.parse(result.getResponse().getContentAsString(StandardCharsets.UTF_8));
        assertThat(page.selectFirst("html").attr("lang")).isEqualTo(path.substring(1, 3));
        assertThat(page.getElementById("not-found")).isNotNull();
    }

    @Test
    void theArticlePageShowsTheArticleInBothLanguagesWithTheFundingStatementAndItsPublicLinks() throws Exception {
        NewsArticle article = meetingArticle();

        Document en = html("/en/news/" + article.slug());

        assertThat(en.selectFirst("html").attr("lang")).isEqualTo("en");
        assertThat(en.selectFirst("h1").text()).isEqualTo("Meeting in Daugavpils " + tag);
        assertThat(en.selectFirst("#article-body strong").text()).isEqualTo("Lithuania");
        assertThat(en.selectFirst("#article-body a").attr("href")).isEqualTo("https://example.org/en");
        assertThat(en.getElementById("article-author").text()).isEqualTo(article.authorName());
        assertThat(en.getElementById("article-date").attr("datetime")).matches("\\d{4}-\\d\\d-\\d\\d");
        assertThat(en.getElementById("funding-statement").text())
                .isEqualTo("With the support of the Europe for Citizens Programme of the European Union");
        assertThat(en.getElementById("article-project").attr("href")).isEqualTo("/en/projects/" + site.projectId);
        assertThat(en.getElementById("article-event").attr("href")).isEqualTo("/en/events/" + site.pastEventId);
        assertThat(en.select("#article-tags a").eachText()).contains(tag, "twinning");
        assertThat(en.selectFirst("#article-tags a").attr("href")).startsWith("/en/news?tag=");
        assertThat(PublicSiteIntegrationTests.meta(en, "og:type")).isEqualTo("article");
        assertThat(PublicSiteIntegrationTests.meta(en, "og:url")).isEqualTo(publicUrl + "/en/news/" + article.slug());
        assertThat(PublicSiteIntegrationTests.meta(en, "og:description")).startsWith("Partners from Lithuania");
        assertThat(PublicSiteIntegrationTests.meta(en, "article:published_time"))
                .isNotBlank();
        assertThat(en.selectFirst("link[rel=alternate][hreflang=lv]").attr("href"))
                .isEqualTo(publicUrl + "/lv/news/" + article.slug());

        Document lv = html("/lv/news/" + article.slug());
        assertThat(lv.selectFirst("h1").text()).isEqualTo("Tikšanās Daugavpilī " + tag);
        assertThat(lv.getElementById("funding-statement").text()).startsWith("Ar Eiropas Savienības");
        assertThat(lv.selectFirst("#eu-funding svg").attr("aria-label")).isEqualTo("ES karogs");
        assertThat(lv.select(".fallback-note")).isEmpty();
    }

    @Test
    void anArticleIsPublicOnlyWhileTheProjectAndEventItIsAboutAreThePublicNotFoundPageOtherwise() throws Exception {
        NewsArticle article = article(
                LocalizedText.of("Slēptā tikšanās " + tag, "The hidden meeting " + tag),
                LocalizedText.of("Teksts.", "Text."),
                site.projectId,
                site.hiddenEventId,
                true);

        notFound("/en/news/" + article.slug());

        publications.publishEvent(site.meeting.coordinator, site.hiddenEventId, true);
        Document page = html("/en/news/" + article.slug());
        assertThat(page.getElementById("article-event").attr("href")).isEqualTo("/en/events/" + site.hiddenEventId);

        publications.publishProject(site.meeting.coordinator, site.projectId, false);
        notFound("/lv/news/" + article.slug());
    }

    @Test
    void anArticleOnlyInLatvianIsShownToEnglishReadersWithTheNote() throws Exception {
        NewsArticle article = article(
                LocalizedText.of("Tikai latviski " + tag, null),
                LocalizedText.of("Teksts tikai latviešu valodā.", null),
                null,
                null,
                true);

        Document en = html("/en/news/" + article.slug());

        assertThat(en.selectFirst("h1").attr("lang")).isEqualTo("lv");
        assertThat(en.getElementById("article-body").attr("lang")).isEqualTo("lv");
        assertThat(en.select(".fallback-note").eachText())
                .containsOnly("Not available in English; shown in Latvian.")
                .hasSize(2);
        assertThat(en.getElementById("eu-funding"))
                .as("about no project: no statement")
                .isNull();
        Document list = html("/en/news?tag=" + tag);
        assertThat(list.selectFirst("#news-list h3 a").attr("lang")).isEqualTo("lv");
        assertThat(list.selectFirst("#news-list h3 span").text()).isEqualTo("(in Latvian)");
    }

    @Test
    void anArticleOnlyInPolishIsShownInPolishWithTheNoteNamingBothLanguages() throws Exception {
        NewsArticle article = article(
                LocalizedText.ofAll(Map.of("pl", "Tylko po polsku " + tag)),
                LocalizedText.ofAll(Map.of("pl", "Tekst tylko po polsku.")),
                null,
                null,
                true);

        Document en = html("/en/news/" + article.slug());
        assertThat(en.selectFirst("h1").text()).isEqualTo("Tylko po polsku " + tag);
        assertThat(en.selectFirst("h1").attr("lang")).isEqualTo("pl");
        assertThat(en.select(".fallback-note").eachText()).containsOnly("Not available in English; shown in Polish.");

        Document lv = html("/lv/news/" + article.slug());
        assertThat(lv.select(".fallback-note").eachText())
                .containsOnly("Nav pieejams latviešu valodā; rādīts poļu valodā.");
        Document list = html("/lv/news?tag=" + tag);
        assertThat(list.selectFirst("#news-list h3 a").attr("lang")).isEqualTo("pl");
        assertThat(list.selectFirst("#news-list h3 span").text()).isEqualTo("(poļu valodā)");
    }

    @Test
    void draftsScheduledDeletedAndUnknownArticlesAre404() throws Exception {
        NewsArticle draft = article(
                LocalizedText.of("Melnraksts " + tag, "Draft " + tag), LocalizedText.of("A", "B"), null, null, false);
        NewsArticle scheduled = news.create(
                site.meeting.coordinator,
                new NewsArticleDraft(
                        null,
                        LocalizedText.of("Plānots " + tag, "Scheduled " + tag),
                        LocalizedText.of("A", "B"),
                        null,
                        null,
                        List.of(tag),
                        clock.instant().plus(Duration.ofDays(3))));
        news.publish(site.meeting.coordinator, scheduled.id(), true);
        NewsArticle deleted = article(
                LocalizedText.of("Dzēsts " + tag, "Deleted " + tag), LocalizedText.of("A", "B"), null, null, true);
        html("/en/news/" + deleted.slug());
        news.delete(site.meeting.coordinator, deleted.id());
        NewsArticle withdrawn = article(
                LocalizedText.of("Atsaukts " + tag, "Withdrawn " + tag), LocalizedText.of("A", "B"), null, null, true);
        news.publish(site.meeting.coordinator, withdrawn.id(), false);

        for (NewsArticle article : List.of(draft, scheduled, deleted, withdrawn)) {
            notFound("/en/news/" + article.slug());
            notFound("/lv/news/" + article.slug());
        }
        notFound("/en/news/no-such-article-" + tag);
        Document list = html("/en/news?tag=" + tag);
        assertThat(list.getElementById("news-list")).isNull();
        assertThat(list.getElementById("no-news")).isNotNull();
        assertThat(SiteMapFiles.all(mvc))
                .doesNotContain(draft.slug(), scheduled.slug(), deleted.slug(), withdrawn.slug());

        ((MutableClock) clock).advance(Duration.ofDays(4));
        html("/en/news/" + scheduled.slug());
    }

    @Test
    void theListHasPagesOfTenAndFiltersByTag() throws Exception {
        for (int i = 1; i <= 11; i++) {
            article(
                    LocalizedText.of("Ziņa " + i + " " + tag, "News " + i + " " + tag),
                    LocalizedText.of("Teksts " + i, "Text " + i),
                    null,
                    null,
                    true);
            ((MutableClock) clock).advance(Duration.ofSeconds(1));
        }

        Document first = html("/en/news?tag=" + tag);
        assertThat(first.select("#news-list > li")).hasSize(10);
        assertThat(first.selectFirst("#news-list h3 a").text()).isEqualTo("News 11 " + tag);
        assertThat(first.selectFirst("h1").text()).isEqualTo("News: " + tag);
        assertThat(first.getElementById("news-older").attr("href")).isEqualTo("/en/news?tag=" + tag + "&page=2");
        assertThat(first.getElementById("news-newer")).isNull();
        assertThat(first.selectFirst("link[rel=canonical]").attr("href")).isEqualTo(publicUrl + "/en/news?tag=" + tag);

        Document second = html("/lv/news?tag=" + tag + "&page=2");
        assertThat(second.select("#news-list > li")).hasSize(1);
        assertThat(second.selectFirst("#news-list h3 a").text()).isEqualTo("Ziņa 1 " + tag);
        assertThat(second.getElementById("news-newer").attr("href")).isEqualTo("/lv/news?tag=" + tag);
        assertThat(second.selectFirst("#news-pages .active").text()).isEqualTo("2. lapa no 2");

        for (String page : List.of("3", "0", "-1", "abc", "1e3", "99999999999")) {
            notFound("/en/news?tag=" + tag + "&page=" + page);
        }
        notFound("/en/news?tag=" + "x".repeat(101));
        Document all = html("/en/news");
        assertThat(all.selectFirst("h1").text()).isEqualTo("News");
    }

    @Test
    void theLeadImageHasItsAlternativeTextInThePagesLanguageAndIsTheOpenGraphImage() throws Exception {
        NewsArticle article = meetingArticle();
        byte[] png = png(1200, 800);
        news.attachImage(
                site.meeting.coordinator,
                article.id(),
                new ByteArrayInputStream(png),
                png.length,
                LocalizedText.of("Partneri pie rātsnama", "Partners at the town hall"));

        Document en = html("/en/news/" + article.slug());
        assertThat(en.getElementById("article-image").attr("src")).isEqualTo("/media/news/" + article.id() + "/lead");
        assertThat(en.getElementById("article-image").attr("alt")).isEqualTo("Partners at the town hall");
        assertThat(en.getElementById("article-image").attr("width")).isNotBlank();
        assertThat(PublicSiteIntegrationTests.meta(en, "og:image"))
                .isEqualTo(publicUrl + "/media/news/" + article.id() + "/lead");
        assertThat(PublicSiteIntegrationTests.meta(en, "og:image:alt")).isEqualTo("Partners at the town hall");
        Document lv = html("/lv/news?tag=" + tag);
        assertThat(lv.selectFirst("#news-list img").attr("alt")).isEqualTo("Partneri pie rātsnama");
    }

    static byte[] png(int width, int height) throws Exception {
        BufferedImage image = new BufferedImage(width, height, BufferedImage.TYPE_INT_RGB);
        Graphics2D graphics = image.createGraphics();
        graphics.setColor(new Color(0, 51, 153));
        graphics.fillRect(0, 0, width, height);
        graphics.dispose();
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        ImageIO.write(image, "png", out);
        return out.toByteArray();
    }

    @Test
    void homeProjectAndEventPagesListTheirNews() throws Exception {
        NewsArticle article = meetingArticle();
        String title = "Meeting in Daugavpils " + tag;

        assertThat(html("/en").getElementById("home-news").text()).contains(title);
        assertThat(html("/en/projects/" + site.projectId)
                        .getElementById("project-news")
                        .text())
                .contains(title);
        assertThat(html("/en/events/" + site.pastEventId)
                        .getElementById("event-news")
                        .text())
                .contains(title);
        assertThat(html("/en/events/" + site.upcomingEventId).getElementById("event-news"))
                .isNull();

        news.publish(site.meeting.coordinator, article.id(), false);
        assertThat(html("/en/projects/" + site.projectId).getElementById("project-news"))
                .isNull();
    }

    @Test
    void theSitemapListsTheNewsAndEveryPublicArticleInBothLanguages() throws Exception {
        NewsArticle article = meetingArticle();

        String sitemap = SiteMapFiles.all(mvc);

        assertThat(sitemap)
                .contains("<loc>" + publicUrl + "/lv/news/" + article.slug() + "</loc>")
                .contains("<loc>" + publicUrl + "/en/news/" + article.slug() + "</loc>")
                .contains("<loc>" + publicUrl + "/en/news</loc>");
    }

    @Test
    void articleAndListAnswer304WhileUnchangedAndChangeTheirTagWhenTheArticleChanges() throws Exception {
        NewsArticle article = meetingArticle();
        for (String path : List.of("/en/news/" + article.slug(), "/lv/news?tag=" + tag)) {
            MvcResult first = mvc.perform(get(path)).andExpect(status().isOk()).andReturn();
            String etag = first.getResponse().getHeader(HttpHeaders.ETAG);
            assertThat(first.getResponse().getHeader(HttpHeaders.LAST_MODIFIED)).isNotBlank();
            mvc.perform(get(path).header(HttpHeaders.IF_NONE_MATCH, etag)).andExpect(status().isNotModified());
            mvc.perform(get(path)
                            .header(
                                    HttpHeaders.IF_MODIFIED_SINCE,
                                    first.getResponse().getHeader(HttpHeaders.LAST_MODIFIED)))
                    .andExpect(status().isNotModified());
        }
        String etag = mvc.perform(get("/en/news/" + article.slug()))
                .andReturn()
                .getResponse()
                .getHeader(HttpHeaders.ETAG);
        ((MutableClock) clock).advance(Duration.ofSeconds(2));
        NewsArticle current = news.find(site.meeting.coordinator, article.id()).orElseThrow();
        news.update(
                site.meeting.coordinator,
                article.id(),
                new NewsArticleDraft(
                        article.slug(),
                        LocalizedText.of("Labots " + tag, "Corrected " + tag),
                        article.bodies(),
                        article.projectId(),
                        article.eventId(),
                        article.tags(),
                        article.publishAt()),
                current.version());

        MvcResult changed = mvc.perform(get("/en/news/" + article.slug()).header(HttpHeaders.IF_NONE_MATCH, etag))
                .andExpect(status().isOk())
                .andReturn();
        assertThat(changed.getResponse().getContentAsString(StandardCharsets.UTF_8))
                .contains("Corrected " + tag);
    }
}
