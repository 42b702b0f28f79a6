package org.jumelage.publicity.domain;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import java.util.stream.IntStream;
import org.jumelage.programme.MeasureSummary;
import org.jumelage.shared.Countries;
import org.jumelage.shared.LocalizedText;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/**
 * The grammar of the drafts' languages: country names of every known country in every form, the
 * phrases naming strand and measure, number agreement, and when a Latvian aim reads as a predicate.
 */
class DraftGrammarTests {

    static final DraftGrammar LATVIAN = DraftGrammar.of("lv").orElseThrow();
    static final DraftGrammar ENGLISH = DraftGrammar.of("en").orElseThrow();

    @Test
    void onlyLatvianAndEnglishHaveAGrammar() {
        assertThat(DraftGrammar.LANGUAGES)
                .allMatch(language -> DraftGrammar.of(language).isPresent());
        assertThat(DraftGrammar.of("de")).isEmpty();
        assertThat(DraftGrammar.of("LV")).isEmpty();
        assertThat(DraftGrammar.of("")).isEmpty();
    }

    @Test
    void everyKnownCountryHasEveryFormInEveryLanguage() {
        for (DraftGrammar grammar : List.of(LATVIAN, ENGLISH)) {
            WordForms names = grammar.countryNames();
            assertThat(names.keys()).as(grammar.language()).containsExactlyInAnyOrderElementsOf(Countries.CODES);
            for (String code : Countries.CODES) {
                for (String column : names.columns()) {
                    assertThat(names.find(code, column))
                            .as(grammar.language() + " " + column + " of " + code)
                            .hasValueSatisfying(
                                    form -> assertThat(form).isNotBlank().doesNotContain(","));
                }
            }
        }
        assertThat(LATVIAN.countryNames().columns()).containsExactly("nominative", "genitive");
        assertThat(ENGLISH.countryNames().columns()).containsExactly("name", "in-sentence");
    }

    @ParameterizedTest
    @CsvSource({
        "AT, Austrija, Austrijas",
        "BA, Bosnija un Hercegovina, Bosnijas un Hercegovinas",
        "GB, Apvienotā Karaliste, Apvienotās Karalistes",
        "MK, Ziemeļmaķedonija, Ziemeļmaķedonijas",
        "XK, Kosova, Kosovas",
        "LT, Lietuva, Lietuvas",
        "NL, Nīderlande, Nīderlandes",
        "CH, Šveice, Šveices",
        "CY, Kipra, Kipras"
    })
    void latvianNominativeAndGenitive(String code, String nominative, String genitive) {
        assertThat(LATVIAN.country(code)).isEqualTo(nominative);
        assertThat(LATVIAN.fromCountries(List.of(code))).isEqualTo(genitive);
    }

    @Test
    void latvianGenitivesFollowTheNominatives() {
        // Feminine -a → -as, -e → -es: a typo in the data shows up here.
        for (String code : Countries.CODES) {
            String nominative = LATVIAN.country(code);
            String genitive = LATVIAN.fromCountries(List.of(code));
            String expected = nominative.endsWith("a") || nominative.endsWith("e") ? nominative + "s" : null;
            if (code.equals("BA")) {
                expected = "Bosnijas un Hercegovinas";
            } else if (code.equals("GB")) {
                expected = "Apvienotās Karalistes";
            }
            assertThat(genitive).as(code).isEqualTo(expected);
        }
    }

    @Test
    void countriesAfterFrom() {
        List<String> ttchan = List.of("LT", "PL", "DE", "SE", "RS", "LV");
        assertThat(LATVIAN.fromCountries(ttchan))
                .isEqualTo("Lietuvas, Polijas, Vācijas, Zviedrijas, Serbijas un Latvijas");
        assertThat(ENGLISH.fromCountries(ttchan)).isEqualTo("Lithuania, Poland, Germany, Sweden, Serbia and Latvia");
        assertThat(ENGLISH.fromCountries(List.of("NL", "GB", "CZ")))
                .isEqualTo("the Netherlands, the United Kingdom and Czechia");
        assertThat(ENGLISH.country("NL")).isEqualTo("Netherlands");
    }

