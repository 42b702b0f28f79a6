package org.jumelage.participation;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.ValueSource;

class CheckInCodeTests {

    @ParameterizedTest
    @CsvSource(delimiter = '|', textBlock = """
            ABCD-EFGH   | ABCDEFGH
            abcd efgh   | ABCDEFGH
            ' x7k2-9m3p '| X7K29M3P
            x7-k2 9m-3p | X7K29M3P
            X7K29M3P    | X7K29M3P
            """)
    void readsWhatAPersonTypesInAnyCaseWithSpacesAndDashes(String typed, String stored) {
        assertThat(CheckInCode.normalise(typed)).hasValue(stored);
    }

    @ParameterizedTest
    @ValueSource(
            strings = {
                "",
                "ABCDEFG",
                "ABCDEFGHJ",
                "0BCDEFGH",
                "OBCDEFGH",
                "1BCDEFGH",
                "IBCDEFGH",
                "LBCDEFGH",
                "ABCD.EFGH",
                "ĀBCDEFGH"
            })
    void refusesWhatCannotBeACode(String typed) {
        assertThat(CheckInCode.normalise(typed)).isEmpty();
    }

    @ParameterizedTest
    @ValueSource(strings = {"0", "O", "1", "I", "L"})
    void theAlphabetHasNoLookAlikes(String lookAlike) {
        assertThat(CheckInCode.ALPHABET).doesNotContain(lookAlike);
    }

    @org.junit.jupiter.api.Test
    void showsTheStoredCodeInTwoGroups() {
        assertThat(CheckInCode.display("X7K29M3P")).isEqualTo("X7K2-9M3P");
    }

    @org.junit.jupiter.api.Test
    void tellsATokenFromACode() {
        assertThat(CheckInCode.isToken("12.abc.sig")).isTrue();
        assertThat(CheckInCode.isToken("X7K2-9M3P")).isFalse();
    }
}
