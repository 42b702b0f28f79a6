package org.jumelage.browser;

import static org.assertj.core.api.Assertions.assertThat;

import com.deque.html.axecore.results.Results;
import com.rometools.rome.feed.synd.SyndEntry;
import com.rometools.rome.feed.synd.SyndFeed;
import com.rometools.rome.io.SyndFeedInput;
import com.rometools.rome.io.XmlReader;
import java.io.ByteArrayInputStream;
import java.io.StringReader;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Map;
import net.fortuna.ical4j.data.CalendarBuilder;
import net.fortuna.ical4j.model.Calendar;
import net.fortuna.ical4j.model.component.VEvent;
import org.jumelage.account.AccountManagement;
import org.jumelage.event.EventManagement;
import org.jumelage.event.MeetingFixture;
import org.jumelage.network.OrganisationManagement;
import org.jumelage.project.ProjectManagement;
import org.jumelage.support.TestUsers;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;

/**
 * Issue 6 end to end, as a coordinator does it: publish the project and its meeting from their
 * pages, have a news draft written from the data, check it and publish it; the public project page,
 * the article (axe-checked), the project's news feed and calendar then show them, and withdrawing
 * the project takes its page and feeds off the public site again.
 */
@BrowserTest
class PublicityAcceptanceBrowserTests {

    static final HttpClient HTTP = HttpClient.newHttpClient();

    @Autowired
    OrganisationManagement organisations;

    @Autowired
    AccountManagement accounts;

    @Autowired
    ProjectManagement projects;

    @Autowired
    EventManagement events;

    @Autowired
    JdbcClient jdbc;

