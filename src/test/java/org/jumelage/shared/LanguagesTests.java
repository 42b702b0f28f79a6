package org.jumelage.shared;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.Arrays;
import java.util.Locale;
import org.junit.jupiter.api.Test;

class LanguagesTests {

    @Test
    void thePathPatternNamesExactlyTheLanguages() {
        assertThat(Arrays.asList(Languages.PATH_PATTERN.split("\\|"))).containsExactlyElementsOf(Languages.ALL);
        assertThat(Languages.ALL).hasSize(30).doesNotHaveDuplicates();
    }

    @Test
    void serbianInLatinScriptHasItsOwnTag() {
        assertThat(Languages.tagOf(Locale.forLanguageTag("sr-Latn"))).isEqualTo("sr-Latn");
        assertThat(Languages.tagOf(Locale.forLanguageTag("sr"))).isEqualTo("sr");
        assertThat(Languages.isKnown("sr-Latn")).isTrue();
        assertThat(Languages.isKnown("ru")).isFalse();
    }

    @org.junit.jupiter.params.ParameterizedTest
    @org.junit.jupiter.params.provider.CsvSource({
        "RS, sr",
        "ME, sr-Latn",
        "BA, bs",
        "XK, sq",
        "MK, mk",
        "UA, uk",
        "AL, sq",
        "BE, nl",
        "PL, pl",
        "LT, lt",
        "DE, de",
        "CH, de",
        "LU, fr",
        "MD, ro",
        "CY, el",
        "IE, en",
        "NO, en",
        "TR, en",
        "pl, pl"
    })
    void aCountryReadsTheLanguageCldrGivesItWhenJumelageHasIt(String country, String language) {
        assertThat(Languages.ofCountry(country)).isEqualTo(language);
    }

    @Test
    void aCountryThatIsNoCodeReadsEnglish() {
        assertThat(Languages.ofCountry(null)).isEqualTo("en");
        assertThat(Languages.ofCountry("Poland")).isEqualTo("en");
    }

    @Test
    void everyLanguageIsNamedInItselfFromCldr() {
        assertThat(Languages.ownName("pl")).isEqualTo("Polski");
        assertThat(Languages.ownName("de")).isEqualTo("Deutsch");
        assertThat(Languages.ownName("lv")).isEqualTo("Latviešu");
        assertThat(Languages.ownName("sr")).isEqualTo("Српски");
        assertThat(Languages.ownName("sr-Latn")).isEqualTo("Srpski (latinica)");
        assertThat(Languages.englishName("sr-Latn")).isEqualTo("Serbian (Latin)");
        for (String tag : Languages.ALL) {
            assertThat(Languages.ownName(tag)).as(tag).isNotBlank().isNotEqualTo(tag);
        }
        assertThat(Languages.script("el")).isEqualTo("Grek");
        assertThat(Languages.script("uk")).isEqualTo("Cyrl");
        assertThat(Languages.script("sr-Latn")).isEqualTo("Latn");
    }

    @Test
    void aTagInAnyCaseIsKnownAsTheListWritesIt() {
        assertThat(Languages.known("SR-latn")).isEqualTo("sr-Latn");
        assertThat(Languages.known("sr_Latn")).isEqualTo("sr-Latn");
        assertThat(Languages.known("xx")).isNull();
        assertThat(Languages.knownOrDefault("ru")).isEqualTo("en");
        assertThat(Languages.locale("sr-Latn").getScript()).isEqualTo("Latn");
    }
}
