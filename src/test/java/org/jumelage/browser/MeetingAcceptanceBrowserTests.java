package org.jumelage.browser;

import static org.assertj.core.api.Assertions.assertThat;

import jakarta.mail.internet.MimeMessage;
import java.io.IOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.time.Duration;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Collectors;
import net.fortuna.ical4j.data.CalendarBuilder;
import net.fortuna.ical4j.model.Calendar;
import net.fortuna.ical4j.model.component.VEvent;
import org.apache.pdfbox.Loader;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.text.PDFTextStripper;
import org.jumelage.account.AccountManagement;
import org.jumelage.account.Role;
import org.jumelage.account.SignedInUser;
import org.jumelage.event.EventDraft;
import org.jumelage.event.EventManagement;
import org.jumelage.event.EventType;
import org.jumelage.event.HostPlaceInput;
import org.jumelage.network.OrganisationManagement;
import org.jumelage.network.OrganisationSummary;
import org.jumelage.participation.DelegationDraft;
import org.jumelage.participation.DelegationManagement;
import org.jumelage.project.PartnerRole;
import org.jumelage.project.PartnerSummary;
import org.jumelage.project.ProjectDraft;
import org.jumelage.project.ProjectManagement;
import org.jumelage.shared.LocalizedText;
import org.jumelage.support.ProjectDrafts;
import org.jumelage.support.RegistryFixtures;
import org.jumelage.support.TestMailServer;
import org.jumelage.support.TestUsers;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;
import org.openqa.selenium.Cookie;
import org.openqa.selenium.NoSuchElementException;
import org.springframework.beans.factory.annotation.Autowired;

/**
 * Issue 5's acceptance path, end to end in Chromium: the coordinator opens registration; a citizen
 * of Kaunas registers through the Kaunas delegation's private link; the confirmation mail arrives
 * at the embedded SMTP server with an {@code .ics} and the personal link, which shows the QR code;
 * staff check the person in; the event's attendance and the project's grant panel change; the
 * official participant list PDF names the person.
 */
@BrowserTest
class MeetingAcceptanceBrowserTests {

    private static final Pattern PERSONAL_LINK = Pattern.compile("https?://[^/\\s]+(/registration/[A-Za-z0-9_-]+)");

    @Autowired
    OrganisationManagement organisations;

    @Autowired
    AccountManagement accounts;

    @Autowired
    ProjectManagement projects;

    @Autowired
    EventManagement events;

    @Autowired
    DelegationManagement delegations;

    @Autowired
    TestMailServer mail;

