package org.jumelage.browser;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Clock;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.UUID;
import java.util.regex.Matcher;
import org.jumelage.account.AccountManagement;
import org.jumelage.event.EventManagement;
import org.jumelage.network.OrganisationManagement;
import org.jumelage.participation.RegistrationSettingsManagement;
import org.jumelage.project.ProjectManagement;
import org.jumelage.publicity.NewsArticle;
import org.jumelage.publicity.NewsArticleDraft;
import org.jumelage.publicity.NewsManagement;
import org.jumelage.publicity.PublicSiteFixture;
import org.jumelage.publicity.Publications;
import org.jumelage.shared.Languages;
import org.jumelage.shared.LocalizedText;
import org.jumelage.support.PseudoLocalisedMessages;
import org.jumelage.support.RegistrationFixtures;
import org.jumelage.support.RegistrationFixtures.Meeting;
import org.jumelage.support.TestMailServer;
import org.jumelage.support.TestUsers;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.openqa.selenium.By;
import org.openqa.selenium.chromium.HasCdp;
import org.openqa.selenium.support.ui.Select;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.context.SpringBootTest.WebEnvironment;
import org.springframework.context.annotation.Import;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.test.context.ContextConfiguration;

/**
 * The pseudo-localised run: the whole application with every text of the bundles pseudo-localised
 * ({@link PseudoLocalisedMessages}: accented, 40 % longer, in {@code ⟦…⟧}) on a server of its own. It
 * walks the participant surfaces (public site, registration by the public and the delegation link, its
 * errors, the confirmation, the personal page, the cancellation, the not-found pages) and a handful of
 * staff pages, and fails on text that is neither in brackets nor data the pages show (names, titles,
 * places, numbers, dates, country and language names), that is text that is not in the bundles, and
 * on pages wider than a 360 px phone or a 1280 px laptop with the longer words.
 */
@SpringBootTest(
        webEnvironment = WebEnvironment.RANDOM_PORT,
        properties = {
            "logging.level.org.openqa.selenium.devtools.CdpVersionFinder=ERROR",
            "logging.level.org.openqa.selenium.chromium.ChromiumDriver=ERROR"
        })
@Import(PseudoLocalisedMessages.class)
@ContextConfiguration(initializers = TestMailServer.Initializer.class)
@ExtendWith(ChromiumExtension.class)
class PseudoLocalisedBrowserTests {

    /** The tables whose texts pages show as data (names, titles, places, people). */
    static final List<String> DATA_TABLES = List.of(
            "organisation",
            "project",
            "project_outcome",
            "event",
            "event_host",
            "event_delegation",
            "event_registration",
            "event_consent_text",
            "news_article",
            "news_tag",
            "town",
            "user_account");

    /** The programmes' and measures' names as the programmes publish them (data, not texts of the bundles). */
    static final java.nio.file.Path PROGRAMMES = java.nio.file.Path.of("src/main/resources/programme/catalogue.json");

    /** Names of formats written the same in every language. */
    static final List<String> PROPER_NOUNS =
            List.of("PDF", "Excel", "CSV", "Jumelage", "QR", "iCalendar", "RSS", "Atom");

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
    Publications publications;

    @Autowired
    NewsManagement news;

    @Autowired
    JdbcClient jdbc;

    @Autowired
    Clock clock;

    @Test
    void everyTextOnTheParticipantAndStaffPagesComesFromTheBundlesAndFitsLongerWords(Browser browser) {
        assertThat(PseudoLocalisedMessages.pseudo("Register")).isEqualTo("⟦Ŕéğíšŧéŕẋẋẋẋ⟧");

        PublicSiteFixture site =
                new PublicSiteFixture(organisations, accounts, projects, events, publications, jdbc, clock);
        String tag = "pseudo-" + UUID.randomUUID().toString().substring(0, 6);
        NewsArticle article = news.create(
                site.meeting.coordinator,
                new NewsArticleDraft(
                        null,
                        LocalizedText.of("Tikšanās " + tag, "Meeting in Daugavpils " + tag),
                        LocalizedText.of("Partneri tikās.", "Partners from **Lithuania** and Poland met."),
                        site.projectId,
                        site.pastEventId,
                        List.of(tag),
                        null));
        article = news.publish(site.meeting.coordinator, article.id(), true);
        Meeting meeting =
                new RegistrationFixtures(organisations, accounts, projects, events, settings, jdbc).meeting(null);
        String email = TestUsers.uniqueEmail("pseudo");
        words("Ona Petrauskienė", data());

        List<String> findings = new ArrayList<>();
        // Public site
        check(browser, "/en", findings);
        check(browser, "/en/projects/" + site.projectId, findings);
        check(browser, "/en/events/" + site.upcomingEventId, findings);
        check(browser, "/en/events/" + site.pastEventId + "/information", findings);
        check(browser, "/en/news", findings);
        check(browser, "/en/news/" + article.slug(), findings);
        check(browser, "/en/events/" + site.hiddenEventId, findings);
        // Registration: the public link, the delegation link, its errors, confirmation, personal page, cancellation
        check(browser, "/register/" + meeting.publicToken() + "?lang=en", findings);
        check(browser, "/register/d/" + meeting.delegationToken() + "?lang=en", findings);
        browser.find(By.id("registration-submit")).click();
        browser.waitFor(By.cssSelector(".invalid-feedback, .alert-danger"));
        look(browser, "the registration form's errors", findings);
        browser.type(By.id("firstName"), "Ona");
        browser.type(By.id("lastName"), "Petrauskienė");
        browser.type(By.id("email"), email);
        browser.type(By.id("town"), "Kaunas");
        new Select(browser.find(By.id("country"))).selectByValue("LT");
        new Select(browser.find(By.id("ageBand"))).selectByValue("55-plus");
        if (!browser.find(By.id("consent1")).isSelected()) {
            browser.find(By.id("consent1")).click();
        }
        browser.find(By.id("registration-submit")).click();
        browser.waitFor(By.id("registration-personal-link"));
        look(browser, "the confirmation", findings);
        browser.find(By.id("registration-personal-link")).click();
        browser.waitFor(By.id("registration-qr"));
        look(browser, "the personal page", findings);
        browser.find(By.id("registration-cancel")).click();
        browser.waitFor(By.id("registration-cancel-confirm"));
        look(browser, "the cancellation page", findings);
        // Staff pages
        browser.signIn(meeting.coordinatorEmail(), TestUsers.PASSWORD);
        check(browser, "/", findings);
        check(browser, "/projects/" + meeting.projectId(), findings);
        check(browser, "/events/" + meeting.eventId(), findings);
        check(browser, "/events/" + meeting.eventId() + "/lists", findings);
        check(browser, "/events/" + meeting.eventId() + "/registration", findings);
        check(browser, "/no-such-page-" + tag, findings);

        findings.forEach(System.out::println);
        assertThat(findings)
                .as("texts not from the bundles, and pages too wide")
                .isEmpty();
    }

