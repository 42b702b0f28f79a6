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
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.Alert;
import org.openqa.selenium.By;
import org.openqa.selenium.support.ui.ExpectedConditions;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;

/**
 * The first day of a newcomer, walked as one path (issue 13's acceptance): a visitor's {@code /}
 * leads to the public site, whose sign-in link leads to the desk; a destructive button on the way
 * asks first; and the desk fits the screen at 360, 390, 1024 and 1280 pixels in both languages,
 * for a coordinator and for an administrator.
 */
@BrowserTest
class NewcomerPathBrowserTests {

    static final int[] WIDTHS = {360, 390, 1024, 1280};

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

    @Test
    void aCoordinatorWalksFromTheVisitorsHomeToTheDeskAndIsAskedBeforeDeleting(Browser browser) {
        browser.open("/?lang=en");
        browser.waitFor(By.id("public-brand"));
        assertThat(browser.path()).as("a visitor's / is the public site").startsWith("/en");
        assertThat(browser.isPresent(By.id("nav-user-menu"))).isFalse();

        browser.find(By.id("public-sign-in")).click();
        browser.waitForPath("/sign-in");
        browser.type(By.id("email"), meeting.coordinatorEmail);
        browser.type(By.id("password"), TestUsers.PASSWORD);
        browser.find(By.id("sign-in-submit")).click();
        browser.waitForPath("/");
        browser.waitFor(By.id("desk"));
        assertThat(browser.isPresent(By.id("desk-upcoming"))).isTrue();
        assertThat(browser.isPresent(By.id("desk-activity"))).isTrue();

        browser.open("/projects/" + meeting.projectId);
        browser.waitFor(By.id("project-delete")).click();
        Alert question = browser.waiting().until(ExpectedConditions.alertIsPresent());
        assertThat(question.getText()).isNotBlank();
        question.dismiss();
        assertThat(browser.path()).isEqualTo("/projects/" + meeting.projectId);
        assertThat(projects.find(meeting.coordinator, meeting.projectId))
                .as("refusing the question keeps the project")
                .isPresent();
    }

    @Test
    void theDeskFitsEveryWidthInBothLanguagesForACoordinatorAndAnAdministrator(Browser browser) {
        List<String> overflows = new ArrayList<>();
        for (String[] person : new String[][] {
            {meeting.coordinatorEmail, TestUsers.PASSWORD}, {TestUsers.ADMIN_EMAIL, TestUsers.ADMIN_PASSWORD}
        }) {
            browser.driver().manage().deleteAllCookies();
            browser.signIn(person[0], person[1]);
            for (String language : List.of("en", "lv")) {
                browser.open("/?lang=" + language);
                browser.waitForLanguage(language);
                browser.waitFor(By.id("desk"));
                for (int width : WIDTHS) {
                    StaffPagesBrowserTests.emulateWidth(browser, width);
                    String overflow = StaffPagesBrowserTests.overflow(browser);
                    if (overflow != null) {
                        overflows.add(person[0] + " " + language + " at " + width + " px: " + overflow);
                    }
                }
                StaffPagesBrowserTests.emulateWidth(browser, 1280);
            }
        }
        assertThat(overflows).as("pages wider than the window").isEmpty();
    }
}
