package org.jumelage.browser;

import static org.assertj.core.api.Assertions.assertThat;

import com.deque.html.axecore.results.CheckedNode;
import com.deque.html.axecore.results.Results;
import com.deque.html.axecore.results.Rule;
import java.awt.Color;
import java.awt.Graphics2D;
import java.awt.image.BufferedImage;
import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.time.Clock;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.UUID;
import java.util.stream.Collectors;
import javax.imageio.ImageIO;
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
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.openqa.selenium.By;
import org.openqa.selenium.Keys;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.interactions.Actions;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;

/**
 * The public site in Chromium: axe-core (WCAG 2.0/2.1 A and AA rules) finds no serious or critical
 * violation on any page type in either language, and a keyboard alone reaches the skip link, the
 * navigation, the language switch and the content, with the focus visible at every step.
 */
@BrowserTest
class PublicSiteBrowserTests {

    static final Set<String> BLOCKING = Set.of("serious", "critical");

    /** The scene is built once for the class: every test reads it, none changes it. */
    static Scene scene;

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

    record Scene(PublicSiteFixture site, NewsArticle article) {}

    @BeforeEach
    void setUp() throws Exception {
        if (scene != null) {
            return;
        }
        PublicSiteFixture site =
                new PublicSiteFixture(organisations, accounts, projects, events, publications, jdbc, clock);
        String tag = "a11y-" + UUID.randomUUID().toString().substring(0, 6);
        NewsArticle article = news.create(
                site.meeting.coordinator,
                new NewsArticleDraft(
                        null,
                        LocalizedText.of("Tikšanās Daugavpilī " + tag, "Meeting in Daugavpils " + tag),
                        LocalizedText.of(
                                "Partneri no **Lietuvas** un Polijas tikās Daugavpilī.\n\n"
                                        + "- Pirmā diena\n- Otrā diena\n\n[Vairāk](https://example.org/lv)",
                                "Partners from **Lithuania** and Poland met in Daugavpils.\n\n"
                                        + "- First day\n- Second day\n\n[More](https://example.org/en)"),
                        site.projectId,
                        site.pastEventId,
                        List.of(tag, "twinning"),
                        null));
        byte[] png = png();
        news.attachImage(
                site.meeting.coordinator,
                article.id(),
                new ByteArrayInputStream(png),
                png.length,
                LocalizedText.of("Partneri pie Daugavpils rātsnama", "Partners at Daugavpils town hall"));
        article = news.publish(site.meeting.coordinator, article.id(), true);
        // the information page's table: 6 from Latvia (withheld), 2 from Poland ("fewer than 5")
        for (int i = 0; i < 8; i++) {
            long person = site.meeting.person(
                    i < 6 ? site.meeting.leadDelegation : site.meeting.guestDelegation,
                    "Dalībnieks",
                    "A11y" + tag + i,
                    i < 6 ? "LV" : "PL");
            site.meeting.rows.present(
                    person,
                    org.jumelage.event.MeetingFixture.FIRST_DAY,
                    org.jumelage.participation.AttendanceSource.CHECK_IN);
        }
        scene = new Scene(site, article);
    }

    static byte[] png() throws Exception {
        BufferedImage image = new BufferedImage(960, 640, BufferedImage.TYPE_INT_RGB);
        Graphics2D graphics = image.createGraphics();
        graphics.setColor(new Color(0, 51, 153));
        graphics.fillRect(0, 0, 960, 640);
        graphics.setColor(new Color(255, 204, 0));
        graphics.fillOval(380, 220, 200, 200);
        graphics.dispose();
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        ImageIO.write(image, "png", out);
        return out.toByteArray();
    }

    String path(String page, String lang) {
        PublicSiteFixture site = scene.site();
        return "/" + lang
                + switch (page) {
                    case "home" -> "";
                    case "project" -> "/projects/" + site.projectId;
                    case "event" -> "/events/" + site.upcomingEventId;
                    case "news" -> "/news";
                    case "article" -> "/news/" + scene.article().slug();
                    case "organisation" -> "/organisations/" + site.leadOrganisationId;
                    case "information" -> "/events/" + site.pastEventId + "/information";
                    case "not-found" -> "/events/" + site.hiddenEventId;
                    default -> throw new IllegalArgumentException(page);
                };
    }

    /** The information page's table and address fit a phone and a laptop without sideways scrolling. */
    @ParameterizedTest(name = "{0}")
    @CsvSource({"lv", "en"})
    void theInformationPageFitsPhonesAndLaptops(String lang, Browser browser) {
        browser.open(path("information", lang));
        browser.waitForLanguage(lang);
        assertThat(browser.find(By.id("information-total")).getText()).isEqualTo("8");
        List<String> overflows = new java.util.ArrayList<>();
        try {
            for (int width : List.of(320, 768, 1280)) {
                StaffPagesBrowserTests.emulateWidth(browser, width);
                String overflow = StaffPagesBrowserTests.overflow(browser);
                if (overflow != null) {
                    overflows.add(width + " px: " + overflow);
                }
            }
        } finally {
            ((org.openqa.selenium.chromium.HasCdp) browser.driver())
                    .executeCdpCommand("Emulation.clearDeviceMetricsOverride", java.util.Map.of());
        }
        assertThat(overflows)
                .as("the information page is wider than the window")
                .isEmpty();
    }

