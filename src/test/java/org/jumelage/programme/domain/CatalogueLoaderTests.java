package org.jumelage.programme.domain;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.LocalDate;
import org.jumelage.programme.CallStatistics;
import org.jumelage.programme.CallSummary;
import org.jumelage.programme.MeasureSummary;
import org.jumelage.shared.LocalizedText;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/** The catalogue's data files load, and a broken file stops the load with a message naming file and entry. */
class CatalogueLoaderTests {

    static final String BROKEN = "programme/broken/";

    static Catalogue load(String catalogueFile, String callsFile) {
        return CatalogueLoader.load(CatalogueLoaderTests.class.getClassLoader(), catalogueFile, callsFile);
    }

    @Test
    void loadsTheEightMeasuresInCatalogueOrder() {
        Catalogue catalogue = CatalogueLoader.load();

        assertThat(catalogue.measures())
                .extracting(MeasureSummary::code)
                .containsExactly(
                        "E4C-2007-TT",
                        "E4C-2007-NT",
                        "E4C-2014-REM",
                        "E4C-2014-TT",
                        "E4C-2014-NT",
                        "E4C-2014-CSP",
                        "CERV-TT",
                        "CERV-NT");
        assertThat(catalogue.measures()).allSatisfy(measure -> {
            assertThat(measure.name().lv()).isNotBlank();
            assertThat(measure.name().en()).isNotBlank();
            assertThat(measure.programmeName().lv()).isNotBlank();
            assertThat(measure.strand()).isNotNull();
            assertThat(measure.firstYear()).isLessThanOrEqualTo(measure.lastYear());
        });
    }

    @Test
    void measuresCarryTheirProgrammeAndStrandInBothLanguages() {
        MeasureSummary townTwinning =
                CatalogueLoader.load().measure("E4C-2014-TT").orElseThrow();

        assertThat(townTwinning.name()).isEqualTo(LocalizedText.of("2.1. Pašvaldību sadraudzība", "2.1 Town Twinning"));
        assertThat(townTwinning.programmeCode()).isEqualTo("E4C-2014");
        assertThat(townTwinning.programmeName().en()).isEqualTo("Europe for Citizens (2014–2020)");
        assertThat(townTwinning.programmeName().lv()).isEqualTo("„Eiropa pilsoņiem” (2014–2020)");
        assertThat(townTwinning.strand())
                .isEqualTo(LocalizedText.of(
                        "2. atbalsta darbība: Demokrātiskā iesaistīšanās un pilsoniskā līdzdalība",
                        "Strand 2: Democratic engagement and civic participation"));
        assertThat(townTwinning.firstYear()).isEqualTo(2014);
        assertThat(townTwinning.lastYear()).isEqualTo(2020);
    }

    @Test
    void theDemoCallHoldsTheFiguresOfTheTtchanNews() {
        CallSummary call = CatalogueLoader.load().call("E4C-2014-TT-2018-03-01").orElseThrow();

        assertThat(call.measureCode()).isEqualTo("E4C-2014-TT");
        assertThat(call.year()).isEqualTo(2018);
        assertThat(call.deadline()).isEqualTo(LocalDate.of(2018, 3, 1));
        CallStatistics statistics = call.statistics();
        assertThat(statistics).isNotNull();
        assertThat(statistics.submitted()).isEqualTo(382);
        assertThat(statistics.funded()).isEqualTo(137);
        assertThat(statistics.source()).contains("Daugavpils");
        assertThat(statistics.perCountry()).containsOnlyKeys("LV");
        assertThat(statistics.perCountry().get("LV").submitted()).isEqualTo(3);
        assertThat(statistics.perCountry().get("LV").funded()).isEqualTo(3);
        assertThat(statistics.perCountry().get("LV").fundedApplicants())
                .containsExactly("Tukuma novada dome", "Daugavpils pilsētas dome", "Aizkraukles novada dome");
    }

