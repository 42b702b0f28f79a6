package org.jumelage.shared;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.Locale;
import org.junit.jupiter.api.Test;

class CountriesTests {

    @Test
    void knowsTheFortyFiveGazetteerCountries() {
        assertThat(Countries.CODES).hasSize(45).doesNotHaveDuplicates().contains("LV", "XK", "GB", "UA");
        assertThat(Countries.isKnown("LV")).isTrue();
        assertThat(Countries.isKnown("US")).isFalse();
    }

    @Test
    void namesCountriesInLatvianAndEnglish() {
        assertThat(Countries.name("LT", Locale.forLanguageTag("lv"))).isEqualTo("Lietuva");
        assertThat(Countries.name("LT", Locale.ENGLISH)).isEqualTo("Lithuania");
        assertThat(Countries.name("DE", Locale.forLanguageTag("lv"))).isEqualTo("Vācija");
    }

    @Test
    void textThatIsNoCountryCodeIsNamedByItselfRatherThanFailing() {
        assertThat(Countries.name("L V", Locale.ENGLISH)).isEqualTo("L V");
        assertThat(Countries.name("", Locale.ENGLISH)).isEmpty();
        assertThat(Countries.name("LVA\u0000", Locale.forLanguageTag("lv"))).isEqualTo("LVA\u0000");
    }

    @Test
    void everyCountryHasARealNameInBothLanguages() {
        for (String code : Countries.CODES) {
            assertThat(Countries.name(code, Locale.ENGLISH)).isNotEqualTo(code);
            assertThat(Countries.name(code, Locale.forLanguageTag("lv"))).isNotEqualTo(code);
        }
    }
}
