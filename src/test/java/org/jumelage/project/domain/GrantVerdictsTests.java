package org.jumelage.project.domain;

import static org.assertj.core.api.Assertions.assertThat;

import java.math.BigDecimal;
import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import org.jumelage.network.OrganisationType;
import org.jumelage.programme.Confidence;
import org.jumelage.programme.Eligibility;
import org.jumelage.programme.GrantEstimate;
import org.jumelage.programme.GrantEvaluation;
import org.jumelage.programme.GrantPlan;
import org.jumelage.programme.RuleCheck;
import org.jumelage.programme.RuleCheck.CheckStatus;
import org.jumelage.programme.RuleSource;
import org.jumelage.programme.ThresholdMargin;
import org.jumelage.project.GrantAward;
import org.jumelage.project.GrantForecast;
import org.jumelage.project.GrantForecast.Count;
import org.jumelage.project.GrantForecast.Remark;
import org.jumelage.project.GrantVerdict;
import org.jumelage.project.GrantVerdict.Status;
import org.junit.jupiter.api.Test;

/** The verdict on an awarded amount: secured, at risk, reduced, or not known, with its reasons. */
class GrantVerdictsTests {

    private static final GrantAward AWARD = new GrantAward(
            7L,
            new BigDecimal("20000.00"),
            "EUR",
            "2018-1234/001",
            LocalDate.of(2018, 9, 14),
            null,
            "Anna",
            Instant.parse("2018-09-15T10:00:00Z"));

    private static final RuleSource SOURCE =
            new RuleSource(List.of("https://example.org"), Confidence.CONFIRMED, "2024–2026", null, null, null);

    private static final GrantPlan PLAN = new GrantPlan(
            "CERV-TT",
            null,
            2024,
            new GrantPlan.Applicant("LV", OrganisationType.MUNICIPALITY),
            List.of(),
            null,
            null,
            List.of(),
            null);

    @Test
    void withoutAnAwardThereIsNothingToJudge() {
        GrantVerdict verdict = GrantVerdicts.judge(null, forecast(column(Count.PLANNED, met(), exact("25000"))));

        assertThat(verdict.status()).isEqualTo(Status.NO_AWARD);
        assertThat(verdict.reasons()).isEmpty();
    }

    @Test
    void attendedCountsThatMeetEveryThresholdAndBringTheAmountSecureIt() {
        GrantVerdict verdict = GrantVerdicts.judge(
                AWARD,
                forecast(column(Count.PLANNED, met(), exact("25000")), column(Count.ATTENDED, met(), exact("20000"))));

        assertThat(verdict.status()).isEqualTo(Status.SECURED);
        assertThat(verdict.basis()).isEqualTo(Count.ATTENDED);
        assertThat(verdict.ruleGrant()).isEqualByComparingTo("20000");
        assertThat(verdict.reduction()).isNull();
        assertThat(keys(verdict)).containsExactly("project.grant.verdict.reason.secured");
    }

    @Test
    void attendedCountsBelowAThresholdReduceTheGrantNamingTheEventAndTheMissingPeople() {
        GrantVerdict verdict = GrantVerdicts.judge(
                AWARD,
                forecast(
                        column(Count.PLANNED, met(), exact("25000")),
                        column(Count.REGISTERED, met(), exact("25000")),
                        column(Count.ATTENDED, missingTwoAtDaugavpils(), exact("0"))));

        assertThat(verdict.status()).isEqualTo(Status.REDUCED);
        assertThat(verdict.reasons().get(0))
                .isEqualTo(Remark.of(
                        "project.grant.margin.min-invited-participants",
                        2,
                        "Daugavpils meeting",
                        "",
                        25,
                        23,
                        BigDecimal.valueOf(25)));
        assertThat(verdict.reduction()).isEqualByComparingTo("20000");
    }

    @Test
    void registeredCountsBelowAThresholdPutTheGrantAtRisk() {
        GrantVerdict verdict = GrantVerdicts.judge(
                AWARD,
                forecast(
                        column(Count.PLANNED, met(), exact("25000")),
                        column(Count.REGISTERED, missingTwoAtDaugavpils(), exact("25000"))));

        assertThat(verdict.status()).isEqualTo(Status.AT_RISK);
        assertThat(verdict.basis()).isEqualTo(Count.REGISTERED);
        assertThat(keys(verdict)).containsExactly("project.grant.margin.min-invited-participants");
    }

    @Test
    void aShortfallInAttendanceIsOnlyARiskWhileAnEventIsStillToCome() {
        GrantPlan withMeeting = new GrantPlan(
                "CERV-TT",
                null,
                2024,
                new GrantPlan.Applicant("LV", OrganisationType.MUNICIPALITY),
                List.of(),
                null,
                null,
                List.of(new GrantPlan.Event(
                        "Daugavpils", "LV", null, LocalDate.of(2025, 6, 1), LocalDate.of(2025, 6, 3), 0, List.of())),
                null);
        GrantForecast forecast = forecast(new GrantForecast.Column(
                Count.ATTENDED,
                withMeeting,
                column(Count.ATTENDED, met(), exact("17500")).evaluation()));

        GrantVerdict during = GrantVerdicts.judge(AWARD, forecast, LocalDate.of(2025, 6, 2));
        GrantVerdict after = GrantVerdicts.judge(AWARD, forecast, LocalDate.of(2025, 6, 4));

        assertThat(during.status()).isEqualTo(Status.AT_RISK);
        assertThat(during.reasons()).contains(Remark.of("project.grant.verdict.reason.events-ahead", 1L));
        assertThat(after.status()).isEqualTo(Status.REDUCED);
        assertThat(keys(after)).doesNotContain("project.grant.verdict.reason.events-ahead");
    }

