package org.jumelage.shared;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatIllegalArgumentException;

import java.util.Locale;
import java.util.Map;
import org.junit.jupiter.api.Test;
import tools.jackson.databind.json.JsonMapper;

class LocalizedTextTests {

    static final Locale LATVIAN = Locale.forLanguageTag("lv");
    static final Locale POLISH = Locale.forLanguageTag("pl");
    static final Locale SERBIAN_LATIN = Locale.forLanguageTag("sr-Latn");

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
        assertThat(new LocalizedText(null, null, Map.of("pl", " ")).isEmpty()).isTrue();
    }

    @Test
    void showsAnyLanguageOfTheList() {
        LocalizedText title = LocalizedText.ofAll(
                Map.of("lv", "Sadraudzība", "en", "Twinning", "pl", "Partnerstwo", "sr-Latn", "Bratimljenje"));

        assertThat(title.in(POLISH)).isEqualTo("Partnerstwo");
        assertThat(title.languageIn(POLISH)).isEqualTo("pl");
        assertThat(title.isFallbackIn(POLISH)).isFalse();
        assertThat(title.in(SERBIAN_LATIN)).isEqualTo("Bratimljenje");
        assertThat(title.lv()).isEqualTo("Sadraudzība");
        assertThat(title.others()).containsOnlyKeys("pl", "sr-Latn");
    }

    @Test
    void fallsBackToEnglishThenLatvianThenAnyAndNamesTheLanguageShown() {
        LocalizedText both = LocalizedText.of("Sadraudzība", "Twinning");
        LocalizedText latvianOnly = LocalizedText.of("Sadraudzība", null);
        LocalizedText germanOnly = LocalizedText.ofAll(Map.of("de", "Städtepartnerschaft"));

        assertThat(both.in(POLISH)).isEqualTo("Twinning");
        assertThat(both.languageIn(POLISH)).isEqualTo("en");
        assertThat(both.isFallbackIn(POLISH)).isTrue();
        assertThat(latvianOnly.languageIn(POLISH)).isEqualTo("lv");
        assertThat(germanOnly.in(LATVIAN)).isEqualTo("Städtepartnerschaft");
        assertThat(germanOnly.languageIn(LATVIAN)).isEqualTo("de");
        assertThat(LocalizedText.empty().languageIn(POLISH)).isNull();
        assertThat(LocalizedText.empty().in(POLISH)).isEmpty();
        assertThat(LocalizedText.empty().isFallbackIn(POLISH)).isFalse();
    }

    @Test
    void refusesAnUnknownLanguage() {
        assertThatIllegalArgumentException().isThrownBy(() -> LocalizedText.ofAll(Map.of("xx", "Text")));
        assertThatIllegalArgumentException().isThrownBy(() -> new LocalizedText(null, null, Map.of("sr-latn", "x")));
    }

    @Test
    void replacesOneLanguage() {
        LocalizedText title = LocalizedText.of("Sadraudzība", "Twinning").with("pl", "Partnerstwo");

        assertThat(title.get("pl")).contains("Partnerstwo");
        assertThat(title.with("pl", " ").has("pl")).isFalse();
        assertThat(title.with("en", "Town twinning").en()).isEqualTo("Town twinning");
    }

    @Test
    void isStoredAsTwoColumnsAndTheOthersAsJson() {
        LocalizedText title =
                LocalizedText.ofAll(Map.of("lv", "Sadraudzība", "pl", "Partnerstwo", "uk", "Побратимство"));

        assertThat(title.othersAsJson()).isEqualTo("{\"pl\":\"Partnerstwo\",\"uk\":\"Побратимство\"}");
        assertThat(LocalizedText.stored(title.lv(), title.en(), title.othersAsJson()))
                .isEqualTo(title);
        assertThat(LocalizedText.of("a", "b").othersAsJson()).isNull();
        assertThat(LocalizedText.stored("a", null, null)).isEqualTo(LocalizedText.of("a", null));
    }

    @Test
    void isOneFlatObjectInJson() {
        JsonMapper json = JsonMapper.builder().build();
        LocalizedText title = LocalizedText.ofAll(Map.of("lv", "Sadraudzība", "en", "Twinning", "pl", "Partnerstwo"));

        assertThat(json.writeValueAsString(title))
                .isEqualTo("{\"lv\":\"Sadraudzība\",\"en\":\"Twinning\",\"pl\":\"Partnerstwo\"}");
        assertThat(json.readValue("{\"lv\":\"Sadraudzība\",\"en\":null,\"pl\":\"Partnerstwo\"}", LocalizedText.class))
                .isEqualTo(LocalizedText.ofAll(Map.of("lv", "Sadraudzība", "pl", "Partnerstwo")));
        assertThat(json.readValue("{}", LocalizedText.class).isEmpty()).isTrue();
    }
}