    @Test
    void aCoordinatorPublishesTheProjectAndTheWrittenDraftAndThePublicSiteAndFeedsShowThem(Browser browser)
            throws Exception {
        MeetingFixture meeting = new MeetingFixture(organisations, accounts, projects, events, jdbc, Map.of("LV", 10));
        String projectFeed = "/feeds/projects/" + meeting.projectId + "/news.rss?lang=en";
        assertThat(get(browser, "/en/projects/" + meeting.projectId).statusCode())
                .as("not public before it is published")
                .isEqualTo(404);
        assertThat(get(browser, projectFeed).statusCode()).isEqualTo(404);

        browser.signIn(meeting.coordinatorEmail, TestUsers.PASSWORD);
        browser.open("/projects/" + meeting.projectId + "?lang=en");
        browser.waitFor(By.id("publication-toggle")).click();
        waitForPublished(browser);
        browser.open("/events/" + meeting.eventId + "?lang=en");
        browser.waitFor(By.id("publication-toggle")).click();
        waitForPublished(browser);

        // "Write a news draft for me" on the project page: both languages, from the data.
        browser.open("/projects/" + meeting.projectId + "?lang=en");
        browser.waitFor(By.id("news-draft-write")).click();
        browser.waitFor(By.id("news-form"));
        assertThat(browser.path()).matches("/news/\\d+/edit");
        long articleId = Long.parseLong(browser.path().replaceAll("\\D+", ""));
        String latvian = browser.find(By.id("bodyLv")).getDomProperty("value");
        String english = browser.find(By.id("bodyEn")).getDomProperty("value");
        assertThat(latvian)
                .startsWith("Daugavpils pilsētas dome ") // the fixture's names carry a unique suffix
                .contains(", kā vadošais partneris, kopā ar projekta partneriem")
                .contains("no Lietuvas un Latvijas")
                .contains("viesi no Polijas")
                // Markdown source: the escaped full stop keeps "2018. gada" a paragraph, not a list item.
                .contains("2018\\. gada 8.–10. novembrī")
                .contains("Ar Eiropas Savienības programmas „Eiropa pilsoņiem” atbalstu");
        assertThat(english)
                .contains("as lead partner")
                .contains("from Lithuania and Latvia")
                .contains("8–10 November 2018")
                .contains("With the support of the Europe for Citizens Programme of the European Union");

        // The coordinator edits the draft before publishing it.
        String title = browser.find(By.id("titleEn")).getDomProperty("value") + " (checked)";
        browser.type(By.id("titleEn"), title);
        browser.find(By.id("news-save")).click();
        browser.waitFor(By.id("news-publish")).click();
        browser.waiting()
                .withMessage("the article should be published")
                .until(driver -> "Published"
                        .equals(driver.findElement(By.id("news-status")).getText()));
        String articlePath = browser.find(By.id("news-public-link")).getDomAttribute("href");

        // The public project page lists the article and carries the funding statement.
        browser.open("/en/projects/" + meeting.projectId);
        browser.waitForLanguage("en");
        assertThat(browser.find(By.tagName("main")).getText())
                .contains(title)
                .contains("With the support of the Europe for Citizens Programme of the European Union")
                .contains("Meeting in Daugavpils");
        browser.open("/lv/projects/" + meeting.projectId);
        browser.waitForLanguage("lv");
        assertThat(browser.find(By.tagName("main")).getText())
                .contains("Ar Eiropas Savienības programmas „Eiropa pilsoņiem” atbalstu");

        // The article itself passes axe.
        browser.open(articlePath);
        browser.waitForLanguage("en");
        assertThat(browser.heading()).isEqualTo(title);
        Results results = browser.axe();
        assertThat(results.isErrored()).isFalse();
        assertThat(PublicSiteBrowserTests.describe(results.getViolations().stream()
                        .filter(rule -> PublicSiteBrowserTests.BLOCKING.contains(rule.getImpact()))
                        .toList()))
                .isEmpty();

        // The project's feeds show the article and the meeting.
        HttpResponse<byte[]> rss = get(browser, projectFeed);
        assertThat(rss.statusCode()).isEqualTo(200);
        SyndFeed feed = new SyndFeedInput().build(new XmlReader(new ByteArrayInputStream(rss.body())));
        assertThat(feed.getEntries()).extracting(SyndEntry::getTitle).containsExactly(title);
        assertThat(feed.getEntries().get(0).getLink()).endsWith(articlePath);
        HttpResponse<byte[]> ics = get(browser, "/feeds/projects/" + meeting.projectId + "/events.ics?lang=en");
        Calendar calendar =
                new CalendarBuilder().build(new StringReader(new String(ics.body(), StandardCharsets.UTF_8)));
        List<VEvent> meetings = calendar.getComponents(VEvent.VEVENT);
        assertThat(meetings).hasSize(1);
        assertThat(meetings.get(0).getSummary().getValue()).isEqualTo("Meeting in Daugavpils");
        assertThat(articleId).isPositive();

        // Withdrawn, the project is gone from the public site and its feeds.
        browser.open("/projects/" + meeting.projectId + "?lang=en");
        browser.waitFor(By.id("publication-toggle")).click();
        waitForPublicationState(browser, "Not published");
        assertThat(get(browser, "/en/projects/" + meeting.projectId).statusCode())
                .isEqualTo(404);
        assertThat(get(browser, "/en/events/" + meeting.eventId).statusCode()).isEqualTo(404);
        assertThat(get(browser, projectFeed).statusCode()).isEqualTo(404);
    }

    static HttpResponse<byte[]> get(Browser browser, String path) throws Exception {
        return HTTP.send(
                HttpRequest.newBuilder(URI.create(browser.baseUrl() + path)).build(),
                HttpResponse.BodyHandlers.ofByteArray());
    }

    /**
     * Waits until the publication panel says "Published": the toggle reloads the page, so the badge
     * read before the answer arrives may be the old one, gone by the time its text is asked for.
     */
    static void waitForPublished(Browser browser) {
        waitForPublicationState(browser, "Published");
    }

    static void waitForPublicationState(Browser browser, String state) {
        browser.waiting()
                .ignoring(org.openqa.selenium.StaleElementReferenceException.class)
                .withMessage("the publication panel should say " + state)
                .until(driver -> state.equals(driver.findElement(By.cssSelector("#publication-state .badge"))
                        .getText()));
    }
}
