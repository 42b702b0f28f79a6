package org.jumelage.browser;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.openqa.selenium.By;
import org.openqa.selenium.Keys;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.interactions.Actions;

@BrowserTest
class LayoutBrowserTests {

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
}
