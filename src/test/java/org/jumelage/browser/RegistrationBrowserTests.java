package org.jumelage.browser;

import static org.assertj.core.api.Assertions.assertThat;

import org.jumelage.account.AccountManagement;
import org.jumelage.event.EventManagement;
import org.jumelage.network.OrganisationManagement;
import org.jumelage.participation.RegistrationSettingsManagement;
import org.jumelage.project.ProjectManagement;
import org.jumelage.support.RegistrationFixtures;
import org.jumelage.support.RegistrationFixtures.Meeting;
import org.jumelage.support.TestUsers;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;
import org.openqa.selenium.support.ui.Select;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;

/**
 * A citizen of Kaunas registers through the delegation's private link without an account, picks
 * the town from the type-ahead, and opens the personal page with the check-in QR code.
 */
@BrowserTest
class RegistrationBrowserTests {

    @Autowired
    OrganisationManagement organisations;

    @Autowired
    AccountManagement accounts;

    @Autowired
    ProjectManagement projects;

    @Autowired
    EventManagement events;

    @Autowired
    RegistrationSettingsManagement settings;

    @Autowired
    JdbcClient jdbc;

    @Test
    void aCitizenRegistersThroughTheDelegationLinkAndOpensThePersonalPageWithTheQrCode(Browser browser) {
        Meeting meeting =
                new RegistrationFixtures(organisations, accounts, projects, events, settings, jdbc).meeting(10);
        String email = TestUsers.uniqueEmail("ona");

        browser.open("/register/d/" + meeting.delegationToken() + "?lang=en");
        assertThat(browser.heading()).isEqualTo("Register for Town twinning meeting");
        assertThat(browser.find(By.id("registration-delegation")).getText()).contains("(Lithuania)");
        browser.type(By.id("firstName"), "Ona");
        browser.type(By.id("lastName"), "Petrauskienė");
        browser.type(By.id("email"), email);
        browser.type(By.id("town"), "Kauna");
        // The type-ahead fills the datalist from the gazetteer without an account.
        browser.waiting()
                .withMessage("the town list to offer Kaunas")
                .until(driver -> !driver.findElements(By.cssSelector("#town-towns option[value='Kaunas (598316)']"))
                        .isEmpty());
        browser.type(By.id("town"), "Kaunas (598316)");
        assertThat(new Select(browser.find(By.id("country")))
                        .getFirstSelectedOption()
                        .getDomAttribute("value"))
                .isEqualTo("LT");
        new Select(browser.find(By.id("ageBand"))).selectByValue("55-plus");
        browser.find(By.id("consent1")).click();
        browser.find(By.id("registration-submit")).click();

        browser.waitFor(By.id("registration-status"));
        assertThat(browser.find(By.id("registration-status")).getText())
                .isEqualTo("Your registration for Town twinning meeting is confirmed.");
        browser.find(By.id("registration-personal-link")).click();

        browser.waitFor(By.id("registration-qr"));
        assertThat(browser.find(By.id("registration-status")).getText()).isEqualTo("Confirmed");
        Object qrWidth = browser.script(
                "const img = document.getElementById('registration-qr'); return img.complete ? img.naturalWidth : -1;");
        browser.waiting()
                .withMessage("the QR code image to load")
                .until(driver ->
                        ((Number) browser.script("return document.getElementById('registration-qr').naturalWidth;"))
                                        .intValue()
                                > 0);
        assertThat(qrWidth).isNotNull();
        assertThat(browser.find(By.id("town")).getDomProperty("value")).isEqualTo("Kaunas (598316)");
        assertThat(jdbc.sql("select delegation_id from event_registration where email = :email")
                        .param("email", email)
                        .query(Long.class)
                        .single())
                .isEqualTo(meeting.delegationId());
        assertThat(browser.consoleErrors()).isEmpty();
    }
}
