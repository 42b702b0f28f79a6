package org.jumelage.programme.domain;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.LinkedHashMap;
import java.util.Map;
import org.jumelage.programme.Confidence;
import org.jumelage.programme.MeasureSummary;
import org.junit.jupiter.api.Test;

/** The rule data format: a good file reads; each kind of mistake is refused naming file and line. */
class RuleDataReaderTests {

    private static final Map<String, MeasureSummary> MEASURES = new LinkedHashMap<>();

    static {
        DefaultProgrammeCatalogueTests.CATALOGUE.measures().forEach(m -> MEASURES.put(m.code(), m));
    }

    private static final CountryLists COUNTRIES = Plans.RULES.countries();

    private static final String GOOD = """
            measure: E4C-2014-TT
            ruleSets:
              - id: E4C-2014-TT/2014-2018
                callYears: 2014-2018
                parameters:
                  min-invited-participants:
                    value: 25
                    sources:
                      - https://example.org/guide
                    confidence: confirmed
              - id: E4C-2014-TT/2019-2020
                callYears: 2019-2020
                parameters:
                  bands:
                    value:
                      - {from: 25, amount: 5000}
                      - {from: 175, amount: 25000}
                    complete: true
                    sources:
                      - Programme guide 2019, p. 42
                    confidence: single-source
            """;

    @Test
    void readsRuleSetsWithTheirSources() {
        MeasureRules rules = read(GOOD);

        assertThat(rules.ruleSets())
                .extracting(RuleSet::id)
                .containsExactly("E4C-2014-TT/2014-2018", "E4C-2014-TT/2019-2020");
        RuleParameter bands =
                rules.forYear(2019).orElseThrow().parameter(ParameterKey.BANDS).orElseThrow();
        assertThat(bands.bands()).hasSize(2);
        assertThat(bands.complete()).isTrue();
        assertThat(bands.source().confidence()).isEqualTo(Confidence.SINGLE_SOURCE);
        assertThat(bands.source().validity()).isEqualTo("2019–2020");
        assertThat(bands.line()).isEqualTo(14);
        assertThat(rules.forYear(2021)).isEmpty();
    }

    @Test
    void refusesAnUnknownKeyNamingTheLine() {
        String text = GOOD.replace("value: 25", "valeu: 25");

        assertThatThrownBy(() -> read(text))
                .isInstanceOf(InvalidRulesException.class)
                .hasMessageStartingWith("programme/rules/E4C-2014-TT.yaml, line 7: unknown key \"valeu\"");
    }

    @Test
    void refusesAnUnknownRule() {
        String text = GOOD.replace("min-invited-participants:", "min-invitees:");

        assertThatThrownBy(() -> read(text)).hasMessageContaining("line 6: unknown parameter \"min-invitees\"");
    }

    @Test
    void refusesOverlappingValidity() {
        String text = GOOD.replace("callYears: 2019-2020", "callYears: 2018-2020");

        assertThatThrownBy(() -> read(text))
                .hasMessageContaining("line 11")
                .hasMessageContaining("overlap those of E4C-2014-TT/2014-2018");
    }

    @Test
    void refusesAValueWithoutSource() {
        String text = GOOD.replace("        sources:\n          - https://example.org/guide\n", "");

        assertThatThrownBy(() -> read(text)).hasMessageContaining("line 6: \"sources\" is missing");
    }

    @Test
    void refusesAWrongConfidenceYearsOutsideTheMeasureAndShrinkingBands() {
        assertThatThrownBy(() -> read(GOOD.replace("confidence: confirmed", "confidence: sure")))
                .hasMessageContaining("line 10: confidence is confirmed, single-source or uncertain");
        assertThatThrownBy(() -> read(GOOD.replace("callYears: 2019-2020", "callYears: 2019-2021")))
                .hasMessageContaining("line 12: the call years 2019–2021 lie outside the measure's 2014–2020");
        assertThatThrownBy(() -> read(GOOD.replace("{from: 175, amount: 25000}", "{from: 175, amount: 4000}")))
                .hasMessageContaining("line 17: bands must grow");
    }

    @Test
    void refusesBrokenYamlAndRepeatedKeys() {
        assertThatThrownBy(() -> read("measure: [E4C-2014-TT"))
                .hasMessageStartingWith("programme/rules/E4C-2014-TT.yaml, line")
                .hasMessageContaining("not valid YAML");
        assertThatThrownBy(() -> read("measure: E4C-2014-TT\nmeasure: E4C-2014-NT\nruleSets: []\n"))
                .hasMessageContaining("line 2");
        assertThatThrownBy(() -> read("measure: E4C-2099-XX\nruleSets: []\n"))
                .hasMessageContaining("line 1: the measure E4C-2099-XX is not in the programme catalogue");
    }

    @Test
    void refusesAnUnknownCountryInTheDailyRates() {
        String text = """
                measure: E4C-2007-TT
                ruleSets:
                  - id: E4C-2007-TT/2007
                    callYears: 2007
                    parameters:
                      daily-rates:
                        value:
                          SK: 14
                          QQ: 20
                        sources:
                          - https://example.org
                        confidence: uncertain
                """;

        assertThatThrownBy(() -> read(text)).hasMessageContaining("line 9: \"QQ\" is not an ISO 3166-1");
    }

    @Test
    void theShippedDataCoversEveryMeasureOfTheCatalogue() {
        assertThat(Plans.RULES.measures()).containsExactlyInAnyOrderElementsOf(MEASURES.keySet());
        for (String measure : MEASURES.keySet()) {
            MeasureRules rules = Plans.RULES.rules(measure).orElseThrow();
            rules.ruleSets()
                    .forEach(set -> set.parameters()
                            .values()
                            .forEach(parameter -> assertThat(parameter.source().urls())
                                    .as(set.id() + " " + parameter.key().id())
                                    .isNotEmpty()));
        }
        assertThat(COUNTRIES.isMember("GB", 2020)).isTrue();
        assertThat(COUNTRIES.isMember("GB", 2021)).isFalse();
        assertThat(COUNTRIES.eligible("E4C-2014", 2017)).doesNotContain("XK").contains("RS", "LV");
        assertThat(COUNTRIES.eligible("E4C-2014", 2018)).contains("XK", "AL", "BA");
    }

    private static MeasureRules read(String text) {
        return RuleDataReader.readMeasure("programme/rules/E4C-2014-TT.yaml", text, MEASURES, COUNTRIES, null);
    }
}
