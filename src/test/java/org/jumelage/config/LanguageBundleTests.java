package org.jumelage.config;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Properties;
import java.util.Set;
import java.util.TreeSet;
import java.util.stream.Stream;
import org.jumelage.shared.Languages;
import org.jumelage.shared.TranslationCoverage;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * Every language of {@link Languages#ALL} has every participant-facing text (the keys of
 * {@code i18n/participant-keys.txt}), keeps the English text's arguments, is valid ICU with its own
 * plural forms, has no key English lacks, and says its texts in its own words. And the key list is
 * what participants read: every key the participant pages, mails and PDFs name is on it.
 */
class LanguageBundleTests {

    static final Path BUNDLES = MessageBundleTests.BUNDLES;
    static final Path TEMPLATES = MessageBundleTests.TEMPLATES;
    static final Path SOURCES = Path.of("src/main/java/org/jumelage");
    static final Path PARTICIPANT_KEYS = BUNDLES.resolve("participant-keys.txt");
    static final Path ACCEPTED = Path.of("src/test/resources/i18n/accepted-english.txt");

    /** The templates a participant, a citizen or a partner's visitor sees (and what they include). */
    static final List<String> PARTICIPANT_TEMPLATES = List.of(
            "event/register.html",
            "event/registered.html",
            "event/registration.html",
            "event/registration-cancel.html",
            "event/registration-fields.html",
            "event/paper-list.html",
            "error/",
            "publicity/public/",
            "publicity/information-pdf.html",
            "layout/main.html",
            // every fragment but content-editing.html (the staff forms' fields in other languages)
            "fragments/alerts.html",
            "fragments/content.html",
            "fragments/forms.html",
            "fragments/languages.html");

    /** The classes that write participant-facing texts: public pages, registration mails and their calendar, PDFs. */
    static final List<String> PARTICIPANT_CLASSES = List.of(
            "participation/domain/RegistrationMails.java",
            "participation/web/PublicRegistrationController.java",
            "publicity/web/PublicSiteController.java",
            "publicity/web/PublicNewsController.java",
            "publicity/web/PublicPages.java",
            "publicity/web/PublicPartnerNoticeController.java",
            "publicity/domain/DefaultInformationPages.java",
            "publicity/domain/EventFeedCalendar.java",
            "event/EventCalendar.java");

    static final Properties ENGLISH = MessageBundleTests.ENGLISH;

    static final List<String> KEYS = LanguageBundleCheck.keyList(PARTICIPANT_KEYS);

    static Stream<String> languages() {
        return Languages.ALL.stream();
    }

    static Stream<String> otherLanguages() {
        return Languages.ALL.stream().filter(tag -> !tag.equals("en"));
    }