    @Test
    void fromOpeningRegistrationToTheSignedList(Browser browser) throws Exception {
        RegistryFixtures registry = new RegistryFixtures(organisations, accounts);
        OrganisationSummary daugavpils =
                registry.municipality(RegistryFixtures.DAUGAVPILS, "LV", "Daugavpils pilsētas dome");
        OrganisationSummary kaunas = registry.municipality(RegistryFixtures.KAUNAS, "LT", "Kauno savivaldybė");
        String coordinatorEmail = registry.member(daugavpils, Role.COORDINATOR);
        SignedInUser coordinator = accounts.signedInUser(
                        accounts.findUserByEmail(coordinatorEmail).orElseThrow().id())
                .orElseThrow();
        long projectId = projects.create(coordinator, project(daugavpils)).id();
        projects.addPartner(coordinator, projectId, kaunas.id(), null, PartnerRole.PARTNER);
        PartnerSummary kaunasPartner = projects.partners(coordinator, projectId).stream()
                .filter(partner -> Long.valueOf(kaunas.id()).equals(partner.organisationId()))
                .findFirst()
                .orElseThrow();
        long eventId = events.create(
                        coordinator,
                        projectId,
                        new EventDraft(
                                LocalizedText.of("Partneru tikšanās Daugavpilī", "Partner meeting in Daugavpils"),
                                EventType.PARTNER_MEETING,
                                List.of(new HostPlaceInput(RegistryFixtures.DAUGAVPILS, null, null)),
                                "Marka Rotko mākslas centrs",
                                LocalDate.of(2018, 11, 8),
                                LocalDate.of(2018, 11, 12),
                                "Europe/Riga",
                                LocalizedText.of(null, null),
                                Map.of(kaunasPartner.id(), 25)))
                .id();
        org.jumelage.participation.DelegationSummary delegation = delegations.create(
                coordinator,
                eventId,
                new DelegationDraft(kaunasPartner.id(), kaunas.id(), "LT", 25, "Rasa Kazlauskienė", null));
        String delegationToken = delegation.linkToken();

        // 1. The coordinator opens registration.
        browser.signIn(coordinatorEmail, TestUsers.PASSWORD);
        browser.open("/events/" + eventId + "/registration?lang=en");
        browser.waitForLanguage("en");
        browser.find(By.id("open1")).click();
        browser.type(By.id("consentEn"), "I agree that my data is used for the meeting and the grant's evidence.");
        browser.type(By.id("consentLv"), "Piekrītu, ka mani dati tiek izmantoti tikšanās un granta pierādījumiem.");
        org.openqa.selenium.WebElement save = browser.find(By.id("registration-settings-save"));
        save.click();
        browser.waiting().until(org.openqa.selenium.support.ui.ExpectedConditions.stalenessOf(save));
        browser.open("/events/" + eventId + "?lang=en");
        waitForText(browser, By.id("event-registration-state"), "Registration is open.");

        // 2. A citizen of Kaunas registers through the delegation's link, without an account.
        browser.driver().manage().deleteAllCookies();
        String email = TestUsers.uniqueEmail("ona");
        browser.open("/register/d/" + delegationToken + "?lang=en");
        browser.waitFor(By.id("registration-submit"));
        browser.type(By.id("firstName"), "Ona");
        browser.type(By.id("lastName"), "Žemaitytė");
        browser.type(By.id("email"), email);
        browser.find(By.id("consent1")).click();
        browser.find(By.id("registration-submit")).click();
        waitForText(browser, By.id("registration-status"), "is confirmed");

        // 3. The confirmation mail arrives with the meeting as an .ics and the personal link.
        MimeMessage confirmation =
                mail.awaitMessagesTo(email, Duration.ofSeconds(30)).get(0);
        String text = TestMailServer.textOf(confirmation);
        assertThat(text).contains("Partner meeting in Daugavpils");
        TestMailServer.Attachment ics = TestMailServer.attachmentsOf(confirmation).stream()
                .filter(attachment -> attachment.fileName().endsWith(".ics"))
                .findFirst()
                .orElseThrow(() -> new AssertionError("the confirmation has no .ics attachment"));
        Calendar calendar = new CalendarBuilder().build(new java.io.ByteArrayInputStream(ics.content()));
        VEvent meeting = calendar.<VEvent>getComponent("VEVENT").orElseThrow();
        assertThat(meeting.getSummary().getValue()).isEqualTo("Partner meeting in Daugavpils");
        Matcher link = PERSONAL_LINK.matcher(text);
        assertThat(link.find()).as("the mail's personal link, in: %s", text).isTrue();
        browser.open(link.group(1) + "?lang=en");
        browser.waitFor(By.id("registration-qr"));
        browser.waiting()
                .withMessage("the QR code image to load")
                .until(driver ->
                        ((Number) browser.script("return document.getElementById('registration-qr').naturalWidth;"))
                                        .intValue()
                                > 0);

        // 4. Staff check her in at the door by name.
        browser.driver().manage().deleteAllCookies();
        browser.signIn(coordinatorEmail, TestUsers.PASSWORD);
        browser.open("/events/" + eventId + "/check-in?day=2018-11-08&lang=en");
        browser.waitForLanguage("en");
        browser.type(By.id("checkin-q"), "Žemait");
        browser.waiting()
                .ignoring(NoSuchElementException.class)
                .withMessage("Ona should be found")
                .until(driver -> driver.findElement(By.cssSelector("#checkin-results .checkin-button")));
        browser.find(By.cssSelector("#checkin-results .checkin-button")).click();
        waitForText(browser, By.id("checkin-outcome"), "Ona Žemaitytė (LT) is checked in for 2018-11-08.");

        // 5. The attendance and the grant panel show her.
        browser.open("/events/" + eventId + "/statistics?lang=en");
        waitForText(browser, By.id("stats-present"), "1");
        assertThat(browser.find(By.id("stats-registered")).getText()).isEqualTo("1");
        browser.open("/projects/" + projectId + "?lang=en");
        String attended = textOnceItContains(
                browser,
                By.cssSelector("#grant-checks tr[data-rule=min-invited-participants] td:nth-of-type(3)"),
                "1 invited participant;");
        assertThat(attended).contains("1 invited participant; at least 25 needed");
        assertThat(browser.find(By.cssSelector("#grant-checks thead")).getText())
                .contains("Planned", "Registered", "Attended");

        // 6. The official participant list of the Kaunas delegation names her.
        String pdf =
                pdfText(browser, "/events/" + eventId + "/participant-list?format=pdf&delegation=" + delegation.id());
        assertThat(pdf).contains("Ona Žemaitytė").contains("Lietuva").contains("Partner meeting in Daugavpils");
    }

    private static String pdfText(Browser browser, String path) throws IOException, InterruptedException {
        String cookies = browser.driver().manage().getCookies().stream()
                .map(Cookie::toString)
                .map(cookie -> cookie.substring(0, cookie.indexOf(';') < 0 ? cookie.length() : cookie.indexOf(';')))
                .collect(Collectors.joining("; "));
        HttpResponse<byte[]> response = HttpClient.newHttpClient()
                .send(
                        HttpRequest.newBuilder(URI.create(browser.baseUrl() + path))
                                .header("Cookie", cookies)
                                .build(),
                        HttpResponse.BodyHandlers.ofByteArray());
        assertThat(response.statusCode()).isEqualTo(200);
        assertThat(response.headers().firstValue("Content-Type"))
                .hasValueSatisfying(type -> assertThat(type).startsWith("application/pdf"));
        try (PDDocument document = Loader.loadPDF(response.body())) {
            return new PDFTextStripper().getText(document);
        }
    }

    private static void waitForText(Browser browser, By locator, String text) {
        browser.waiting()
                .ignoring(NoSuchElementException.class)
                .withMessage(() -> "expected " + locator + " to contain " + text)
                .until(driver -> driver.findElement(locator).getText().contains(text));
    }

    private static String textOnceItContains(Browser browser, By locator, String text) {
        return browser.waiting()
                .ignoring(NoSuchElementException.class)
                .withMessage(() -> "expected " + locator + " to contain " + text)
                .until(driver -> {
                    String shown = driver.findElement(locator).getText();
                    return shown.contains(text) ? shown : null;
                });
    }

    private static ProjectDraft project(OrganisationSummary lead) {
        return ProjectDrafts.townTwinning(
                "TTAccept",
                LocalizedText.of("Pilsētu sadraudzība", "Town twinning"),
                LocalDate.of(2018, 9, 1),
                LocalDate.of(2019, 3, 1),
                lead.id());
    }
}