    @Test
    void aLowerGrantForTheAttendedReducesTheAwardByTheDifference() {
        GrantVerdict verdict = GrantVerdicts.judge(AWARD, forecast(column(Count.ATTENDED, met(), exact("17500"))));

        assertThat(verdict.status()).isEqualTo(Status.REDUCED);
        assertThat(verdict.reduction()).isEqualByComparingTo("2500");
        assertThat(verdict.reasons())
                .containsExactly(Remark.of(
                        "project.grant.verdict.reason.lower",
                        new BigDecimal("17500"),
                        new BigDecimal("20000.00"),
                        new BigDecimal("2500.00")));
    }

    @Test
    void whereTheTableIsNotKnownTheRangeDecidesOrTheVerdictStaysOpen() {
        GrantVerdict open = GrantVerdicts.judge(AWARD, forecast(column(Count.ATTENDED, met(), range("5000", "25000"))));
        assertThat(open.status()).isEqualTo(Status.NOT_KNOWN);
        assertThat(open.ruleGrant()).isNull();
        assertThat(keys(open)).containsExactly("project.grant.verdict.reason.range");

        GrantVerdict above =
                GrantVerdicts.judge(AWARD, forecast(column(Count.ATTENDED, met(), range("20000", "30000"))));
        assertThat(above.status()).isEqualTo(Status.SECURED);

        GrantVerdict below = GrantVerdicts.judge(AWARD, forecast(column(Count.PLANNED, met(), range("5000", "15000"))));
        assertThat(below.status()).isEqualTo(Status.AT_RISK);
        assertThat(below.reduction()).isEqualByComparingTo("5000");
    }

    @Test
    void aFailedRuleWithoutMarginsIsNamedAndAProjectTheRulesCannotJudgeIsNotKnown() {
        RuleCheck countries = new RuleCheck(
                "min-countries",
                CheckStatus.FAILED,
                2,
                1,
                "",
                "rules.check.min-countries.failed",
                List.of(1, 2),
                SOURCE);
        GrantEvaluation evaluation = new GrantEvaluation(
                "CERV-TT",
                "CERV-TT/2024-2026",
                2024,
                Eligibility.NOT_ELIGIBLE,
                List.of(countries),
                exact("25000"),
                List.of());
        GrantVerdict failed =
                GrantVerdicts.judge(AWARD, forecast(new GrantForecast.Column(Count.ATTENDED, PLAN, evaluation)));
        assertThat(failed.status()).isEqualTo(Status.REDUCED);
        assertThat(keys(failed)).containsExactly("project.grant.verdict.reason.rule-failed");

        GrantForecast refused = new GrantForecast(
                7L,
                "CERV-TT",
                null,
                null,
                GrantForecast.CallYearSource.NONE,
                List.of(),
                List.of(),
                Remark.of("project.grant.no-call-year"),
                null);
        GrantVerdict unknown = GrantVerdicts.judge(AWARD, refused);
        assertThat(unknown.status()).isEqualTo(Status.NOT_KNOWN);
        assertThat(keys(unknown))
                .containsExactly("project.grant.verdict.reason.no-rules", "project.grant.no-call-year");
    }

    private static List<String> keys(GrantVerdict verdict) {
        return verdict.reasons().stream().map(Remark::messageKey).toList();
    }

    private static GrantForecast forecast(GrantForecast.Column... columns) {
        return new GrantForecast(
                7L, "CERV-TT", null, 2024, GrantForecast.CallYearSource.CALL, List.of(columns), List.of(), null, null);
    }

    private static GrantForecast.Column column(Count count, List<ThresholdMargin> margins, GrantEstimate grant) {
        boolean failed = margins.stream().anyMatch(margin -> margin.status() == CheckStatus.FAILED);
        List<RuleCheck> checks = new ArrayList<>();
        if (failed) {
            checks.add(new RuleCheck(
                    "min-invited-participants",
                    CheckStatus.FAILED,
                    25,
                    23,
                    "Daugavpils meeting",
                    "rules.check.min-invited-participants.failed",
                    List.of(23, 25),
                    SOURCE));
        }
        GrantEvaluation evaluation = new GrantEvaluation(
                "CERV-TT",
                "CERV-TT/2024-2026",
                2024,
                failed ? Eligibility.NOT_ELIGIBLE : Eligibility.ELIGIBLE,
                checks,
                grant,
                margins);
        return new GrantForecast.Column(count, PLAN, evaluation);
    }

    private static List<ThresholdMargin> met() {
        return List.of(margin(30));
    }

    private static List<ThresholdMargin> missingTwoAtDaugavpils() {
        return List.of(margin(23));
    }

    private static ThresholdMargin margin(int invited) {
        return new ThresholdMargin(
                "min-invited-participants",
                0,
                "Daugavpils meeting",
                null,
                null,
                null,
                ThresholdMargin.Limit.AT_LEAST,
                BigDecimal.valueOf(25),
                25,
                invited,
                Math.max(0, 25 - invited),
                invited >= 25 ? CheckStatus.PASSED : CheckStatus.FAILED,
                ThresholdMargin.Unit.INVITED_PARTICIPANTS);
    }

    private static GrantEstimate exact(String amount) {
        return new GrantEstimate(true, new BigDecimal(amount), null, null, "EUR", List.of(), List.of());
    }

    private static GrantEstimate range(String min, String max) {
        return new GrantEstimate(false, null, new BigDecimal(min), new BigDecimal(max), "EUR", List.of(), List.of());
    }
}
