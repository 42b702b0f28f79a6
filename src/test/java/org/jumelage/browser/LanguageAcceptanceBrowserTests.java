package org.jumelage.browser;

import static org.assertj.core.api.Assertions.assertThat;

import jakarta.mail.internet.MimeMessage;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.List;
import java.util.Properties;
import java.util.regex.Pattern;
import org.jumelage.account.AccountManagement;
import org.jumelage.account.Role;
import org.jumelage.event.EventManagement;
import org.jumelage.network.OrganisationManagement;
import org.jumelage.network.OrganisationSummary;
import org.jumelage.participation.RegistrationSettingsManagement;
import org.jumelage.project.PartnerRole;
import org.jumelage.project.ProjectManagement;
import org.jumelage.support.ParticipantRows;
import org.jumelage.support.RegistrationFixtures;
import org.jumelage.support.RegistrationFixtures.Meeting;
import org.jumelage.support.RegistryFixtures;
import org.jumelage.support.TestMailServer;
import org.jumelage.support.TestUsers;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;
import org.openqa.selenium.support.ui.Select;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;

/**
 * Issue 16's acceptance: a Polish participant opens the Poznań delegation's link and reads Polish,
 * registers, gets the confirmation in Polish with the event's {@code .ics}, and finds the personal page
 * in Polish; a Serbian participant of the Novi Sad delegation does the same in Cyrillic; the paper
 * participant list's headings follow the language chosen. Texts are compared with the language's own
 * file ({@code translation_pl}, {@code translation_sr}), so an English fallback fails the test. At
 * 360 px the registration form and the personal page fit (German, Finnish, Greek and Serbian too).
 */
@BrowserTest
class LanguageAcceptanceBrowserTests {

    static final Pattern CYRILLIC = Pattern.compile("\\p{IsCyrillic}{3,}");

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

    @Autowired
    TestMailServer mail;

    @Autowired
    org.jumelage.publicity.Publications publications;

    @Autowired
    org.jumelage.participation.RegistrationManagement registrations;

    record Delegation(Meeting meeting, String token) {}

    /** The meeting of {@link RegistrationFixtures} with one more partner, a town of {@code country}, and its delegation. */
    Delegation delegationFrom(long town, String country, String name) {
        Meeting meeting =
                new RegistrationFixtures(organisations, accounts, projects, events, settings, jdbc).meeting(null);
        RegistryFixtures registry = new RegistryFixtures(organisations, accounts);
        OrganisationSummary partner = registry.municipality(town, country, name);
        registry.member(partner, Role.PARTNER);
        projects.addPartner(meeting.coordinator(), meeting.projectId(), partner.id(), null, PartnerRole.PARTNER);
        long partnerId = projects.partners(meeting.coordinator(), meeting.projectId()).stream()
                .filter(candidate -> Long.valueOf(partner.id()).equals(candidate.organisationId()))
                .findFirst()
                .orElseThrow()
                .id();
        long delegation = new ParticipantRows(jdbc).delegation(meeting.eventId(), partnerId, partner.id(), country);
        String token = jdbc.sql("select link_token from event_delegation where id = :id")
                .param("id", delegation)
                .query(String.class)
                .single();
        return new Delegation(meeting, token);
    }

    long town(String name, String country) {
        return jdbc.sql("select id from town where name = :name and country = :country order by population desc")
                .param("name", name)
                .param("country", country)
                .query(Long.class)
                .list()
                .get(0);
    }

    /** A text of a language's own file; English and Latvian from the module bundles. */
    static String text(String tag, String key) {
        Properties texts = org.jumelage.support.LanguageTexts.of(tag);
        String text = texts.getProperty(key);
        assertThat(text).as("%s in the texts of %s", key, tag).isNotBlank();
        return text;
    }

    /** The words of a message around its arguments: {@code "Rejestracja na {0}"} → {@code ["Rejestracja na"]}. */
    static List<String> words(String message) {
        return Pattern.compile("\\{[^{}]*}")
                .splitAsStream(message.replace("''", "'"))
                .map(String::strip)
                .filter(part -> !part.isEmpty())
                .toList();
    }

