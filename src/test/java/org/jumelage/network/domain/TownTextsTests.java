package org.jumelage.network.domain;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import org.jumelage.network.TownSummary;
import org.junit.jupiter.api.Test;

class TownTextsTests {

    static TownSummary town(long id, String name, long population) {
        return new TownSummary(id, name, "SI", 46, 15, population, null);
    }

    @Test
    void aTrailingIdInParenthesesIsTheTown() {
        assertThat(TownTexts.idIn("Łódź (3093133)")).hasValue(3093133);
        assertThat(TownTexts.idIn("  Kaunas(598316)  ")).hasValue(598316);
        assertThat(TownTexts.idIn("Frankfurt (Oder) (2925192)")).hasValue(2925192);
        assertThat(TownTexts.nameIn("Frankfurt (Oder) (2925192)")).isEqualTo("Frankfurt (Oder)");
    }

    @Test
    void textWithoutATrailingIdHasNone() {
        assertThat(TownTexts.idIn("Łódź")).isEmpty();
        assertThat(TownTexts.idIn("Frankfurt (Oder)")).isEmpty();
        assertThat(TownTexts.idIn("(3093133) Łódź")).isEmpty();
        assertThat(TownTexts.idIn("Town (99999999999999999999)")).isEmpty();
        assertThat(TownTexts.nameIn("Łódź")).isEqualTo("Łódź");
    }

    @Test
    void theOnlyTownOfTheNameIsTheChoice() {
        TownSummary only = town(1, "Bistrica", 4798);

        assertThat(TownTexts.clearChoice(List.of(only))).isEqualTo(only);
    }

    @Test
    void theLargestIsTheChoiceWhenItHasAtLeastTwiceTheNextPopulation() {
        TownSummary large = town(1, "Newport", 200_000);

        assertThat(TownTexts.clearChoice(List.of(large, town(2, "Newport", 100_000))))
                .isEqualTo(large);
        assertThat(TownTexts.clearChoice(List.of(large, town(2, "Newport", 100_001))))
                .isNull();
    }

    @Test
    void noTownOrTownsWithoutPopulationAreNoChoice() {
        assertThat(TownTexts.clearChoice(List.of())).isNull();
        assertThat(TownTexts.clearChoice(List.of(town(1, "Vas", 0), town(2, "Vas", 0))))
                .isNull();
    }

    @Test
    void theFieldTextNamesTheTownItsRegionAndCountryButNoId() {
        assertThat(new TownSummary(3088171, "Poznań", "PL", 52, 16, 570_352, "Greater Poland").fieldText())
                .isEqualTo("Poznań, Greater Poland (PL)");
        assertThat(new TownSummary(3093133, "Łódź", "PL", 51, 19, 768_755, "Łódź Voivodeship").fieldText())
                .isEqualTo("Łódź (PL)");
        assertThat(new TownSummary(460413, "Daugavpils", "LV", 55, 26, 111_564, "Daugavpils").fieldText())
                .isEqualTo("Daugavpils (LV)");
        assertThat(town(1, "Bistrica", 4798).fieldText())
                .isEqualTo("Bistrica (SI)")
                .doesNotContain("1");
    }

    @Test
    void aFieldTextReadsBackAsNameRegionAndCountry() {
        assertThat(TownTexts.labelIn("Poznań, Greater Poland (PL)"))
                .isEqualTo(new TownTexts.Label("Poznań", "Greater Poland", "PL"));
        assertThat(TownTexts.labelIn(" Łódź (pl) ")).isEqualTo(new TownTexts.Label("Łódź", null, "PL"));
        assertThat(TownTexts.labelIn("Frankfurt (Oder)"))
                .isEqualTo(new TownTexts.Label("Frankfurt (Oder)", null, null));
        assertThat(TownTexts.labelIn("Kaunas")).isEqualTo(new TownTexts.Label("Kaunas", null, null));
    }
}
