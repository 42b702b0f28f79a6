package org.jumelage.network.domain;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class SearchKeysTests {

    @ParameterizedTest
    @CsvSource(
            quoteCharacter = '"',
            value = {
                "Łódź, lodz",
                "ŁÓDŹ, lodz",
                "Klaipėda, klaipeda",
                "Düsseldorf, dusseldorf",
                "Ølstykke, olstykke",
                "İstanbul, istanbul",
                "Iğdır, igdir",
                "Straßburg, strassburg",
                "Æbeltoft, aebeltoft",
                "Đakovo, dakovo",
                "Þorlákshöfn, thorlakshofn",
                "Daugavpils, daugavpils",
                "Cēsis, cesis",
                "Piotrków Trybunalski, piotrkow trybunalski",
                "Għajnsielem, ghajnsielem",
                "Nœux-les-Mines, noeux les mines",
                "Saint-Étienne, saint etienne",
                "'s-Hertogenbosch, s hertogenbosch",
                "\"  Bistrica  ob   Sotli \", bistrica ob sotli",
                "Frankfurt (Oder), frankfurt oder",
                "23 August, 23 august"
            })
    void lowerCaseWithoutAccentsAndWithSingleSpaces(String name, String key) {
        assertThat(SearchKeys.of(name)).isEqualTo(key);
    }

    @ParameterizedTest
    @CsvSource({"'', ''", "'  -- ', ''", "'%_', ''"})
    void textWithoutLettersOrDigitsHasAnEmptyKey(String text, String key) {
        assertThat(SearchKeys.of(text)).isEqualTo(key);
    }

    @ParameterizedTest
    @CsvSource({"lodz, Łódź", "LODZ, Łódź", "klaipeda, Klaipėda", "dusseldorf, Düsseldorf", "istanbul, İstanbul"})
    void whatPeopleTypeMatchesTheLocalSpelling(String typed, String name) {
        assertThat(SearchKeys.of(name)).startsWith(SearchKeys.of(typed));
    }
}