    /** Registers through the page shown, in whatever language it is, and returns the e-mail address used. */
    String register(Browser browser, String first, String last, String country) {
        String email = TestUsers.uniqueEmail(first.toLowerCase(java.util.Locale.ROOT));
        browser.type(By.id("firstName"), first);
        browser.type(By.id("lastName"), last);
        browser.type(By.id("email"), email);
        browser.type(By.id("town"), "Poznań");
        new Select(browser.find(By.id("country"))).selectByValue(country);
        new Select(browser.find(By.id("ageBand"))).selectByValue("55-plus");
        browser.find(By.id("consent1")).click();
        browser.find(By.id("registration-submit")).click();
        browser.waitFor(By.id("registration-personal-link"));
        return email;
    }

    @Test
    void aPolishParticipantRegistersInPolishThroughThePoznanDelegationLink(Browser browser) throws Exception {
        Delegation poznan = delegationFrom(RegistryFixtures.POZNAN, "PL", "Urząd Miasta Poznania");

        browser.open("/register/d/" + poznan.token());
        browser.waitForLanguage("pl");
        assertThat(browser.heading())
                .startsWith(words(text("pl", "event.registration.page.title")).get(0));
        assertThat(browser.find(By.id("registration-submit")).getText())
                .isEqualTo(text("pl", "event.registration.submit"));
        assertThat(browser.find(By.cssSelector("label[for=firstName]")).getText())
                .contains(text("pl", "event.registration.field.first-name"));
        assertNarrowPageFits(browser, "the Polish registration form");

        String email = register(browser, "Halina", "Wiśniewska", "PL");
        assertThat(browser.language()).isEqualTo("pl");
        assertThat(browser.find(By.id("registration-status")).getText())
                .contains(words(text("pl", "event.registration.done.confirmed")).get(0));

        browser.find(By.id("registration-personal-link")).click();
        browser.waitFor(By.id("registration-qr"));
        assertThat(browser.language()).isEqualTo("pl");
        assertThat(browser.find(By.id("registration-status")).getText())
                .isEqualTo(text("pl", "event.registration.status.CONFIRMED"));
        String personalHeading = browser.heading();
        assertThat(personalHeading)
                .startsWith(
                        words(text("pl", "event.registration.personal.title")).get(0));
        assertNarrowPageFits(browser, "the Polish personal page");

        MimeMessage confirmation =
                mail.awaitMessagesTo(email, Duration.ofSeconds(15)).get(0);
        assertThat(confirmation.getSubject())
                .contains(words(text("pl", "event.registration.mail.subject.confirmed"))
                        .get(0));
        String body = TestMailServer.textOf(confirmation);
        assertThat(body)
                .contains(words(text("pl", "event.registration.mail.greeting")).get(0))
                .contains(words(text("pl", "event.registration.mail.footer")).get(0));
        TestMailServer.Attachment ics = TestMailServer.attachmentsOf(confirmation).stream()
                .filter(attachment -> attachment.fileName().endsWith(".ics"))
                .findFirst()
                .orElseThrow();
        String calendar = new String(ics.content(), StandardCharsets.UTF_8).replace("\r\n ", "");
        assertThat(calendar).contains("SUMMARY").contains("DESCRIPTION");
        // The summary is the event's title as the Polish reader gets it (the personal page's heading has
        // the same: the Polish title once the event has one), the description the personal link.
        String summary = calendar.lines()
                .filter(line -> line.startsWith("SUMMARY"))
                .findFirst()
                .orElseThrow()
                .replaceFirst("^SUMMARY[^:]*:", "");
        assertThat(personalHeading).contains(summary);
        assertThat(calendar).contains("/registration/");
        assertThat(browser.consoleErrors()).isEmpty();
    }

