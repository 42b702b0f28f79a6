package org.jumelage.programme;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class FundingStatementTests {

    @ParameterizedTest
    @CsvSource(textBlock = """
            E4C-2007, programme.funding.e4c
            E4C-2014, programme.funding.e4c
            e4c-2014, programme.funding.e4c
            CERV,     programme.funding.cerv
            ,         programme.funding.cerv
            """)
    void theFundingStatementFollowsTheProgramme(String programme, String key) {
        assertThat(FundingStatement.messageKey(programme)).isEqualTo(key);
    }
}
