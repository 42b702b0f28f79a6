package org.jumelage.browser;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Map;
import java.util.UUID;
import org.jspecify.annotations.Nullable;
import org.jumelage.account.AccountManagement;
import org.jumelage.event.EventManagement;
import org.jumelage.event.MeetingFixture;
import org.jumelage.network.OrganisationManagement;
import org.jumelage.project.ProjectManagement;
import org.jumelage.publicity.NewsTestImages;
import org.jumelage.publicity.Publications;
import org.jumelage.support.TestUsers;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.openqa.selenium.By;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;

/**
 * A coordinator writes an article about the meeting from the project's publication panel, sees the
 * preview as the public will, uploads the lead image with its description, and publishes it: the
 * image then comes from the public media address.
 */
@BrowserTest
class NewsBrowserTests {

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

    @Autowired
    Publications publications;

    @Nullable
    MeetingFixture meeting;

    /**
     * Withdraws the project again: on PostgreSQL all test contexts share one schema, and the
     * article's image lives in this context's file storage, so other contexts' public pages must not
     * list it.
     */
    @AfterEach
    void withdrawTheProject() {
        if (meeting != null) {
            publications.publishProject(meeting.coordinator, meeting.projectId, false);
        }
    }

    @Test
    void aCoordinatorWritesPreviewsIllustratesAndPublishesAnArticle(Browser browser, @TempDir Path folder)
            throws IOException {
        MeetingFixture meeting = new MeetingFixture(organisations, accounts, projects, events, jdbc, Map.of("LV", 10));
        this.meeting = meeting;
        String title = "Meeting in Daugavpils " + UUID.randomUUID().toString().substring(0, 6);
        Path photo = folder.resolve("meeting.png");
        Files.write(photo, NewsTestImages.image("png", 2000, 1000));

        browser.signIn(meeting.coordinatorEmail, TestUsers.PASSWORD);
        browser.consoleErrors();
        browser.open("/projects/" + meeting.projectId + "/publication?lang=en");
        browser.waitForLanguage("en");
        // An article is public only while its project is: publish the project first.
        browser.waitFor(By.id("publication-toggle")).click();
        PublicityAcceptanceBrowserTests.waitForPublished(browser);
        browser.waitFor(By.id("publication-news-new")).click();

        browser.waitFor(By.id("news-form"));
        browser.type(By.id("titleEn"), title);
        browser.type(By.id("titleLv"), "Tikšanās Daugavpilī");
        browser.type(By.id("bodyEn"), "The **lead partner** is Daugavpils City Council.\n\n- Kaunas\n- Łódź");
        browser.type(By.id("tags"), "town twinning, Europe");
        browser.find(By.id("news-save")).click();

        browser.waitFor(By.id("news-preview-en"));
        assertThat(browser.path()).matches("/news/\\d+");
        long id = Long.parseLong(browser.path().substring("/news/".length()));
        assertThat(browser.find(By.cssSelector("#news-preview-en h1")).getText())
                .isEqualTo(title);
        assertThat(browser.find(By.cssSelector("#news-preview-en .news-body strong"))
                        .getText())
                .isEqualTo("lead partner");
        assertThat(browser.find(By.cssSelector("#news-preview-en .news-body")).findElements(By.tagName("li")))
                .hasSize(2);
        assertThat(browser.find(By.id("news-status")).getText()).isEqualTo("Draft");

        // An upload without description is refused on its field; the file must be chosen again.
        browser.find(By.id("file")).sendKeys(photo.toAbsolutePath().toString());
        browser.find(By.id("news-image-upload")).click();
        assertThat(browser.waitFor(By.id("altEn-errors")).getText()).contains("Describe the image");
        // the refused form answers 422, which Chromium logs; nothing else may have failed
        assertThat(browser.consoleErrors())
                .allMatch(error -> error.contains("/news/" + id + "/image") && error.contains("422"));

        browser.find(By.id("file")).sendKeys(photo.toAbsolutePath().toString());
        browser.type(By.id("altEn"), "Mayors of Daugavpils and Kaunas at the meeting");
        browser.find(By.id("news-image-upload")).click();
        browser.waitFor(By.cssSelector("#news-preview-en figure img"));
        assertThat(browser.find(By.cssSelector("#news-preview-en figure img")).getDomAttribute("alt"))
                .isEqualTo("Mayors of Daugavpils and Kaunas at the meeting");
        assertThat(browser.find(By.cssSelector("#news-preview-en figure img")).getDomAttribute("src"))
                .startsWith("/news/" + id + "/image");
        waitUntilLoaded(browser, "#news-preview-en figure img");
        assertThat(browser.script("return document.querySelector('#news-preview-en figure img').naturalWidth;"))
                .isEqualTo(1600L);

        browser.find(By.id("news-publish")).click();
        browser.waiting()
                .withMessage("the article should be published")
                .until(driver -> "Published"
                        .equals(driver.findElement(By.id("news-status")).getText()));
        assertThat(browser.find(By.id("news-public-link")).getDomAttribute("href"))
                .startsWith("/en/news/");
        assertThat(browser.find(By.cssSelector("#news-preview-en figure img")).getDomAttribute("src"))
                .startsWith("/media/news/" + id + "/lead");
        waitUntilLoaded(browser, "#news-preview-en figure img");
        assertThat(browser.consoleErrors()).isEmpty();

        browser.open("/news?status=published&lang=en");
        assertThat(browser.waitFor(By.id("news-row-" + id)).getText())
                .contains(title)
                .contains("Published");
    }

    private static void waitUntilLoaded(Browser browser, String selector) {
        browser.waiting()
                .withMessage("the image should load")
                .until(driver -> Boolean.TRUE.equals(browser.script(
                        "var i = document.querySelector(arguments[0]); return i.complete && i.naturalWidth > 0;",
                        selector)));
    }
}
