package org.jumelage.programme.domain;

import static org.assertj.core.api.Assertions.assertThat;

import org.jumelage.programme.ReferenceNumber;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.ValueSource;

/** What reference numbers say, and how texts that are not understood are kept with a note. */
class ReferenceNumberReaderTests {

    static final ReferenceNumberReader READER = new ReferenceNumberReader(CatalogueLoader.load());

    @ParameterizedTest(name = "[{index}] \"{0}\"")
    @CsvSource(delimiter = '|', nullValues = "-", ignoreLeadingAndTrailingWhitespace = false, textBlock = """
            558833-CITIZ-1-2014-2-PL-CITIZ-NT|558833-CITIZ-1-2014-2-PL-CITIZ-NT|558833|CITIZ|2014|2|PL|E4C-2014-NT|-
            '  558833-citiz-1-2014-2-pl-citiz-nt  '|558833-CITIZ-1-2014-2-PL-CITIZ-NT|558833|CITIZ|2014|2|PL|E4C-2014-NT|-
            558833 - CITIZ - 1 - 2014 - 2 - PL - CITIZ - NT|558833-CITIZ-1-2014-2-PL-CITIZ-NT|558833|CITIZ|2014|2|PL|E4C-2014-NT|-
            558833–CITIZ–1–2014–2–PL–CITIZ–NT|558833-CITIZ-1-2014-2-PL-CITIZ-NT|558833|CITIZ|2014|2|PL|E4C-2014-NT|-
            601234-CITIZ-1-2018-1-LV-CITIZ-TT|601234-CITIZ-1-2018-1-LV-CITIZ-TT|601234|CITIZ|2018|1|LV|E4C-2014-TT|-
            587001-CITIZ-1-2017-1-DE-CITIZ-REMEM|587001-CITIZ-1-2017-1-DE-CITIZ-REMEM|587001|CITIZ|2017|1|DE|E4C-2014-REM|-
            612345-CITIZ-1-2020-2-IT-CITIZ-CIV|612345-CITIZ-1-2020-2-IT-CITIZ-CIV|612345|CITIZ|2020|2|IT|E4C-2014-CSP|-
            575757-CITIZ-1-2016-2-EL-CITIZ-TT|575757-CITIZ-1-2016-2-EL-CITIZ-TT|575757|CITIZ|2016|2|GR|E4C-2014-TT|-
            575758-CITIZ-1-2016-1-UK-CITIZ-NT|575758-CITIZ-1-2016-1-UK-CITIZ-NT|575758|CITIZ|2016|1|GB|E4C-2014-NT|-
            599999-CITIZ-1-2019-1-RS-CITIZ-TT|599999-CITIZ-1-2019-1-RS-CITIZ-TT|599999|CITIZ|2019|1|RS|E4C-2014-TT|-
            CERV-2024-CITIZENS-TOWN-TT|CERV-2024-CITIZENS-TOWN-TT|-|CERV|2024|-|-|CERV-TT|-
            cerv-2021-citizens-town-nt|CERV-2021-CITIZENS-TOWN-NT|-|CERV|2021|-|-|CERV-NT|-
            101081234|101081234|101081234|-|-|-|-|-|programme.reference.number-only
            ' 101081234 '|101081234|101081234|-|-|-|-|-|programme.reference.number-only
            """)
    void readsWhatTheNumberSays(
            String text,
            String canonical,
            String proposal,
            String programme,
            Integer year,
            Integer round,
            String country,
            String measure,
            String note) {
        ReferenceNumber number = READER.read(text);

        assertThat(number)
                .isEqualTo(
                        new ReferenceNumber(canonical, true, proposal, programme, year, round, country, measure, note));
    }

    @ParameterizedTest(name = "[{index}] \"{0}\" -> {1}")
    @CsvSource(delimiter = '|', ignoreLeadingAndTrailingWhitespace = false, textBlock = """
            558833-CITIZ-1-2013-2-PL-CITIZ-NT|programme.reference.year-out-of-range
            558833-CITIZ-1-2021-1-PL-CITIZ-TT|programme.reference.year-out-of-range
            CERV-2020-CITIZENS-TOWN-TT|programme.reference.year-out-of-range
            CERV-2028-CITIZENS-TOWN-TT|programme.reference.year-out-of-range
            558833-CITIZ-1-2014-2-XX-CITIZ-NT|programme.reference.unknown-country
            558833-CITIZ-1-2014-2-US-CITIZ-NT|programme.reference.unknown-country
            558833-CITIZ-1-2014-2-PL-CITIZ-XYZ|programme.reference.unknown-measure
            CERV-2024-CITIZENS-REM|programme.reference.unknown-measure
            558833-CITIZ-1-2014-0-PL-CITIZ-NT|programme.reference.not-understood
            55883-CITIZ-1-2014-2-PL-CITIZ-NT|programme.reference.not-understood
            558833-EPP-1-2014-2-PL-EPPKA2-CBHE|programme.reference.not-understood
            558833-CITIZ-1-2014-2-POL-CITIZ-NT|programme.reference.not-understood
            558833/CITIZ/1/2014/2/PL/CITIZ/NT|programme.reference.not-understood
            558833|programme.reference.not-understood
            102081234|programme.reference.not-understood
            TTChan|programme.reference.not-understood
            Nr. 558833-CITIZ-1-2014-2-PL-CITIZ-NT|programme.reference.not-understood
            ''|programme.reference.empty
            '   '|programme.reference.empty
            """)
    void keepsWhatItDoesNotUnderstandAsTypedWithANote(String text, String note) {
        ReferenceNumber number = READER.read(text);

        assertThat(number).isEqualTo(ReferenceNumber.notUnderstood(text, note));
        assertThat(number.text()).isSameAs(text);
    }

    @ParameterizedTest
    @ValueSource(ints = {ReferenceNumberReader.MAX_LENGTH + 1, 10_000_000})
    void aVeryLongTextIsNotEvenLookedAt(int length) {
        String text = "5".repeat(length);

        assertThat(READER.read(text))
                .isEqualTo(ReferenceNumber.notUnderstood(text, "programme.reference.not-understood"));
    }

    @Test
    void theNumberOfTheOriginDocumentReadsAsTheIssueDescribes() {
        ReferenceNumber number = READER.read("558833-CITIZ-1-2014-2-PL-CITIZ-NT");

        assertThat(number.parsed()).isTrue();
        assertThat(number.proposalNumber()).isEqualTo("558833");
        assertThat(number.programme()).isEqualTo("CITIZ");
        assertThat(number.year()).isEqualTo(2014);
        assertThat(number.round()).isEqualTo(2);
        assertThat(number.applicantCountry()).isEqualTo("PL");
        assertThat(number.measureCode()).isEqualTo("E4C-2014-NT");
        assertThat(number.noteKey()).isNull();
    }
}
