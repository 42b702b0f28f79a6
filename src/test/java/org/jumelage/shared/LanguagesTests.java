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
}
