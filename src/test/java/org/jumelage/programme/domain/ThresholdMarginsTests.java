package org.jumelage.programme.domain;

import static org.assertj.core.api.Assertions.assertThat;
import static org.jumelage.programme.domain.Plans.plan;

import java.math.BigDecimal;
import java.util.List;
import org.jumelage.programme.GrantEvaluation;
import org.jumelage.programme.RuleCheck;
import org.jumelage.programme.RuleCheck.CheckStatus;
import org.jumelage.programme.ThresholdMargin;
import org.jumelage.programme.ThresholdMargin.Limit;
import org.jumelage.programme.ThresholdMargin.Unit;
import org.junit.jupiter.api.Test;

/** The margin of every event, not only the worst one, to each per-event threshold. */
class ThresholdMarginsTests {

    @Test
    void everyEventGetsItsMarginToTheInvitedAndDirectMinimum() {
        // CERV-TT 2024: at least 25 invited and 50 direct participants at each event.
        GrantEvaluation evaluation = plan("CERV-TT", 2024)
                .partners("LT", "EE")
                .event("LV", 3, 30, "LT", 20, "EE", 3)
                .event("LT", 2, 10, "LV", 30, "EE", 15)
                .evaluate();

        List<ThresholdMargin> invited = evaluation.margins("min-invited-participants");
        assertThat(invited).extracting(ThresholdMargin::eventIndex).containsExactly(0, 1);
        assertThat(invited).extracting(ThresholdMargin::event).containsExactly("#1", "#2");
        assertThat(invited).extracting(ThresholdMargin::required).containsExactly(25, 25);
        assertThat(invited).extracting(ThresholdMargin::actual).containsExactly(23, 45);
        assertThat(invited).extracting(ThresholdMargin::missing).containsExactly(2, 0);
        assertThat(invited).extracting(ThresholdMargin::status).containsExactly(CheckStatus.FAILED, CheckStatus.PASSED);
        assertThat(invited)
                .allMatch(margin -> margin.unit() == Unit.INVITED_PARTICIPANTS
                        && margin.limit() == Limit.AT_LEAST
                        && margin.delegation() == null);

        List<ThresholdMargin> direct = evaluation.margins("min-direct-participants");
        assertThat(direct).extracting(ThresholdMargin::actual).containsExactly(53, 55);
        assertThat(direct).extracting(ThresholdMargin::missing).containsExactly(0, 0);
        assertThat(direct).allMatch(ThresholdMargin::reached);
    }

    @Test
    void theMarginsAgreeWithTheCheckThatNamesTheWorstEvent() {
        GrantEvaluation evaluation = plan("CERV-TT", 2024)
                .partners("LT")
                .event("LV", 3, 40, "LT", 30)
                .event("LT", 2, 40, "LV", 12)
                .evaluate();

        RuleCheck check = evaluation.checks().stream()
                .filter(c -> c.rule().equals("min-invited-participants"))
                .findFirst()
                .orElseThrow();
        ThresholdMargin worst = evaluation.margins("min-invited-participants").stream()
                .filter(margin -> !margin.reached())
                .findFirst()
                .orElseThrow();
        assertThat(check.failed()).isTrue();
        assertThat(check.subject()).isEqualTo(worst.event()).isEqualTo("#2");
        assertThat(check.actual()).isEqualTo(worst.actual()).isEqualTo(12);
        assertThat(worst.missing()).isEqualTo(13);
    }

    @Test
    void aWholeProjectMinimumGivesOneMarginWithoutEvent() {
        // E4C-2007-TT: 25 invited participants over the project, 5 per invited town.
        GrantEvaluation evaluation = plan("E4C-2007-TT", 2012)
                .partners("LT", "EE")
                .event("LV", 3, 10, "LT", 12, "EE", 4)
                .evaluate();

        assertThat(evaluation.margins("min-invited-participants"))
                .singleElement()
                .satisfies(margin -> {
                    assertThat(margin.projectWide()).isTrue();
                    assertThat(margin.event()).isEmpty();
                    assertThat(margin.actual()).isEqualTo(16);
                    assertThat(margin.missing()).isEqualTo(9);
                });
    }

