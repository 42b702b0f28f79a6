package org.jumelage.browser;

import static org.assertj.core.api.Assertions.assertThat;

import org.jumelage.support.TestUsers;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;

@BrowserTest
class LanguageBrowserTests {

    @Test
    void switchingToLatvianShowsLatvianTextAndTheChoiceStaysOnTheNextPages(Browser browser) {
        browser.open("/sign-in");
        assertThat(browser.language()).isEqualTo("en");
        assertThat(browser.heading()).isEqualTo("Sign in to Jumelage");

        browser.chooseLanguage("lv");

        browser.waitForLanguage("lv");
        assertThat(browser.heading()).isEqualTo("Pieslēgties Jumelage");
        assertThat(browser.find(By.id("sign-in-submit")).getText()).isEqualTo("Pieslēgties");
        assertThat(browser.find(By.id("lang-lv")).getDomAttribute("aria-current"))
                .isEqualTo("true");

        // A visitor's home is the public site, in the language chosen.
        browser.find(By.linkText("Sākums")).click();
        browser.waitForPath("/lv");
        assertThat(browser.language()).isEqualTo("lv");
        assertThat(browser.find(By.id("public-sign-in")).getDomAttribute("href"))
                .isEqualTo("/sign-in");

        browser.open("/about");
        assertThat(browser.language()).isEqualTo("lv");
        assertThat(browser.find(By.linkText("Sākums")).isDisplayed()).isTrue();

        browser.chooseLanguage("en");
        browser.waitForLanguage("en");
        assertThat(browser.find(By.linkText("Home")).isDisplayed()).isTrue();
        browser.open("/sign-in");
        assertThat(browser.heading()).isEqualTo("Sign in to Jumelage");
    }

    @Test
    void wrongPasswordErrorIsInLatvianAfterSwitching(Browser browser) {
        browser.open("/sign-in?lang=lv");
        browser.waitForLanguage("lv");

        browser.submitSignIn(TestUsers.uniqueEmail("browser-nobody"), "Not-the-right-password-1");

        assertThat(browser.waitFor(By.id("sign-in-error")).getText())
                .isEqualTo("Nepareizs e-pasts vai parole. Pārbaudiet abus un mēģiniet vēlreiz.");
        assertThat(browser.language()).isEqualTo("lv");
    }
}