    private void check(Browser browser, String path, List<String> findings) {
        browser.open(path);
        browser.waitFor(By.tagName("main"));
        look(browser, path, findings);
    }

    /** The page's texts not from the bundles, and its width at 360 and 1280 px. */
    private void look(Browser browser, String page, List<String> findings) {
        String text = (String) browser.script("return document.body.innerText;");
        for (String line : notFromTheBundles(text)) {
            findings.add(page + ": text not from the bundles: " + line);
        }
        try {
            for (int width : new int[] {360, 1280}) {
                StaffPagesBrowserTests.emulateWidth(browser, width);
                String overflow = StaffPagesBrowserTests.overflow(browser);
                if (overflow != null) {
                    findings.add(page + " at " + width + " px is wider than the window: " + overflow);
                }
            }
        } finally {
            ((HasCdp) browser.driver()).executeCdpCommand("Emulation.clearDeviceMetricsOverride", Map.of());
        }
        // A not-found page's own status shows in the console as a failed request: that is expected.
        browser.consoleErrors();
    }

    private Set<String> data;

    /** Every word of the texts in the data tables, and of country and language names. */
    private Set<String> data() {
        if (data == null) {
            data = new HashSet<>();
            for (String table : DATA_TABLES) {
                for (Map<String, Object> row :
                        jdbc.sql("select * from " + table).query().listOfRows()) {
                    row.values().stream()
                            .filter(String.class::isInstance)
                            .forEach(value -> words((String) value, data));
                }
            }
            try {
                words(java.nio.file.Files.readString(PROGRAMMES), data);
            } catch (java.io.IOException e) {
                throw new java.io.UncheckedIOException(e);
            }
            PROPER_NOUNS.forEach(noun -> data.add(noun.toLowerCase(Locale.ROOT)));
            for (String language : Languages.ALL) {
                Locale locale = Locale.forLanguageTag(language);
                for (String country : Locale.getISOCountries()) {
                    words(new Locale("", country).getDisplayCountry(locale), data);
                }
                words(locale.getDisplayLanguage(Locale.ENGLISH), data);
                for (String reader : Languages.ALL) {
                    // language names in every reader's language, as the working-language choices show them (CLDR)
                    words(locale.getDisplayName(Locale.forLanguageTag(reader)), data);
                }
            }
            for (String month : new java.text.DateFormatSymbols(Locale.ENGLISH).getShortMonths()) {
                words(month, data);
            }
            for (String month : new java.text.DateFormatSymbols(Locale.ENGLISH).getMonths()) {
                words(month, data);
            }
        }
        return data;
    }

    private static void words(String value, Set<String> into) {
        if (value == null) {
            return;
        }
        Matcher word = PseudoLocalisedMessages.WORD.matcher(
                PseudoLocalisedMessages.NOT_WORDS.matcher(value).replaceAll(" "));
        while (word.find()) {
            into.add(word.group().toLowerCase(Locale.ROOT));
        }
    }

    /** A word of the data, or words of the data run together ({@code PDFExcelCSV}: links side by side). */
    private boolean known(String word) {
        return data().contains(word.toLowerCase(Locale.ROOT))
                || java.util.Arrays.stream(word.split("(?<=\\p{Ll})(?=\\p{Lu})|(?<=\\p{Lu})(?=\\p{Lu}\\p{Ll})"))
                        .allMatch(part -> data().contains(part.toLowerCase(Locale.ROOT)));
    }

    /** The lines of a page's text that keep words outside brackets which are not data. */
    private Set<String> notFromTheBundles(String text) {
        return PseudoLocalisedMessages.wordsOutsideBrackets(text, this::known);
    }
}