    static Properties texts(String tag) {
        return LanguageBundleCheck.texts(BUNDLES, MessageBundleTests.BASENAMES, tag);
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("languages")
    void everyLanguageHasEveryParticipantText(String tag) {
        assertThat(LanguageBundleCheck.missing(KEYS, texts(tag)))
                .as("participant-facing texts missing in %s", tag)
                .isEmpty();
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("languages")
    void everyTextKeepsTheArgumentsOfTheEnglishText(String tag) {
        assertThat(LanguageBundleCheck.argumentDifferences(ENGLISH, texts(tag)))
                .as("arguments in %s", tag)
                .isEmpty();
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("languages")
    void everyTextIsValidIcuWithTheLanguagesPluralForms(String tag) {
        assertThat(LanguageBundleCheck.icuProblems(tag, ENGLISH, texts(tag)))
                .as("ICU messages in %s", tag)
                .isEmpty();
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("otherLanguages")
    void noTranslationHasAKeyEnglishLacks(String tag) {
        assertThat(LanguageBundleCheck.unknownKeys(ENGLISH, texts(tag)))
                .as("keys of %s", tag)
                .isEmpty();
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("otherLanguages")
    void noParticipantTextIsLeftInEnglish(String tag) {
        assertThat(LanguageBundleCheck.leftInEnglish(
                        tag, KEYS, ENGLISH, texts(tag), LanguageBundleCheck.Accepted.read(ACCEPTED)))
                .as("texts of %s identical to English (accept a proper noun in %s)", tag, ACCEPTED)
                .isEmpty();
    }

    @Test
    void everyTranslationFileIsOfALanguageOfJumelage() throws IOException {
        List<String> files;
        try (Stream<Path> list = Files.list(BUNDLES)) {
            files = list.map(path -> path.getFileName().toString())
                    .filter(name -> name.startsWith(MessageBundleCheck.TRANSLATION + "_"))
                    .sorted()
                    .toList();
        }
        List<String> expected = Languages.ALL.stream()
                .map(tag -> LanguageBundleCheck.translationFile(BUNDLES, tag)
                        .getFileName()
                        .toString())
                .toList();
        assertThat(expected).containsAll(files);
    }

    @Test
    void everyListedKeyHasAnEnglishTextAndEveryAcceptedEntryIsUsed() {
        assertThat(KEYS).doesNotHaveDuplicates();
        assertThat(KEYS.stream().filter(key -> !ENGLISH.containsKey(key)))
                .as("keys in %s without an English text", PARTICIPANT_KEYS)
                .isEmpty();
        assertThat(LanguageBundleCheck.Accepted.read(ACCEPTED).stream()
                        .filter(entry -> KEYS.stream().noneMatch(key -> entry.covers(entry.language(), key))))
                .as("entries of %s that no participant key matches", ACCEPTED)
                .isEmpty();
    }

    @Test
    void everyKeyTheParticipantPagesNameIsAParticipantKey() throws IOException {
        Set<String> listed = new TreeSet<>(KEYS);
        List<String> unlisted = new ArrayList<>();
        for (String entry : PARTICIPANT_TEMPLATES) {
            Path location = TEMPLATES.resolve(entry);
            assertThat(location).as("participant template %s", entry).exists();
            List<Path> templates = entry.endsWith("/") ? MessageBundleCheck.templates(location) : List.of(location);
            for (Path template : templates) {
                unlisted.addAll(LanguageBundleCheck.unlisted(
                        TEMPLATES.relativize(template).toString(),
                        LanguageBundleCheck.keysUsedInTemplate(Files.readString(template), ENGLISH),
                        listed));
            }
        }
        for (String entry : PARTICIPANT_CLASSES) {
            Path source = SOURCES.resolve(entry);
            assertThat(source).as("participant-facing class %s", entry).exists();
            unlisted.addAll(LanguageBundleCheck.unlisted(
                    entry, LanguageBundleCheck.keysUsedInJava(Files.readString(source), ENGLISH), listed));
        }
        assertThat(unlisted)
                .as("keys participants read that %s lacks", PARTICIPANT_KEYS)
                .isEmpty();
    }

    // The checks fail on texts made up to break them.

    @Test
    void theCheckFindsAMissingOrEmptyText() {
        Properties polish = properties("event.registration.title", "Rejestracja", "action.save", " ");

        assertThat(LanguageBundleCheck.missing(List.of("event.registration.title", "action.save", "app.name"), polish))
                .containsExactly("has an empty action.save", "lacks app.name");
    }

    @Test
    void theCheckFindsALostOrMadeUpArgument() {
        Properties english = properties("a.count", "{0} of {1} places", "a.name", "Hello {0}");
        Properties german = properties("a.count", "{0} von {2} Plätzen", "a.name", "Hallo");

        assertThat(LanguageBundleCheck.argumentDifferences(english, german))
                .containsExactly(
                        "a.count has arguments [0, 2], English [0, 1]", "a.name has arguments [], English [0]");
        assertThat(LanguageBundleCheck.argumentDifferences(english, properties("a.count", "{1} z {0} miejsc")))
                .isEmpty();
    }

    @Test
    void theCheckFindsInvalidIcuAndPluralFormsTheLanguageLacks() {
        Properties english = properties(
                "a.places", "{0, plural, one{# place} other{# places}}",
                "a.broken", "{0} places",
                "a.quote", "Don't");
        Properties polish = properties(
                "a.places", "{0, plural, one{# miejsce} few{# miejsca} many{# miejsc} other{# miejsca}}",
                "a.broken", "{0 miejsc",
                "a.quote", "Don''t");
        Properties japanese = properties("a.places", "{0, plural, one{# 席} other{# 席}}");
        Properties german = properties("a.places", "{0, plural, one{# Platz} many{# Plätze} other{# Plätze}}");
        Properties french = properties("a.places", "{0, plural, one{# place} many{# places}}");

        assertThat(LanguageBundleCheck.icuProblems("pl", english, polish))
                .hasSize(2)
                .anyMatch(problem -> problem.startsWith("a.broken is not a valid ICU message"))
                .anyMatch(problem -> problem.startsWith("a.quote has no arguments"));
        assertThat(LanguageBundleCheck.icuProblems("ja", english, japanese))
                .containsExactly("a.places uses the plural form 'one', which ja does not have [other]: "
                        + "{0, plural, one{# 席} other{# 席}}");
        assertThat(LanguageBundleCheck.icuProblems("de", english, german))
                .containsExactly("a.places uses the plural form 'many', which de does not have [one, other]: "
                        + "{0, plural, one{# Platz} many{# Plätze} other{# Plätze}}");
        assertThat(LanguageBundleCheck.icuProblems("fr", english, french))
                .singleElement()
                .asString()
                .startsWith("a.places is not a valid ICU message (Missing 'other'");
        assertThat(LanguageBundleCheck.icuProblems(
                        "lt",
                        english,
                        properties(
                                "a.places",
                                "{0, plural, =0{nėra} one{# vieta} few{# vietos} many{# vietos} other{# vietų}}")))
                .isEmpty();
    }

    @Test
    void theCheckFindsAKeyEnglishLacks() {
        assertThat(LanguageBundleCheck.unknownKeys(
                        properties("a.title", "Title"), properties("a.title", "Titel", "a.titel", "Titel")))
                .containsExactly("has a.titel, which English lacks");
    }

    @Test
    void theCheckFindsATextLeftInEnglishUnlessAccepted() {
        Properties english = properties(
                "app.name", "Jumelage", "a.title", "Registration", "a.dates", "{0} – {1}", "a.hotel", "Hotel");
        Properties german = properties(
                "app.name", "Jumelage", "a.title", "Registration", "a.dates", "{0} – {1}", "a.hotel", "Hotel");
        List<LanguageBundleCheck.Accepted> accepted =
                List.of(LanguageBundleCheck.Accepted.parse("app.name"), LanguageBundleCheck.Accepted.parse("de:a.ho*"));

        assertThat(LanguageBundleCheck.leftInEnglish(
                        "de", List.of("app.name", "a.title", "a.dates", "a.hotel"), english, german, accepted))
                .containsExactly("a.title is still English: Registration");
        assertThat(LanguageBundleCheck.leftInEnglish("fr", List.of("a.hotel"), english, german, accepted))
                .containsExactly("a.hotel is still English: Hotel");
    }

    @Test
    void theCheckFindsTheKeysParticipantPagesAndClassesName() {
        Properties english = properties(
                "a.mail.subject.confirmed", "Confirmed",
                "a.mail.subject.waiting", "Waiting",
                "a.done.confirmed", "Done",
                "a.title", "Title");

        assertThat(LanguageBundleCheck.keysUsedInJava(
                        "messages.getMessage(\"a.mail.subject.\" + status, null, locale); "
                                + "model.addAttribute(\"a.title\", 1); log(\"not.a.key\");",
                        english))
                .containsExactly("a.mail.subject.confirmed", "a.mail.subject.waiting", "a.title");
        assertThat(LanguageBundleCheck.keysUsedInTemplate(
                        "<p th:text=\"${#messages.msg('a.done.' + s)}\"></p><h1 th:text=\"#{a.title}\"></h1>", english))
                .containsExactly("a.done.confirmed", "a.title");
        assertThat(LanguageBundleCheck.unlisted("x.html", Set.of("a.title", "a.b"), Set.of("a.title")))
                .containsExactly("x.html: a.b");
    }

    @Test
    void aLanguageWithEveryTextOfEveryBundleIsStaffComplete() {
        Properties english = properties("a.title", "Title", "b.title", "Other");

        assertThat(LanguageBundleCheck.staffComplete(english, properties("a.title", "Titel", "b.title", "Andere")))
                .isTrue();
        assertThat(LanguageBundleCheck.staffComplete(english, properties("a.title", "Titel")))
                .isFalse();
        assertThat(LanguageBundleCheck.staffComplete(ENGLISH, texts("en"))).isTrue();
        assertThat(LanguageBundleCheck.staffComplete(ENGLISH, texts("lv"))).isTrue();
    }

    /** The completeness the application computes (languages API, README, staff languages) is the bundles' own. */
    @ParameterizedTest(name = "{0}")
    @MethodSource("languages")
    void theComputedCompletenessIsTheBundles(String tag) {
        Properties texts = texts(tag);
        TranslationCoverage.Coverage coverage = TranslationCoverage.of(tag);

        assertThat(coverage.staffComplete()).isEqualTo(LanguageBundleCheck.staffComplete(ENGLISH, texts));
        assertThat(coverage.participantTotal()).isEqualTo(KEYS.size());
        assertThat(coverage.participantKeys())
                .isEqualTo(
                        KEYS.size() - LanguageBundleCheck.missing(KEYS, texts).size());
        assertThat(TranslationCoverage.isStaffLanguage(tag))
                .isEqualTo(coverage.staffComplete() || tag.equals("lv") || tag.equals("en"));
    }

    static Properties properties(String... keysAndValues) {
        Properties properties = new Properties();
        for (int i = 0; i < keysAndValues.length; i += 2) {
            properties.setProperty(keysAndValues[i], keysAndValues[i + 1]);
        }
        return properties;
    }
}
