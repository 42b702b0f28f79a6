package org.jumelage.browser;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.jumelage.account.AccountManagement;
import org.jumelage.event.EventManagement;
import org.jumelage.event.MeetingFixture;
import org.jumelage.network.OrganisationManagement;
import org.jumelage.project.ProjectManagement;
import org.jumelage.support.TestUsers;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.openqa.selenium.By;
import org.openqa.selenium.Keys;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.interactions.Actions;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;

@BrowserTest
class LayoutBrowserTests {

    /** Enough presses of Tab to pass every control of the pages visited, with room to spare. */
    static final int MAX_TABS = 250;

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

    @ParameterizedTest
    @CsvSource({
        "/password/forgot, en",
        "/about, en",
        "/sign-in, en",
        "/password/forgot?lang=lv, lv",
        "/about?lang=lv, lv",
        "/sign-in?lang=lv, lv"
    })
    void publicPagesLoadTheirScriptsAndStylesUnderTheContentSecurityPolicy(
            String page, String language, Browser browser) {
        browser.open(page);

        assertThat(browser.language()).isEqualTo(language);
        assertThat(browser.heading()).isNotBlank();
        assertThat(browser.script("return typeof window.htmx;")).isEqualTo("object");
        assertThat(browser.script("return typeof window.bootstrap;")).isEqualTo("object");
        assertThat(browser.find(By.cssSelector("nav.navbar")).getCssValue("display"))
                .as("Bootstrap's stylesheet is applied")
                .isEqualTo("flex");
        // Any script or style the Content-Security-Policy refuses shows up as a console error,
        // which fails the test (see ChromiumExtension).
    }

    @Test
    void aKeyboardUsersFirstTabLandsOnTheSkipLink(Browser browser) {
        browser.open("/about"); // the staff layout (a visitor's "/" is the public site)
        browser.waitFor(By.tagName("h1"));
        WebElement skipLink = browser.find(By.cssSelector("a.skip-link"));
        assertThat(skipLink.getSize().getWidth()).as("hidden until focused").isLessThanOrEqualTo(1);

        new Actions(browser.driver()).sendKeys(Keys.TAB).perform();

        WebElement focused = browser.driver().switchTo().activeElement();
        assertThat(focused).isEqualTo(skipLink);
        assertThat(focused.getText()).isEqualTo("Skip to main content");
        assertThat(focused.getSize().getWidth()).as("visible when focused").isGreaterThan(20);

        new Actions(browser.driver()).sendKeys(Keys.ENTER).perform();

        browser.waitForPath("/about#main");
        assertThat(browser.driver().switchTo().activeElement().getDomAttribute("id"))
                .isEqualTo("main");
    }

    @Test
    void aKeyboardAloneGoesThroughThePortfolioAndAProjectPageWithoutATrap(Browser browser) {
        MeetingFixture meeting =
                new MeetingFixture(organisations, accounts, projects, events, jdbc, Map.of("LV", 5, "LT", 5));
        browser.signIn(meeting.coordinatorEmail, TestUsers.PASSWORD);

        browser.open("/projects?lang=en");
        browser.waitForLanguage("en");
        List<String> portfolio = tabToTheEnd(browser);
        assertThat(portfolio.get(0)).as("the skip link comes first").isEqualTo("a.skip-link");
        assertThat(portfolio)
                .contains("#nav-projects", "#nav-programme-menu", "#lang-current", "#nav-user-menu")
                .contains("#project-new", "#q", "#status", "#measure", "#year", "#role")
                .anyMatch(control -> control.startsWith("a[href=/projects/" + meeting.projectId + "]"));

        // The user menu opens with Enter, its items are reached with the arrow keys, Escape closes it.
        browser.find(By.id("nav-user-menu")).sendKeys(Keys.ENTER);
        browser.waitFor(By.id("sign-out"));
        Actions keyboard = new Actions(browser.driver());
        keyboard.sendKeys(Keys.ARROW_DOWN).perform();
        assertThat(describe(browser, browser.driver().switchTo().activeElement()))
                .isEqualTo("#nav-profile");
        keyboard.sendKeys(Keys.ARROW_DOWN).perform();
        assertThat(describe(browser, browser.driver().switchTo().activeElement()))
                .isEqualTo("#sign-out");
        keyboard.sendKeys(Keys.ESCAPE).perform();
        assertThat(describe(browser, browser.driver().switchTo().activeElement()))
                .isEqualTo("#nav-user-menu");
        assertThat(browser.find(By.id("sign-out")).isDisplayed()).isFalse();

        browser.open("/projects/" + meeting.projectId);
        browser.waitFor(By.id("grant-panel-body"));
        List<String> project = tabToTheEnd(browser);
        assertThat(project).contains("#project-edit", "#project-delete", "#partner-add", "#outcome-add");
        assertThat(project.indexOf("#outcome-add"))
                .as("past the events, the grant panel and the publication panel (loaded by htmx) to the outcomes")
                .isGreaterThan(project.indexOf("#partner-add"));
    }

    /**
     * Presses Tab from the top of the page until the focus reaches the last link of the footer,
     * checking at each step that the focus moved on and is visible; returns the controls in the
     * order they had the focus. A control that keeps the focus, or a page whose end is never
     * reached, is a keyboard trap and fails the test.
     */
    static List<String> tabToTheEnd(Browser browser) {
        Actions keyboard = new Actions(browser.driver());
        List<String> order = new ArrayList<>();
        WebElement previous = null;
        int stay = 0;
        for (int i = 0; i < MAX_TABS; i++) {
            keyboard.sendKeys(Keys.TAB).perform();
            WebElement focused = browser.driver().switchTo().activeElement();
            String name = describe(browser, focused);
            // A date field keeps the focus for four presses (day, month, year, calendar button); longer is a trap.
            stay = focused.equals(previous) ? stay + 1 : 0;
            assertThat(stay).as("Tab moves the focus on from %s", name).isLessThan(4);
            if (stay > 0) {
                continue;
            }
            assertThat(browser.script("""
                            const s = getComputedStyle(arguments[0]);
                            return (s.outlineStyle !== 'none' && s.outlineWidth !== '0px') || s.boxShadow !== 'none';
                            """, focused))
                    .as("the focus on %s is visible (an outline or Bootstrap's focus ring)", name)
                    .isEqualTo(true);
            order.add(name);
            if (Boolean.TRUE.equals(browser.script(
                    "return arguments[0] === document.querySelector('footer a:last-of-type');", focused))) {
                return order;
            }
            previous = focused;
        }
        throw new AssertionError("The focus never reached the end of the page: " + order);
    }

    static String describe(Browser browser, WebElement element) {
        return (String) browser.script("""
                const e = arguments[0];
                if (e.id) { return '#' + e.id; }
                if (e.classList.contains('skip-link')) { return 'a.skip-link'; }
                const href = e.getAttribute('href');
                return e.tagName.toLowerCase() + (href ? '[href=' + href + ']' : '')
                    + (e.closest('[id]') ? ' in #' + e.closest('[id]').id : '');
                """, element);
    }
}
