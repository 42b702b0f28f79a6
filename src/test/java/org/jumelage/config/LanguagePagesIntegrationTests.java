package org.jumelage.config;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import java.nio.charset.StandardCharsets;
import java.util.Locale;
import java.util.Properties;
import java.util.stream.Stream;
import org.jsoup.Jsoup;
import org.jsoup.nodes.Document;
import org.jumelage.account.AccountManagement;
import org.jumelage.event.EventManagement;
import org.jumelage.network.OrganisationManagement;
import org.jumelage.participation.RegistrationSettingsManagement;
import org.jumelage.project.ProjectManagement;
import org.jumelage.shared.Languages;
import org.jumelage.support.JumelageIntegrationTest;
import org.jumelage.support.RegistrationFixtures;
import org.jumelage.support.RegistrationFixtures.Meeting;
import org.junit.jupiter.api.TestInstance;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.context.MessageSource;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.test.web.servlet.MockMvc;

/**
 * Every language of {@link Languages#ALL} has its public site ({@code GET /{lang}} answers
 * {@code <html lang="{lang}">}) and its registration form ({@code /register/{token}?lang={lang}}): the
 * page's language, its heading and its button are the texts of that language's bundle file.
 */
@JumelageIntegrationTest
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class LanguagePagesIntegrationTests {

    /** Stands for the event's title when a heading is compared with its message. */
    private static final String MARK = "\u0001";

    @Autowired
    MockMvc mvc;

    @Autowired
    MessageSource messages;

    @Autowired
    RegistrationSettingsManagement settings;

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

    private Meeting meeting;

    static Stream<String> languages() {
        return Languages.ALL.stream();
    }

    private Meeting meeting() {
        if (meeting == null) {
            meeting = new RegistrationFixtures(organisations, accounts, projects, events, settings, jdbc).meeting(null);
        }
        return meeting;
    }

    private Document page(String path, String... parameters) throws Exception {
        var request = get(path);
        for (int i = 0; i < parameters.length; i += 2) {
            request = request.param(parameters[i], parameters[i + 1]);
        }
        String html = mvc.perform(request)
                .andExpect(status().isOk())
                .andReturn()
                .getResponse()
                .getContentAsString(StandardCharsets.UTF_8);
        return Jsoup.parse(html);
    }

    /** The text of a key as that language's own file writes it (English and Latvian: the module bundles). */
    private static String bundleText(String tag, String key) {
        Properties texts = LanguageBundleCheck.texts(LanguageBundleTests.BUNDLES, MessageBundleTests.BASENAMES, tag);
        String text = texts.getProperty(key);
        assertThat(text).as("%s in the bundle of %s", key, tag).isNotNull();
        return text;
    }

    /** Spaces as a page's text shows them: a no-break space (French "Inscription : …") as a space, none at the ends. */
    private static String spaced(String text) {
        return text.replaceAll("[\\h\\s]+", " ").strip();
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("languages")
    void thePublicSiteAnswersInTheLanguageOfItsAddress(String tag) throws Exception {
        Document home = page("/" + tag);

        assertThat(home.selectFirst("html").attr("lang")).isEqualTo(tag);
        assertThat(spaced(home.getElementById("public-nav-home").text()))
                .isEqualTo(spaced(bundleText(tag, "publicity.site.nav.home")));
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("languages")
    void theRegistrationFormIsInTheChosenLanguage(String tag) throws Exception {
        Document form = page("/register/" + meeting().publicToken(), "lang", tag);

        assertThat(form.selectFirst("html").attr("lang")).isEqualTo(tag);
        assertThat(spaced(form.getElementById("registration-submit").text()))
                .isEqualTo(spaced(bundleText(tag, "event.registration.submit")));
        String heading =
                messages.getMessage("event.registration.page.title", new Object[] {MARK}, Locale.forLanguageTag(tag));
        String before = spaced(heading.substring(0, heading.indexOf(MARK)));
        String after = spaced(heading.substring(heading.indexOf(MARK) + MARK.length()));
        assertThat(spaced(bundleText(tag, "event.registration.page.title"))).contains(before);
        assertThat(spaced(form.getElementById("registration-title").text()))
                .startsWith(before)
                .endsWith(after);
    }
}
