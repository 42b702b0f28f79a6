package org.jumelage.programme.web;

import java.math.BigDecimal;
import java.util.List;
import org.jumelage.programme.Confidence;
import org.jumelage.programme.GrantEstimate;
import org.jumelage.programme.GrantEvaluation;
import org.jumelage.programme.RuleCheck;
import org.jumelage.programme.RuleCheck.CheckStatus;
import org.jumelage.programme.RuleSource;

/**
 * Evaluations as a fake rules engine answers them in the web slices. Their message keys are texts
 * of the programme bundle, so that the slices see them translated without the rules bundle.
 */
final class GrantEvaluationMother {

    static final RuleSource GUIDE = new RuleSource(
            List.of("https://www.eacea.ec.europa.eu/guide-2018.pdf", "https://km.gov.lv/e4c"),
            Confidence.CONFIRMED,
            "2014–2020",
            null,
            null,
            null);

    static final RuleSource ONE_SOURCE = new RuleSource(
            List.of("https://example.org/faq"), Confidence.SINGLE_SOURCE, "2018", "from a FAQ", null, null);

    private GrantEvaluationMother() {}

    /** Town twinning with too few invited participants (12 of 25): not eligible, an exact grant. */
    static GrantEvaluation tooFewInvited() {
        return new GrantEvaluation(
                "E4C-2014-TT",
                "E4C-2014-TT/2014-2020",
                2018,
                false,
                List.of(
                        new RuleCheck(
                                "partner-countries",
                                CheckStatus.PASSED,
                                2,
                                2,
                                "",
                                "programme.plan.event-label.undated",
                                List.of(2, "LT"),
                                GUIDE),
                        new RuleCheck(
                                "applicant-type",
                                CheckStatus.UNKNOWN,
                                List.of("MUNICIPALITY"),
                                null,
                                "",
                                "programme.plan.required",
                                List.of(),
                                ONE_SOURCE),
                        new RuleCheck(
                                "min-invited-participants",
                                CheckStatus.FAILED,
                                25,
                                12,
                                "event 1 (Daugavpils, 8 Nov 2018 – 12 Nov 2018)",
                                "programme.plan.year-not-deadline",
                                List.of(12, 25),
                                GUIDE)),
                new GrantEstimate(
                        true,
                        new BigDecimal("5000"),
                        new BigDecimal("5000"),
                        new BigDecimal("25000"),
                        GrantEstimate.EUR,
                        List.of(
                                new GrantEstimate.Line(
                                        "programme.plan.event-label.undated",
                                        List.of(52, "LV"),
                                        new BigDecimal("5000.00"),
                                        GUIDE),
                                new GrantEstimate.Line(
                                        "programme.plan.required", List.of(), new BigDecimal("0"), null)),
                        List.of(new GrantEstimate.Note("programme.plan.unknown-town", List.of("42"), ONE_SOURCE))));
    }

    /** The same plan with enough invited participants: eligible. */
    static GrantEvaluation eligible() {
        GrantEvaluation failing = tooFewInvited();
        List<RuleCheck> checks = failing.checks().stream()
                .map(check -> check.failed()
                        ? new RuleCheck(
                                check.rule(),
                                CheckStatus.PASSED,
                                25,
                                30,
                                check.subject(),
                                check.messageKey(),
                                List.of(30, 25),
                                check.source())
                        : check)
                .toList();
        return new GrantEvaluation(
                failing.measure(), failing.ruleSet(), failing.callYear(), true, checks, failing.grant());
    }
}