    @Test
    void aSerbianParticipantRegistersInCyrillicThroughTheNoviSadDelegationLink(Browser browser) throws Exception {
        Delegation noviSad = delegationFrom(town("Novi Sad", "RS"), "RS", "Град Нови Сад");

        browser.open("/register/d/" + noviSad.token());
        browser.waitForLanguage("sr");
        assertThat(browser.heading()).containsPattern(CYRILLIC);
        assertThat(browser.find(By.id("registration-submit")).getText())
                .isEqualTo(text("sr", "event.registration.submit"))
                .containsPattern(CYRILLIC);
        assertNarrowPageFits(browser, "the Serbian registration form");

        String email = register(browser, "Милица", "Петровић", "RS");
        browser.find(By.id("registration-personal-link")).click();
        browser.waitFor(By.id("registration-qr"));
        assertThat(browser.language()).isEqualTo("sr");
        assertThat(browser.find(By.id("registration-status")).getText())
                .isEqualTo(text("sr", "event.registration.status.CONFIRMED"))
                .containsPattern(CYRILLIC);

        MimeMessage confirmation =
                mail.awaitMessagesTo(email, Duration.ofSeconds(15)).get(0);
        assertThat(confirmation.getSubject()).containsPattern(CYRILLIC);
        assertThat(TestMailServer.textOf(confirmation))
                .contains(words(text("sr", "event.registration.mail.greeting")).get(0))
                .containsPattern(CYRILLIC);
        assertThat(browser.consoleErrors()).isEmpty();
    }

    @Test
    void theParticipantListsHeadingsFollowTheChosenLanguage(Browser browser) {
        Delegation poznan = delegationFrom(RegistryFixtures.POZNAN, "PL", "Urząd Miasta Poznania");
        browser.open("/register/d/" + poznan.token());
        browser.waitForLanguage("pl");
        register(browser, "Jan", "Kowalski", "PL");

        browser.signIn(poznan.meeting().coordinatorEmail(), TestUsers.PASSWORD);
        for (String tag : List.of("pl", "sr", "de")) {
            browser.open("/events/" + poznan.meeting().eventId() + "/attendance/paper?lang=" + tag);
            browser.waitForLanguage(tag);
            assertThat(browser.find(By.tagName("h1")).getText()).isEqualTo(text(tag, "event.attendance.paper.title"));
            assertThat(browser.driver().findElements(By.cssSelector("#paper-table thead th")).stream()
                            .map(cell -> cell.getText())
                            .toList())
                    .contains(text(tag, "event.attendance.name"), text(tag, "event.attendance.delegation"));
        }
        assertThat(browser.consoleErrors()).isEmpty();
    }

    /** The registration form, the personal page and the public event page fit a 360 px phone in the longest languages and other scripts. */
    @Test
    void theRegistrationPagesFitAPhoneInGermanFinnishGreekAndSerbian(Browser browser) {
        Meeting meeting =
                new RegistrationFixtures(organisations, accounts, projects, events, settings, jdbc).meeting(null);
        publications.publishProject(meeting.coordinator(), meeting.projectId(), true);
        publications.publishEvent(meeting.coordinator(), meeting.eventId(), true);
        String manageToken = registrations.manageToken(registrations
                .registerPublicly(meeting.publicToken(), RegistrationFixtures.citizen("Ona", "Kazlauskienė", null))
                .id());
        for (String tag : List.of("de", "fi", "el", "sr")) {
            browser.open("/" + tag + "/events/" + meeting.eventId());
            browser.waitForLanguage(tag);
            assertNarrowPageFits(browser, "the public event page in " + tag);
            browser.open("/registration/" + manageToken + "?lang=" + tag);
            browser.waitForLanguage(tag);
            assertNarrowPageFits(browser, "the personal page in " + tag);
            browser.open("/register/" + meeting.publicToken() + "?lang=" + tag);
            browser.waitForLanguage(tag);
            assertNarrowPageFits(browser, "the registration form in " + tag);
            browser.find(By.id("registration-submit")).click();
            browser.waitFor(By.cssSelector(".invalid-feedback, .alert-danger"));
            assertNarrowPageFits(browser, "the registration form's errors in " + tag);
            // The refused form answers 422, which the console reports as a failed request.
            browser.consoleErrors();
        }
        assertThat(browser.consoleErrors()).isEmpty();
    }

    static void assertNarrowPageFits(Browser browser, String page) {
        try {
            StaffPagesBrowserTests.emulateWidth(browser, 360);
            assertThat(StaffPagesBrowserTests.overflow(browser))
                    .as("%s at 360 px", page)
                    .isNull();
        } finally {
            ((org.openqa.selenium.chromium.HasCdp) browser.driver())
                    .executeCdpCommand("Emulation.clearDeviceMetricsOverride", java.util.Map.of());
        }
    }
}
