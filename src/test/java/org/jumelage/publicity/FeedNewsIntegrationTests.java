package org.jumelage.publicity;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.header;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import com.rometools.rome.feed.synd.SyndCategory;
import com.rometools.rome.feed.synd.SyndEntry;
import com.rometools.rome.feed.synd.SyndFeed;
import com.rometools.rome.feed.synd.SyndLink;
import com.rometools.rome.io.SyndFeedInput;
import java.awt.image.BufferedImage;
import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.StringReader;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import javax.imageio.ImageIO;
import javax.xml.parsers.DocumentBuilderFactory;
import org.jumelage.account.AccountManagement;
import org.jumelage.event.EventManagement;
import org.jumelage.event.MeetingFixture;
import org.jumelage.network.OrganisationManagement;
import org.jumelage.project.ProjectManagement;
import org.jumelage.shared.LocalizedText;
import org.jumelage.support.JumelageIntegrationTest;
import org.jumelage.support.MutableClock;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.MvcResult;
import org.w3c.dom.Document;
import org.w3c.dom.Element;
import org.w3c.dom.NodeList;
import org.xml.sax.InputSource;

/**
 * The RSS 2.0 and Atom 1.0 news feeds, read back with ROME's parser: public articles only (no
 * draft, scheduled, withdrawn article, nor one about a project that is not public), each in the
 * feed's language or marked as the other, with absolute links, stable ids, tags, author and the
 * lead image; 404 for a project that is not public, 400 for an unknown language, 304 when current.
 */
@JumelageIntegrationTest
class FeedNewsIntegrationTests {

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
    MutableClock clock;

    MeetingFixture meeting;
    MeetingFixture hidden;
    NewsArticle published;
    NewsArticle englishOnly;
    NewsArticle draft;
    NewsArticle scheduled;
    NewsArticle withdrawn;
    NewsArticle aboutHiddenProject;

    @BeforeEach
    void setUp() throws Exception {
        meeting = new MeetingFixture(organisations, accounts, projects, events, jdbc, Map.of("LV", 10));
        publications.publishProject(meeting.coordinator, meeting.projectId, true);
        hidden = new MeetingFixture(organisations, accounts, projects, events, jdbc, Map.of("LV", 5));

        published = create(
                meeting,
                LocalizedText.of("Tikšanās Daugavpilī " + tag(), "Meeting in Daugavpils " + tag()),
                LocalizedText.of("Pilsētu **sadraudzība** vieno.", "Town *twinning* brings people together."),
                List.of("town twinning", "Daugavpils"));
        published = news.attachImage(
                meeting.coordinator,
                published.id(),
                new ByteArrayInputStream(png()),
                png().length,
                LocalizedText.of("Dalībnieki pie rātsnama", "Participants at the town hall"));
        published = news.publish(meeting.coordinator, published.id(), true);
        clock.advance(Duration.ofSeconds(1));
        englishOnly = news.publish(
                meeting.coordinator,
                create(
                                meeting,
                                LocalizedText.of(null, "Only in English " + tag()),
                                LocalizedText.of(null, "Text."),
                                List.of())
                        .id(),
                true);
        draft = create(meeting, LocalizedText.of(null, "Draft " + tag()), LocalizedText.of(null, "Draft."), List.of());
        scheduled = news.create(
                meeting.coordinator,
                new NewsArticleDraft(
                        null,
                        LocalizedText.of(null, "Scheduled " + tag()),
                        LocalizedText.of(null, "Later."),
                        meeting.projectId,
                        null,
                        List.of(),
                        clock.instant().plus(Duration.ofDays(30))));
        scheduled = news.publish(meeting.coordinator, scheduled.id(), true);
        withdrawn = create(
                meeting, LocalizedText.of(null, "Withdrawn " + tag()), LocalizedText.of(null, "Gone."), List.of());
        news.publish(meeting.coordinator, withdrawn.id(), true);
        news.publish(meeting.coordinator, withdrawn.id(), false);
        aboutHiddenProject = create(
                hidden,
                LocalizedText.of(null, "Hidden project " + tag()),
                LocalizedText.of(null, "Secret."),
                List.of());
        news.publish(hidden.coordinator, aboutHiddenProject.id(), true);
        assertThat(scheduled.status()).isEqualTo(NewsStatus.SCHEDULED);
    }

    NewsArticle create(MeetingFixture owner, LocalizedText titles, LocalizedText bodies, List<String> tags) {
        return news.create(
                owner.coordinator, new NewsArticleDraft(null, titles, bodies, owner.projectId, null, tags, null));
    }

    static String tag() {
        return UUID.randomUUID().toString().substring(0, 8);
    }