    @ParameterizedTest(name = "{0} in {1}")
    @CsvSource({
        "home, lv", "home, en",
        "project, lv", "project, en",
        "event, lv", "event, en",
        "news, lv", "news, en",
        "article, lv", "article, en",
        "organisation, lv", "organisation, en",
        "information, lv", "information, en",
        "not-found, lv", "not-found, en"
    })
    void axeFindsNoSeriousOrCriticalViolation(String page, String lang, Browser browser) {
        String path = path(page, lang);
        browser.open(path);
        browser.waitForLanguage(lang);
        assertThat(browser.heading()).isNotBlank();
        if (page.equals("not-found")) {
            assertThat(browser.consoleErrors())
                    .as("only the page's own 404")
                    .allSatisfy(error -> assertThat(error).contains("404"));
        }
        if (page.equals("article")) {
            WebElement image = browser.find(By.id("article-image"));
            assertThat(image.getDomAttribute("alt")).isNotBlank();
            assertThat(browser.script("return arguments[0].complete && arguments[0].naturalWidth > 0;", image))
                    .as("the lead image loads")
                    .isEqualTo(true);
        }

        Results results = browser.axe();

        assertThat(results.isErrored())
                .as("axe ran: %s", results.getErrorMessage())
                .isFalse();
        assertThat(results.getPasses()).as("axe checked the page").isNotEmpty();
        List<String> blocking = describe(results.getViolations().stream()
                .filter(rule -> BLOCKING.contains(rule.getImpact()))
                .toList());
        assertThat(blocking)
                .as("serious or critical WCAG 2.1 AA violations on " + path)
                .isEmpty();
        System.out.printf(
                "axe %s: %d rules passed, %d violations (%s), %d incomplete%n",
                path,
                results.getPasses().size(),
                results.getViolations().size(),
                results.getViolations().stream()
                        .map(rule -> rule.getId() + "/" + rule.getImpact())
                        .collect(Collectors.joining(", ")),
                results.getIncomplete().size());
    }

    static List<String> describe(List<Rule> rules) {
        List<String> lines = new ArrayList<>();
        for (Rule rule : rules) {
            for (CheckedNode node : rule.getNodes()) {
                lines.add(rule.getImpact() + " " + rule.getId() + ": " + rule.getHelp() + " at " + node.getTarget()
                        + " — " + node.getFailureSummary());
            }
        }
        return lines;
    }

    @Test
    void aKeyboardReachesTheSkipLinkTheNavigationTheLanguageSwitchAndTheContentWithTheFocusVisible(Browser browser) {
        browser.open(path("project", "en"));
        browser.waitForLanguage("en");
        Actions keyboard = new Actions(browser.driver());

        List<String> order = new ArrayList<>();
        for (int i = 0; i < 9; i++) {
            keyboard.sendKeys(Keys.TAB).perform();
            WebElement focused = browser.driver().switchTo().activeElement();
            assertFocusVisible(browser, focused);
            order.add(focused.getDomAttribute("id") == null ? focused.getTagName() : focused.getDomAttribute("id"));
        }

        assertThat(order.subList(0, 7))
                .containsExactly(
                        "a", // the skip link
                        "public-brand",
                        "public-nav-home",
                        "public-nav-projects",
                        "public-nav-news",
                        "public-nav-partner-notices",
                        "public-lang-current"); // the language menu, closed
        WebElement firstInContent = browser.driver().switchTo().activeElement();
        assertThat((Boolean) browser.script(
                        "return document.getElementById('main').contains(arguments[0]);", firstInContent))
                .as("after the navigation comes the content")
                .isTrue();

        // The skip link jumps over the navigation.
        browser.open(path("project", "en"));
        browser.waitForLanguage("en");
        keyboard.sendKeys(Keys.TAB).perform();
        WebElement skip = browser.driver().switchTo().activeElement();
        assertThat(skip.getText()).isEqualTo("Skip to main content");
        assertThat(skip.getSize().getWidth()).as("visible when focused").isGreaterThan(20);
        keyboard.sendKeys(Keys.ENTER).perform();
        keyboard.sendKeys(Keys.TAB).perform();
        WebElement afterSkip = browser.driver().switchTo().activeElement();
        assertThat((Boolean)
                        browser.script("return document.getElementById('main').contains(arguments[0]);", afterSkip))
                .isTrue();

        // The language switch works from the keyboard and keeps the page.
        browser.open(path("project", "en"));
        browser.waitForLanguage("en");
        for (int i = 0; i < 7; i++) {
            keyboard.sendKeys(Keys.TAB).perform();
        }
        assertThat(browser.driver().switchTo().activeElement().getDomAttribute("id"))
                .isEqualTo("public-lang-current");
        keyboard.sendKeys(Keys.ENTER).perform(); // opens the menu of every language
        for (int i = 0; i <= org.jumelage.shared.Languages.ALL.indexOf("lv"); i++) {
            keyboard.sendKeys(Keys.TAB).perform();
        }
        assertThat(browser.driver().switchTo().activeElement().getDomAttribute("id"))
                .isEqualTo("public-lang-lv");
        keyboard.sendKeys(Keys.ENTER).perform();
        browser.waitForLanguage("lv");
        assertThat(browser.path()).isEqualTo(path("project", "lv"));
        assertThat(browser.heading()).isEqualTo("Pilsētu sadraudzība pārmaiņām");
    }

    static void assertFocusVisible(Browser browser, WebElement element) {
        String outline = (String) browser.script(
                "const s = getComputedStyle(arguments[0]); return s.outlineStyle + ' ' + s.outlineWidth;", element);
        assertThat(outline)
                .as("focus indicator of %s", element.getDomAttribute("id"))
                .doesNotStartWith("none")
                .doesNotEndWith(" 0px");
        assertThat(element.isDisplayed()).isTrue();
    }
}
