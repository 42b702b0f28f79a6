package org.jumelage.browser;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.Map;
import org.jumelage.account.AccountManagement;
import org.jumelage.event.EventManagement;
import org.jumelage.event.MeetingFixture;
import org.jumelage.network.OrganisationManagement;
import org.jumelage.participation.domain.CheckInTokens;
import org.jumelage.project.ProjectManagement;
import org.jumelage.support.TestUsers;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;
import org.openqa.selenium.NoSuchElementException;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;

/**
 * The check-in page on a phone-sized window: the scanner script loads without errors (the camera
 * itself cannot be tested headless), staff find a person by name and check them in, and a code
 * typed or pasted into the code field checks its person in; the live counter follows.
 */
@BrowserTest
class CheckInBrowserTests {

    @Autowired
    OrganisationManagement organisations;

    @Autowired
    AccountManagement accounts;

    @Autowired
    ProjectManagement projects;

    @Autowired
    EventManagement events;

    @Autowired
    CheckInTokens tokens;

    @Autowired
    JdbcClient jdbc;

    @Test
    void staffCheckPeopleInByNameAndByCode(Browser browser) {
        MeetingFixture meeting =
                new MeetingFixture(organisations, accounts, projects, events, jdbc, Map.of("LV", 10, "LT", 25));
        meeting.person(meeting.kaunasDelegation, "Rasa", "Kazlauskienė", "LT");
        long jonas = meeting.person(meeting.kaunasDelegation, "Jonas", "Petrauskas", "LT");
        meeting.person(meeting.leadDelegation, "Anna", "Bērziņa", "LV");
        String token = tokens.sign(meeting.eventId, meeting.rows.checkInCode(jonas));

        browser.signIn(meeting.coordinatorEmail, TestUsers.PASSWORD);
        // A phone's width: the navigation folds away, the check-in controls stay usable.
        browser.driver().manage().window().setSize(new org.openqa.selenium.Dimension(390, 844));
        browser.consoleErrors();
        browser.open("/events/" + meeting.eventId + "/check-in?day=2018-11-09&lang=en");
        browser.waitForLanguage("en");

        // The QR library from the WebJar and the page script ran without errors.
        browser.waiting()
                .withMessage("the scanner library should load")
                .until(driver -> Boolean.TRUE.equals(browser.script(
                        "return !!(window.__Html5QrcodeLibrary__ && window.__Html5QrcodeLibrary__.Html5Qrcode);")));
        assertThat(browser.find(By.id("checkin-present")).getText()).isEqualTo("0");
        String nonce =
                browser.find(By.cssSelector("#token-form input[name=nonce]")).getDomProperty("value");
        assertThat(nonce).matches("[0-9a-f-]{36}");

        // Search by name; the result comes in with htmx.
        browser.type(By.id("checkin-q"), "rasa");
        browser.waiting()
                .ignoring(NoSuchElementException.class)
                .withMessage("Rasa should be found")
                .until(driver -> driver.findElement(By.cssSelector("#checkin-results .checkin-button")));
        assertThat(browser.find(By.id("checkin-results")).getText())
                .contains("Rasa Kazlauskienė")
                .doesNotContain("Petrauskas");
        browser.find(By.cssSelector("#checkin-results .checkin-button")).click();
        waitForText(browser, By.id("checkin-outcome"), "Rasa Kazlauskienė (LT) is checked in for 2018-11-09.");
        waitForText(browser, By.id("checkin-present"), "1");
        waitForText(browser, By.id("checkin-results"), "present since");

        // A code pasted into the code field (what the scanner does with a QR code).
        browser.type(By.id("checkin-token"), token);
        browser.find(By.id("checkin-token-submit")).click();
        waitForText(browser, By.id("checkin-outcome"), "Jonas Petrauskas (LT) is checked in for 2018-11-09.");
        waitForText(browser, By.id("checkin-present"), "2");
        assertThat(browser.find(By.id("checkin-token")).getDomProperty("value")).isEmpty();

        // The same code again: already in, counted once.
        browser.type(By.id("checkin-token"), token);
        browser.find(By.id("checkin-token-submit")).click();
        waitForText(browser, By.id("checkin-outcome"), "was already checked in");
        waitForText(browser, By.id("checkin-recent"), "Jonas Petrauskas");
        assertThat(browser.find(By.id("checkin-present")).getText()).isEqualTo("2");

        // A forged code is refused with its reason.
        browser.type(By.id("checkin-token"), token.substring(0, token.length() - 3) + "xyz");
        browser.find(By.id("checkin-token-submit")).click();
        waitForText(browser, By.id("checkin-outcome"), "not a valid check-in code");

        assertThat(browser.consoleErrors())
                .allMatch(message -> message.contains("422"), "only the refused code's answer");
        assertThat(jdbc.sql("""
                        select count(*) from event_attendance a join event_registration r on r.id = a.registration_id
                        where r.event_id = :event""")
                        .param("event", meeting.eventId)
                        .query(Integer.class)
                        .single())
                .isEqualTo(2);
    }

    private static void waitForText(Browser browser, By locator, String text) {
        browser.waiting()
                .ignoring(NoSuchElementException.class)
                .withMessage(() -> "expected " + locator + " to contain " + text)
                .until(driver -> driver.findElement(locator).getText().contains(text));
    }
}
