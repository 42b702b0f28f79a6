package org.jumelage.browser;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Duration;
import java.util.Map;
import org.jumelage.account.AccountManagement;
import org.jumelage.event.EventManagement;
import org.jumelage.event.MeetingFixture;
import org.jumelage.network.OrganisationManagement;
import org.jumelage.project.ProjectManagement;
import org.jumelage.support.TestUsers;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.Alert;
import org.openqa.selenium.By;
import org.openqa.selenium.TimeoutException;
import org.openqa.selenium.support.ui.ExpectedConditions;
import org.openqa.selenium.support.ui.WebDriverWait;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;

/**
 * Every kind of button that destroys or replaces something asks first, in the page's language:
 * refusing leaves the data as they were, agreeing does it. Plain forms ask through {@code
 * data-confirm} (static/js/confirm.js), forms sent by htmx through {@code hx-confirm}, never both.
 */
@BrowserTest
class DestructiveActionBrowserTests {

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

    MeetingFixture meeting;

    @BeforeEach
    void setUp() {
        meeting = new MeetingFixture(organisations, accounts, projects, events, jdbc, Map.of("LV", 5, "LT", 5));
    }

    /** Signs the coordinator (who prefers Latvian) in and switches to English. */
    void signInInEnglish(Browser browser) {
        browser.signIn(meeting.coordinatorEmail, TestUsers.PASSWORD);
        browser.open("/profile?lang=en");
        browser.waitForLanguage("en");
    }

    /** Clicks the button, checks the question and answers it; fails when no question comes. */
    static void click(Browser browser, By button, String question, boolean agree) {
        browser.waitFor(button).click();
        Alert alert = browser.waiting().until(ExpectedConditions.alertIsPresent());
        assertThat(alert.getText()).isEqualTo(question);
        if (agree) {
            alert.accept();
        } else {
            alert.dismiss();
        }
    }

    /** After an answer, no second question follows (htmx and the page script do not both ask). */
    static void noSecondQuestion(Browser browser) {
        try {
            new WebDriverWait(browser.driver(), Duration.ofMillis(700)).until(ExpectedConditions.alertIsPresent());
        } catch (TimeoutException expected) {
            return;
        }
        browser.driver().switchTo().alert().dismiss();
        throw new AssertionError("the question was asked twice");
    }

    static By submitOf(String actionEnd) {
        return By.cssSelector("form[action$='" + actionEnd + "'] button[type=submit]");
    }

    @Test
    void deletingAProjectAsksFirst(Browser browser) {
        signInInEnglish(browser);
        String page = "/projects/" + meeting.projectId;
        browser.open(page);

        click(browser, By.id("project-delete"), "Delete this project? An administrator can restore it.", false);
        noSecondQuestion(browser);
        assertThat(browser.path()).isEqualTo(page);
        assertThat(projects.find(meeting.coordinator, meeting.projectId)).isPresent();

        click(browser, By.id("project-delete"), "Delete this project? An administrator can restore it.", true);
        browser.waiting().until(driver -> !browser.path().equals(page));
        assertThat(projects.find(meeting.coordinator, meeting.projectId)).isEmpty();
    }

    @Test
    void deletingAnEventAsksFirstInLatvianToo(Browser browser) {
        browser.signIn(meeting.coordinatorEmail, TestUsers.PASSWORD);
        String page = "/events/" + meeting.eventId;
        browser.open(page + "?lang=lv");
        browser.waitForLanguage("lv");
        By delete = submitOf("/events/" + meeting.eventId + "/delete");

        click(browser, delete, "Dzēst šo sanāksmi?", false);
        assertThat(browser.path()).startsWith(page);
        assertThat(events.find(meeting.coordinator, meeting.eventId)).isPresent();

        click(browser, delete, "Dzēst šo sanāksmi?", true);
        browser.waiting().until(driver -> !browser.path().startsWith(page));
        assertThat(events.find(meeting.coordinator, meeting.eventId)).isEmpty();
    }

