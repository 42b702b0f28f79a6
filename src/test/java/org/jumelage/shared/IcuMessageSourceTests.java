package org.jumelage.shared;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.Locale;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/** Counts follow each language's plural rules: English 1 / other, Latvian 1, 21, 31 … (not 11) / other. */
class IcuMessageSourceTests {

    static final IcuMessageSource MESSAGES = IcuMessageSource.of(
            "i18n/messages",
            "i18n/network",
            "i18n/programme",
            "i18n/rules",
            "i18n/project",
            "i18n/event",
            "i18n/mail",
            "i18n/publicity");

    static final Locale LV = Locale.forLanguageTag("lv");

    @ParameterizedTest
    @CsvSource({
        "0, 0 invited participants; at least 5 needed",
        "1, 1 invited participant; at least 5 needed",
        "2, 2 invited participants; at least 5 needed",
        "11, 11 invited participants; at least 5 needed",
        "21, 21 invited participants; at least 5 needed"
    })
    void englishTakesTheSingularForOneOnly(int count, String expected) {
        assertThat(MESSAGES.getMessage(
                        "rules.check.min-invited-participants.failed", new Object[] {count, 5}, Locale.ENGLISH))
                .isEqualTo(expected);
    }

    @ParameterizedTest
    @CsvSource({
        "0, Kā delegācijas dalībnieki importētas 0 rindas.",
        "1, Kā delegācijas dalībnieki importēta 1 rinda.",
        "2, Kā delegācijas dalībnieki importētas 2 rindas.",
        "11, Kā delegācijas dalībnieki importētas 11 rindas.",
        "21, Kā delegācijas dalībnieki importēta 21 rinda.",
        "31, Kā delegācijas dalībnieki importēta 31 rinda.",
        "111, Kā delegācijas dalībnieki importētas 111 rindas."
    })
    void latvianTakesTheSingularForOneTwentyOneAndSoOnButNotEleven(int count, String expected) {
        assertThat(MESSAGES.getMessage("event.import.result.imported", new Object[] {count}, LV))
                .isEqualTo(expected);
    }

    @ParameterizedTest
    @CsvSource({
        "0, 0 rows imported",
        "1, 1 row imported",
        "2, 2 rows imported",
        "11, 11 rows imported",
        "21, 21 rows imported"
    })
    void englishRowsFollowTheCount(int count, String expected) {
        assertThat(MESSAGES.getMessage("event.import.result.imported", new Object[] {count}, Locale.ENGLISH))
                .startsWith(expected + " as members");
    }

    @ParameterizedTest
    @CsvSource({
        "0, '0 uzaicinātie dalībnieki: zem zemākās joslas (5), vienreizējā maksājuma nav'",
        "1, '1 uzaicinātais dalībnieks: zem zemākās joslas (5), vienreizējā maksājuma nav'",
        "2, '2 uzaicinātie dalībnieki: zem zemākās joslas (5), vienreizējā maksājuma nav'",
        "11, '11 uzaicinātie dalībnieki: zem zemākās joslas (5), vienreizējā maksājuma nav'",
        "21, '21 uzaicinātais dalībnieks: zem zemākās joslas (5), vienreizējā maksājuma nav'"
    })
    void latvianInvitedParticipants(int count, String expected) {
        assertThat(MESSAGES.getMessage("rules.line.below-bands", new Object[] {count, 5}, LV))
                .isEqualTo(expected);
    }

    @Test
    void aCountHandedOverAsTextStillChoosesItsForm() {
        assertThat(MESSAGES.getMessage("error.event.import.too-many-rows", new Object[] {"1"}, Locale.ENGLISH))
                .startsWith("The list has more than 1 row;");
        assertThat(MESSAGES.getMessage("error.event.import.too-many-rows", new Object[] {"21"}, LV))
                .startsWith("Sarakstā ir vairāk nekā 21 rinda;");
    }

    @Test
    void apostrophesAndTextsWithoutArgumentsAreAsBefore() {
        assertThat(MESSAGES.getMessage("rules.note.bands-partial", new Object[] {1, 3}, Locale.ENGLISH))
                .isEqualTo("The lump-sum table is known only from 1 invited participant on; with 3 the grant lies"
                        + " between the call's minimum and that band.");
    }

    @Test
    void projectDurationCountsMonthsAndDays() {
        assertThat(MESSAGES.getMessage("rules.check.project-duration.passed", new Object[] {1, 0}, Locale.ENGLISH))
                .isEqualTo("The project lasts 1 month");
        assertThat(MESSAGES.getMessage("rules.check.project-duration.passed", new Object[] {21, 1}, LV))
                .isEqualTo("Projekts ilgst 21 mēnesi un 1 dienu");
    }
}