    @Test
    void theRssOfAProjectHasItsPublicArticlesWithEverythingAReaderNeeds() throws Exception {
        MvcResult result = mvc.perform(get("/feeds/projects/" + meeting.projectId + "/news.rss"))
                .andExpect(status().isOk())
                .andExpect(content().contentType("application/rss+xml;charset=UTF-8"))
                .andExpect(header().string("Cache-Control", org.hamcrest.Matchers.containsString("public")))
                .andExpect(header().exists("ETag"))
                .andExpect(header().exists("Last-Modified"))
                .andReturn();
        SyndFeed feed = parse(result);

        assertThat(feed.getFeedType()).isEqualTo("rss_2.0");
        assertThat(feed.getTitle()).isEqualTo("Town twinning for change: news");
        assertThat(feed.getLanguage()).isEqualTo("en");
        assertThat(feed.getLink()).isEqualTo("http://localhost:8080/en/projects/" + meeting.projectId);
        assertThat(titles(feed))
                .containsExactly(englishOnly.titles().en(), published.titles().en())
                .doesNotContain(
                        draft.titles().en(),
                        scheduled.titles().en(),
                        withdrawn.titles().en());

        SyndEntry item = entry(feed, published.titles().en());
        assertThat(item.getLink()).isEqualTo("http://localhost:8080/en/news/" + published.slug());
        assertThat(item.getUri()).isEqualTo("tag:localhost," + day(published) + ":news/" + published.id() + "/en");
        assertThat(item.getPublishedDate()).isNotNull();
        assertThat(item.getDescription().getValue()).isEqualTo("Town twinning brings people together.");
        assertThat(item.getContents().get(0).getValue()).contains("<em>twinning</em>");
        assertThat(item.getCategories()).extracting(SyndCategory::getName).contains("town twinning", "daugavpils");
        assertThat(item.getAuthor()).isEqualTo(published.authorName());
        assertThat(item.getEnclosures()).singleElement().satisfies(enclosure -> {
            assertThat(enclosure.getUrl()).isEqualTo("http://localhost:8080/media/news/" + published.id() + "/lead");
            assertThat(enclosure.getType()).isEqualTo("image/jpeg");
        });
        assertThat(entry(feed, englishOnly.titles().en()).getEnclosures()).isEmpty();

        Document xml = xml(result);
        Element self = (Element) xml.getElementsByTagNameNS("http://www.w3.org/2005/Atom", "link")
                .item(0);
        assertThat(self.getAttribute("rel")).isEqualTo("self");
        assertThat(self.getAttribute("href"))
                .isEqualTo("http://localhost:8080/feeds/projects/" + meeting.projectId + "/news.rss?lang=en");
        assertThat(xml.getElementsByTagNameNS("http://purl.org/dc/elements/1.1/", "language")
                        .item(0)
                        .getTextContent())
                .isEqualTo("en");
    }

    @Test
    void theAtomOfAProjectIsInTheAskedLanguageAndMarksAFallback() throws Exception {
        MvcResult result = mvc.perform(get("/feeds/projects/" + meeting.projectId + "/news.atom")
                        .param("lang", "lv"))
                .andExpect(status().isOk())
                .andExpect(content().contentType("application/atom+xml;charset=UTF-8"))
                .andReturn();
        SyndFeed feed = parse(result);

        assertThat(feed.getFeedType()).isEqualTo("atom_1.0");
        assertThat(feed.getTitle()).isEqualTo("Pilsētu sadraudzība pārmaiņām: jaunumi");
        assertThat(titles(feed))
                .containsExactly(englishOnly.titles().en(), published.titles().lv());
        assertThat(feed.getLinks())
                .extracting(SyndLink::getRel, SyndLink::getHref)
                .contains(
                        org.assertj.core.groups.Tuple.tuple(
                                "self",
                                "http://localhost:8080/feeds/projects/" + meeting.projectId + "/news.atom?lang=lv"),
                        org.assertj.core.groups.Tuple.tuple(
                                "alternate", "http://localhost:8080/lv/projects/" + meeting.projectId));

        SyndEntry article = entry(feed, published.titles().lv());
        assertThat(article.getLink()).isEqualTo("http://localhost:8080/lv/news/" + published.slug());
        assertThat(article.getUri()).endsWith(":news/" + published.id() + "/lv");
        assertThat(article.getDescription().getValue()).isEqualTo("Pilsētu sadraudzība vieno.");
        assertThat(article.getContents().get(0).getValue()).contains("<strong>sadraudzība</strong>");
        assertThat(article.getAuthors()).extracting(person -> person.getName()).containsExactly(published.authorName());
        assertThat(article.getEnclosures())
                .singleElement()
                .satisfies(enclosure ->
                        assertThat(enclosure.getUrl()).endsWith("/media/news/" + published.id() + "/lead"));
        assertThat(article.getUpdatedDate()).isNotNull();

        Document xml = xml(result);
        assertThat(xml.getDocumentElement().getAttributeNS("http://www.w3.org/XML/1998/namespace", "lang"))
                .isEqualTo("lv");
        NodeList entries = xml.getElementsByTagNameNS("http://www.w3.org/2005/Atom", "entry");
        assertThat(((Element) entries.item(0)).getAttributeNS("http://www.w3.org/XML/1998/namespace", "lang"))
                .isEqualTo("en");
        assertThat(((Element) entries.item(1)).getAttributeNS("http://www.w3.org/XML/1998/namespace", "lang"))
                .isEqualTo("lv");
    }