    @Test
    void everyInvitedDelegationGetsItsMarginToThePerTownMinimum() {
        GrantEvaluation evaluation = plan("E4C-2007-TT", 2012)
                .partners("LT", "EE")
                .event("LV", 3, 10, "LT", 12, "EE", 4, "LV", 7)
                .event("LT", 3, 10, "LV", 5)
                .evaluate();

        List<ThresholdMargin> towns = evaluation.margins("min-participants-per-invited-town");
        // The host country's own delegation (LV at the Latvian event) is not invited: no margin.
        assertThat(towns).extracting(ThresholdMargin::eventIndex).containsExactly(0, 0, 1);
        assertThat(towns).extracting(ThresholdMargin::delegationIndex).containsExactly(0, 1, 0);
        assertThat(towns).extracting(ThresholdMargin::delegation).containsExactly("LT", "EE", "LV");
        assertThat(towns).extracting(ThresholdMargin::country).containsExactly("LT", "EE", "LV");
        assertThat(towns).extracting(ThresholdMargin::missing).containsExactly(0, 1, 0);
        assertThat(towns).allMatch(margin -> margin.unit() == Unit.DELEGATION_PARTICIPANTS);
    }

    @Test
    void theDaysOfEveryEventAreAnUpperLimit() {
        // E4C-2014-TT: events of at most 21 days.
        GrantEvaluation evaluation = plan("E4C-2014-TT", 2018)
                .partners("LT")
                .event("LV", 4, 10, "LT", 30)
                .event("LT", 23, 10, "LV", 30)
                .evaluate();

        List<ThresholdMargin> days = evaluation.margins("max-event-days");
        assertThat(days).extracting(ThresholdMargin::limit).containsOnly(Limit.AT_MOST);
        assertThat(days).extracting(ThresholdMargin::actual).containsExactly(4, 23);
        assertThat(days).extracting(ThresholdMargin::missing).containsExactly(0, 2);
        assertThat(days).extracting(ThresholdMargin::status).containsExactly(CheckStatus.PASSED, CheckStatus.FAILED);
    }

    @Test
    void theInvitedShareIsCountedInInvitedParticipants() {
        // E4C-2014-NT: at least 30 % of the participants invited. 70 others need 30 invited (30/100).
        GrantEvaluation evaluation = plan("E4C-2014-NT", 2018)
                .partners("LT", "EE", "DE")
                .event("LV", 3, 70, "LT", 20, "EE", 8)
                .event("LT", 3, 0)
                .evaluate();

        List<ThresholdMargin> share = evaluation.margins("min-invited-share");
        ThresholdMargin first = share.get(0);
        assertThat(first.ruleValue()).isEqualByComparingTo("30");
        assertThat(first.required()).isEqualTo(30);
        assertThat(first.actual()).isEqualTo(28);
        assertThat(first.missing()).isEqualTo(2);
        assertThat(first.status()).isEqualTo(CheckStatus.FAILED);
        // An event nobody is planned for has no share to judge.
        assertThat(share.get(1).status()).isEqualTo(CheckStatus.UNKNOWN);
        assertThat(share.get(1).missing()).isZero();
    }

    @Test
    void theInvitedNeededForAShareIsTheSmallestThatReachesIt() {
        for (int others = 0; others < 200; others++) {
            for (String percent : List.of("30", "33.3", "50", "25")) {
                BigDecimal share = new BigDecimal(percent);
                int needed = EligibilityRules.invitedForShare(share, others);
                assertThat(reaches(needed, others, share)).isTrue();
                if (needed > 0) {
                    assertThat(reaches(needed - 1, others, share)).isFalse();
                }
            }
        }
    }

    private static boolean reaches(int invited, int others, BigDecimal percent) {
        return BigDecimal.valueOf(invited * 100L)
                        .compareTo(percent.multiply(BigDecimal.valueOf((long) invited + others)))
                >= 0;
    }

    @Test
    void aPlanWithoutEventsHasNoPerEventMargins() {
        assertThat(plan("CERV-TT", 2024).partners("LT").evaluate().margins()).isEmpty();
    }
}
