package org.jumelage.browser;

import static org.assertj.core.api.Assertions.assertThat;

import org.jumelage.support.TestUsers;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;
import org.openqa.selenium.Keys;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.support.ui.Select;

/**
 * The grant calculator in a real browser: the result panel follows the form as fields change
 * (htmx, no page load), a failing check turns into a passing one, and a row is added in place.
 */
@BrowserTest
class GrantCalculatorBrowserTests {

    static final By INVITED_FAILED = By.cssSelector("[data-rule='min-invited-participants'][data-status='failed']");
    static final By INVITED_PASSED = By.cssSelector("[data-rule='min-invited-participants'][data-status='passed']");

    @Test
    void aCoordinatorSeesAFailingCheckFixesThePlanAndSeesItPass(Browser browser) {
        browser.signIn(TestUsers.ADMIN_EMAIL, TestUsers.ADMIN_PASSWORD);
        browser.open("/programmes?lang=en");
        browser.find(By.id("calculator-link")).click();
        browser.waitForPath("/programmes/calculator");
        assertThat(browser.heading()).isEqualTo("What if: eligibility and grant of a plan");
        assertThat(browser.find(By.id("calculator-hint")).isDisplayed()).isTrue();

        new Select(browser.find(By.id("measure"))).selectByValue("E4C-2014-TT");
        type(browser, "callYear", "2018");
        new Select(browser.find(By.id("applicant.country"))).selectByValue("LV");
        new Select(browser.find(By.id("applicant.type"))).selectByValue("MUNICIPALITY");
        new Select(browser.find(By.id("partners0.country"))).selectByValue("LT");
        new Select(browser.find(By.id("events0.hostCountry"))).selectByValue("LV");
        type(browser, "events0.localParticipants", "40");
        new Select(browser.find(By.id("events0.delegations0.country"))).selectByValue("LT");
        type(browser, "events0.delegations0.participants", "12");
        type(browser, "events0.delegations0.roundTripKm", "380");

        WebElement failing = browser.waitForText(INVITED_FAILED, "12 invited participants");
        assertThat(failing.getText())
                .contains("Invited participants")
                .contains("failed")
                .contains("12 invited participants; at least 25 needed")
                .contains("confirmed");
        assertThat(browser.find(By.cssSelector(".grant-eligibility")).getText())
                .isEqualTo("Not eligible (failed checks: 1)");
        assertThat(browser.find(By.cssSelector(".grant-amount")).getText()).contains("€5,000.00 to €25,000.00");
        // The failing check comes first.
        assertThat(browser.find(By.cssSelector(".grant-check")).getDomAttribute("data-rule"))
                .isEqualTo("min-invited-participants");
        assertThat(browser.path()).isEqualTo("/programmes/calculator");

        type(browser, "events0.delegations0.participants", "30");

        WebElement passing = browser.waitForText(INVITED_PASSED, "30 invited participants");
        assertThat(passing.getText()).contains("30 invited participants (at least 25 needed)");
        // No check fails, but the meeting has no dates yet: the verdict stays open instead of "Eligible".
        assertThat(browser.find(By.cssSelector(".grant-eligibility")).getText())
                .isEqualTo("Not decided yet: some checks need more information");
        assertThat(browser.find(By.cssSelector(".grant-eligibility")).getDomAttribute("data-eligibility"))
                .isEqualTo("not-decided");
        assertThat(browser.isPresent(INVITED_FAILED)).isFalse();

        browser.find(By.id("add-partner")).click();
        browser.waitFor(By.id("partners2.country"));
        assertThat(new Select(browser.find(By.id("partners0.country")))
                        .getFirstSelectedOption()
                        .getDomAttribute("value"))
                .isEqualTo("LT");
        assertThat(browser.isPresent(INVITED_PASSED)).isTrue();
        assertThat(browser.path()).isEqualTo("/programmes/calculator");
        assertThat(browser.consoleErrors()).isEmpty();
    }

    /** Types into a field and leaves it, as a person does, so that the browser reports the change. */
    private static void type(Browser browser, String id, String text) {
        browser.type(By.id(id), text);
        browser.find(By.id(id)).sendKeys(Keys.TAB);
    }
}