    @Test
    void theFeedsOfAllNewsLeaveOutArticlesAboutProjectsThatAreNotPublic() throws Exception {
        for (String path : List.of("/feeds/news.rss", "/feeds/news.atom")) {
            SyndFeed feed =
                    parse(mvc.perform(get(path)).andExpect(status().isOk()).andReturn());
            assertThat(feed.getTitle()).isEqualTo("News of the town twinning projects");
            assertThat(titles(feed))
                    .contains(published.titles().en(), englishOnly.titles().en())
                    .doesNotContain(
                            aboutHiddenProject.titles().en(),
                            draft.titles().en(),
                            scheduled.titles().en(),
                            withdrawn.titles().en());
        }

        publications.publishProject(meeting.coordinator, meeting.projectId, false);

        SyndFeed feed = parse(
                mvc.perform(get("/feeds/news.rss")).andExpect(status().isOk()).andReturn());
        assertThat(titles(feed))
                .doesNotContain(published.titles().en(), englishOnly.titles().en());
        mvc.perform(get("/feeds/projects/" + meeting.projectId + "/news.rss")).andExpect(status().isNotFound());
    }

    @Test
    void aScheduledArticleAppearsOnItsDate() throws Exception {
        clock.advance(Duration.ofDays(31));

        SyndFeed feed = parse(mvc.perform(get("/feeds/projects/" + meeting.projectId + "/news.atom"))
                .andExpect(status().isOk())
                .andReturn());
        assertThat(titles(feed)).first().isEqualTo(scheduled.titles().en());
    }

    @Test
    void theNewsFeedOfAProjectThatIsNotPublicDoesNotExistAndAnUnknownLanguageIsRefused() throws Exception {
        mvc.perform(get("/feeds/projects/" + hidden.projectId + "/news.rss"))
                .andExpect(status().isNotFound())
                .andExpect(content().contentType("text/plain;charset=UTF-8"))
                .andExpect(content().string(org.hamcrest.Matchers.containsString("not published")));
        mvc.perform(get("/feeds/projects/" + hidden.projectId + "/news.atom").param("lang", "lv"))
                .andExpect(status().isNotFound())
                .andExpect(content().string(org.hamcrest.Matchers.containsString("nav publicēts")))
                .andExpect(content()
                        .string(org.hamcrest.Matchers.not(org.hamcrest.Matchers.containsString(
                                aboutHiddenProject.titles().en()))));
        mvc.perform(get("/feeds/news.rss").param("lang", "ru"))
                .andExpect(status().isBadRequest())
                .andExpect(content().string(org.hamcrest.Matchers.containsString("lang=en")));
        mvc.perform(get("/feeds/news.atom").param("lang", "")).andExpect(status().isBadRequest());
    }

    @Test
    void aReaderWithACurrentCopyGets304() throws Exception {
        String path = "/feeds/projects/" + meeting.projectId + "/news.atom";
        MvcResult first = mvc.perform(get(path)).andExpect(status().isOk()).andReturn();
        String etag = first.getResponse().getHeader("ETag");
        String lastModified = first.getResponse().getHeader("Last-Modified");

        mvc.perform(get(path).header("If-None-Match", etag)).andExpect(status().isNotModified());
        mvc.perform(get(path).header("If-Modified-Since", lastModified)).andExpect(status().isNotModified());

        clock.advance(Duration.ofSeconds(2));
        news.publish(meeting.coordinator, englishOnly.id(), false);

        MvcResult changed = mvc.perform(get(path).header("If-None-Match", etag))
                .andExpect(status().isOk())
                .andReturn();
        assertThat(titles(parse(changed))).containsExactly(published.titles().en());
        mvc.perform(get(path).header("If-Modified-Since", lastModified)).andExpect(status().isOk());
    }

    // --- helpers -------------------------------------------------------------------------------------

    static SyndFeed parse(MvcResult result) throws Exception {
        String body = new String(result.getResponse().getContentAsByteArray(), StandardCharsets.UTF_8);
        return new SyndFeedInput().build(new StringReader(body));
    }

    static Document xml(MvcResult result) throws Exception {
        DocumentBuilderFactory factory = DocumentBuilderFactory.newInstance();
        factory.setNamespaceAware(true);
        return factory.newDocumentBuilder()
                .parse(new InputSource(
                        new ByteArrayInputStream(result.getResponse().getContentAsByteArray())));
    }

    static List<String> titles(SyndFeed feed) {
        return feed.getEntries().stream().map(SyndEntry::getTitle).toList();
    }

    static SyndEntry entry(SyndFeed feed, String title) {
        return feed.getEntries().stream()
                .filter(entry -> entry.getTitle().equals(title))
                .findFirst()
                .orElseThrow();
    }

    static String day(NewsArticle article) {
        return java.time.LocalDate.ofInstant(article.createdAt(), java.time.ZoneOffset.UTC)
                .toString();
    }

    static byte[] png() throws Exception {
        BufferedImage image = new BufferedImage(320, 200, BufferedImage.TYPE_INT_RGB);
        ByteArrayOutputStream bytes = new ByteArrayOutputStream();
        ImageIO.write(image, "png", bytes);
        return bytes.toByteArray();
    }
}