    @Test
    void makingANewDelegationLinkAsksFirstBecauseTheSharedLinkStopsWorking(Browser browser) {
        signInInEnglish(browser);
        long delegation = meeting.kaunasDelegation;
        String before = linkToken(delegation);
        browser.open("/delegations/" + delegation);
        String question = "Make a new link? The current link stops working at once.";

        click(browser, By.id("delegation-link-regenerate"), question, false);
        noSecondQuestion(browser);
        assertThat(linkToken(delegation)).isEqualTo(before);

        click(browser, By.id("delegation-link-regenerate"), question, true);
        browser.waiting().until(driver -> !linkToken(delegation).equals(before));
        browser.waitFor(By.id("delegation-link-url"));
    }

    @Test
    void deletingADelegationAsksFirst(Browser browser) {
        signInInEnglish(browser);
        long delegation = meeting.guestDelegation;
        browser.open("/delegations/" + delegation);
        String question = "Delete this delegation? The event's plan keeps its planned size.";

        click(browser, By.id("delegation-delete"), question, false);
        assertThat(delegations(delegation)).isOne();

        click(browser, By.id("delegation-delete"), question, true);
        browser.waiting().until(driver -> delegations(delegation) == 0);
    }

    @Test
    void cancellingAMemberAndErasingAPersonAskFirst(Browser browser) {
        long member = meeting.person(meeting.kaunasDelegation, "Rūta", "Kazlauskienė", "LT");
        signInInEnglish(browser);
        browser.open("/delegations/" + meeting.kaunasDelegation);
        By cancel = submitOf("/members/" + member + "/cancel");

        click(browser, cancel, "Cancel this person's registration?", false);
        assertThat(status(member)).isEqualTo("CONFIRMED");
        click(browser, cancel, "Cancel this person's registration?", true);
        browser.waiting().until(driver -> status(member).equals("CANCELLED"));

        browser.open("/events/" + meeting.eventId + "/registration");
        By erase = submitOf("/registrations/" + member + "/erase");
        String question = "Erase this person's name and contact? The anonymous counts stay. This cannot be undone.";
        click(browser, erase, question, false);
        assertThat(erased(member)).isFalse();
        click(browser, erase, question, true);
        browser.waiting().until(driver -> erased(member));
    }

    @Test
    void revokingAnApiTokenAsksOnceThroughHtmx(Browser browser) {
        long user =
                accounts.findUserByEmail(meeting.coordinatorEmail).orElseThrow().id();
        accounts.createApiToken(user, "Spreadsheet sync");
        signInInEnglish(browser);
        browser.open("/profile");
        By revoke = By.cssSelector("#tokens form[action*='/revoke'] button[type=submit]");
        String question = "Revoke token \"Spreadsheet sync\"? Scripts that use it will stop working.";

        click(browser, revoke, question, false);
        noSecondQuestion(browser);
        assertThat(browser.isPresent(revoke)).isTrue();
        assertThat(accounts.listApiTokens(user)).hasSize(1);

        click(browser, revoke, question, true);
        noSecondQuestion(browser);
        browser.waiting().until(driver -> !browser.isPresent(revoke));
        assertThat(accounts.listApiTokens(user)).isEmpty();
    }

    String linkToken(long delegation) {
        return jdbc.sql("select link_token from event_delegation where id = :id")
                .param("id", delegation)
                .query(String.class)
                .single();
    }

    int delegations(long delegation) {
        return jdbc.sql("select count(*) from event_delegation where id = :id")
                .param("id", delegation)
                .query(Integer.class)
                .single();
    }

    String status(long registration) {
        return jdbc.sql("select status from event_registration where id = :id")
                .param("id", registration)
                .query(String.class)
                .single();
    }

    boolean erased(long registration) {
        return jdbc.sql("select count(*) from event_registration where id = :id and erased_at is not null")
                        .param("id", registration)
                        .query(Integer.class)
                        .single()
                > 0;
    }
}
