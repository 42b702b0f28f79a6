package org.jumelage.publicity.domain;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import org.jumelage.publicity.PublicityException;
import org.jumelage.shared.LocalizedText;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.ValueSource;

/** Article addresses: transliteration, shape, length, numbering and the refusal of bad wanted ones. */
class NewsSlugsTests {

    @ParameterizedTest
    @CsvSource(
            delimiter = '|',
            value = {
                "Meeting in Daugavpils                       | meeting-in-daugavpils",
                "Tikšanās Daugavpilī: ģimenes, ķirbji, ļaudis | tiksanas-daugavpili-gimenes-kirbji-laudis",
                "Ūdens, čiekuri, žagari, ņirbēšana           | udens-ciekuri-zagari-nirbesana",
                "Łódź – Żółć, gęś, źdźbło                    | lodz-zolc-ges-zdzblo",
                "Šiauliai ir Klaipėda: ąžuolai, ūkis, įėjimas | siauliai-ir-klaipeda-azuolai-ukis-iejimas",
                "  --Town   twinning!!  2018--               | town-twinning-2018",
                "Straße                                      | strasse",
            })
    void derivesAsciiAddressesFromTitles(String title, String slug) {
        assertThat(Slugs.of(title, Slugs.MAX_LENGTH)).isEqualTo(slug);
        assertThat(Slugs.isValid(slug)).isTrue();
    }

    @Test
    void prefersTheEnglishTitleAndFallsBackWhenNothingIsLeft() {
        assertThat(Slugs.fromTitles(LocalizedText.of("Tikšanās", "Meeting"))).isEqualTo("meeting");
        assertThat(Slugs.fromTitles(LocalizedText.of("Tikšanās", null))).isEqualTo("tiksanas");
        assertThat(Slugs.fromTitles(LocalizedText.of(null, "Встреча!"))).isEqualTo(Slugs.FALLBACK);
    }

    @Test
    void longTitlesAreCutAtAHyphenWithinTheLimit() {
        String slug = Slugs.of("word ".repeat(60), Slugs.MAX_LENGTH);
        assertThat(slug)
                .hasSizeLessThanOrEqualTo(Slugs.MAX_LENGTH)
                .doesNotEndWith("-")
                .endsWith("word");
        String numbered = Slugs.numbered(slug, 12);
        assertThat(numbered).hasSizeLessThanOrEqualTo(Slugs.MAX_LENGTH).endsWith("-12");
        assertThat(Slugs.isValid(numbered)).isTrue();
    }

    @Test
    void aWantedAddressIsTrimmedAndLowerCased() {
        assertThat(Slugs.checked("  Meeting-2018 ")).isEqualTo("meeting-2018");
    }

    @ParameterizedTest
    @ValueSource(strings = {"tikšanās", "two words", "a--b", "-start", "end-", "a/b", "../etc", "a_b", "x?y=1"})
    void refusesWantedAddressesWithOtherCharacters(String wanted) {
        assertThatThrownBy(() -> Slugs.checked(wanted)).isInstanceOfSatisfying(PublicityException.class, e -> {
            assertThat(e.code()).isEqualTo("publicity.news.slug-invalid");
            assertThat(e.field()).isEqualTo("slug");
        });
    }

    @Test
    void refusesATooLongWantedAddress() {
        assertThatThrownBy(() -> Slugs.checked("a".repeat(Slugs.MAX_LENGTH + 1)))
                .isInstanceOf(PublicityException.class);
        assertThat(Slugs.checked("a".repeat(Slugs.MAX_LENGTH))).hasSize(Slugs.MAX_LENGTH);
    }
}