    @Test
    void aCodeWithoutDataFallsBackToTheRuntimesName() {
        assertThat(ENGLISH.country("US")).isEqualTo("United States");
        assertThat(LATVIAN.fromCountries(List.of("US"))).isNotBlank();
    }

    @Test
    void latvianNumbersEndingInOneButNotElevenTakeTheSingular() {
        assertThat(IntStream.of(1, 21, 31, 101, 121).allMatch(LATVIAN::singular))
                .isTrue();
        assertThat(IntStream.of(0, 2, 6, 11, 111, 211, 12, 20).noneMatch(LATVIAN::singular))
                .isTrue();
        assertThat(ENGLISH.singular(1)).isTrue();
        assertThat(ENGLISH.singular(21)).isFalse();
    }

    @Test
    void quotationMarksOfEachLanguageAndNoDoubleQuoting() {
        assertThat(LATVIAN.quote("Pašvaldību sadraudzība")).isEqualTo("„Pašvaldību sadraudzība”");
        assertThat(LATVIAN.quote("„Eiropa pilsoņiem” (2014–2020)")).isEqualTo("„Eiropa pilsoņiem” (2014–2020)");
        assertThat(ENGLISH.quote("Town Twinning")).isEqualTo("“Town Twinning”");
    }

    @Test
    void strandAndMeasureInTheCaseTheProgrammeSentenceNeeds() {
        MeasureSummary tt2014 = new MeasureSummary(
                "E4C-2014-TT",
                LocalizedText.of("2.1. Pašvaldību sadraudzība", "2.1 Town Twinning"),
                "E4C-2014",
                LocalizedText.of("„Eiropa pilsoņiem” (2014–2020)", "Europe for Citizens (2014–2020)"),
                LocalizedText.of(
                        "2. atbalsta darbība: Demokrātiskā iesaistīšanās un pilsoniskā līdzdalība",
                        "Strand 2: Democratic engagement and civic participation"),
                2014,
                2020);
        MeasureSummary tt2007 = new MeasureSummary(
                "E4C-2007-TT",
                LocalizedText.of(
                        "1.1. Sadraudzības pilsētu iedzīvotāju tikšanās", "1.1 Town-twinning citizens' meetings"),
                "E4C-2007",
                LocalizedText.of("„Eiropa pilsoņiem” (2007–2013)", "Europe for Citizens (2007–2013)"),
                LocalizedText.of("1. darbība: Aktīvi iedzīvotāji Eiropai", "Action 1: Active citizens for Europe"),
                2007,
                2013);
        MeasureSummary unnamed = new MeasureSummary(
                "X", LocalizedText.of(null, null), "X", LocalizedText.of(null, null), null, 2020, 2020);

        assertThat(LATVIAN.measure(tt2014))
                .hasValue("2. atbalsta darbības „Demokrātiskā iesaistīšanās un pilsoniskā līdzdalība”, apakšpasākuma"
                        + " 2.1. „Pašvaldību sadraudzība”");
        assertThat(LATVIAN.measure(tt2007))
                .hasValue("1. darbības „Aktīvi iedzīvotāji Eiropai”, pasākuma 1.1. „Sadraudzības pilsētu iedzīvotāju"
                        + " tikšanās”");
        assertThat(ENGLISH.measure(tt2014))
                .hasValue("Strand 2: Democratic engagement and civic participation, measure 2.1 Town Twinning");
        assertThat(LATVIAN.measure(unnamed)).isEmpty();
        assertThat(ENGLISH.measure(unnamed)).isEmpty();
    }

    @ParameterizedTest
    @CsvSource(delimiter = '|', textBlock = """
            Stiprināt pilsētu sadraudzību.            | true
            Izveidot starptautisku tīklu              | true
            Iesaistīties Eiropas dzīvē                | true
            Eiropas pilsētu tīkls pieredzes apmaiņai  | false
            Ilgtspējīgs tīkls                         | false
            NET tīkls                                 | false
            """)
    void aLatvianAimReadsAsAPredicateWhenItOpensWithAnInfinitive(String aim, boolean predicate) {
        assertThat(LATVIAN.aimReadsAsPredicate(aim)).isEqualTo(predicate);
        assertThat(ENGLISH.aimReadsAsPredicate(aim)).isFalse();
    }
}