    @Test
    void callsComeNewestFirstWithUnknownDeadlinesAfterKnownOnesOfTheSameYear() {
        Catalogue catalogue = load(CatalogueLoader.CATALOGUE_FILE, "programme/calls-several.json");

        assertThat(catalogue.calls("E4C-2014-TT"))
                .extracting(CallSummary::code)
                .containsExactly(
                        "E4C-2014-TT-2018-09-03", "E4C-2014-TT-2018-03-01", "E4C-2014-TT-2018", "E4C-2014-TT-2016");
        assertThat(catalogue.calls("CERV-TT")).extracting(CallSummary::code).containsExactly("CERV-TT-2024-09-19");
        assertThat(catalogue.calls("CERV-NT")).isEmpty();
        assertThat(catalogue.call("E4C-2014-TT-2016").orElseThrow().deadline()).isNull();
        assertThat(catalogue.call("E4C-2014-TT-2016").orElseThrow().statistics())
                .isNull();
    }

    @ParameterizedTest(name = "{0}")
    @CsvSource(delimiter = '|', textBlock = """
            unknown-key.json                       | entry programmes[0].strands[0].measures[0] (X-TT): unknown key "nmae"
            duplicate-code.json                    | entry programmes[0].strands[0].measures[1] (X-TT): the code X-TT is already used by programmes[0].strands[0].measures[0]
            duplicate-key.json                     | line 5, column 13: not valid JSON: Duplicate Object property "code"
            not-json.json                          | line 3, column
            name-in-one-language.json              | entry programmes[0].measures[0] (X-TT): "name" needs both "lv" and "en"
            measure-outside-programme-years.json   | entry programmes[0].measures[0] (X-TT): the years 2014–2021 lie outside the programme's 2014–2020
            lower-case-code.json                   | entry programmes[0].measures[0] (x-tt): the code "x-tt" must be upper-case
            """)
    void aBrokenCatalogueFileIsRefusedNamingFileAndEntry(String file, String problem) {
        assertThatThrownBy(() -> load(BROKEN + file, CatalogueLoader.CALLS_FILE))
                .isInstanceOf(InvalidCatalogueException.class)
                .hasMessageStartingWith(BROKEN + file + ", ")
                .hasMessageContaining(problem);
    }

    @ParameterizedTest(name = "{0}")
    @CsvSource(delimiter = '|', textBlock = """
            calls-unknown-measure.json          | entry calls[0] (E4C-2014-XX-2018-03-01): the measure E4C-2014-XX is not in the catalogue
            calls-wrong-code.json               | entry calls[0] (E4C-2014-TT-2018-1): the code must be E4C-2014-TT-2018-03-01
            calls-funded-above-submitted.json   | entry calls[0].statistics.perCountry.LV: more applications funded (4) than submitted (3)
            calls-unknown-country.json          | entry calls[0].statistics.perCountry.XX: "XX" is not an ISO 3166-1 alpha-2 country code
            calls-unknown-key.json              | entry calls[0].statistics: unknown key "submited"
            calls-deadline-in-other-year.json   | entry calls[0] (E4C-2014-TT-2019-03-01): the deadline 2019-03-01 is not in the call's year 2018
            """)
    void aBrokenCallsFileIsRefusedNamingFileAndEntry(String file, String problem) {
        assertThatThrownBy(() -> load(CatalogueLoader.CATALOGUE_FILE, BROKEN + file))
                .isInstanceOf(InvalidCatalogueException.class)
                .hasMessageStartingWith(BROKEN + file + ", ")
                .hasMessageContaining(problem);
    }

    @Test
    void aMissingFileIsNamed() {
        assertThatThrownBy(() -> load("programme/no-such-file.json", CatalogueLoader.CALLS_FILE))
                .isInstanceOf(InvalidCatalogueException.class)
                .hasMessage("programme/no-such-file.json: the file is missing from the class path");
    }
}
