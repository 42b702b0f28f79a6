package org.jumelage.shared;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.Locale;
import org.junit.jupiter.api.Test;

class LocalizedTextTests {

    static final Locale LATVIAN = Locale.forLanguageTag("lv");

    @Test
    void showsTheReadersLanguage() {
        LocalizedText title = LocalizedText.of("Pilsētu sadraudzība", "Town twinning");

        assertThat(title.in(LATVIAN)).isEqualTo("Pilsētu sadraudzība");
        assertThat(title.in(Locale.ENGLISH)).isEqualTo("Town twinning");
        assertThat(title.isFallbackIn(LATVIAN)).isFalse();
    }

    @Test
    void fallsBackToTheOtherLanguageAndSaysSo() {
        LocalizedText title = LocalizedText.of(null, "Cities of change");

        assertThat(title.in(LATVIAN)).isEqualTo("Cities of change");
        assertThat(title.isFallbackIn(LATVIAN)).isTrue();
        assertThat(title.isFallbackIn(Locale.ENGLISH)).isFalse();
    }

    @Test
    void blankIsMissing() {
        assertThat(LocalizedText.of("  ", "").isEmpty()).isTrue();
        assertThat(LocalizedText.of(" DeCoDe ", null).lv()).isEqualTo("DeCoDe");
    }
}
