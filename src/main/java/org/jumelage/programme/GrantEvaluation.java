package org.jumelage.programme;

import java.util.List;

/**
 * The verdict on a plan: the checks of every rule of its rule set, failing ones first, and the grant.
 *
 * @param ruleSet the rule set used, for example {@code E4C-2014-TT/2014-2020}
 * @param callYear the call year that selected it
 * @param eligibility eligible, not eligible, or not decided yet (see {@link Eligibility})
 * @param margins the margin of every event (and every invited delegation) to every per-event threshold of
 *     the rule set, in the rule set's order and then the plan's (see {@link ThresholdMargin}); the checks
 *     name only the worst one
 */
public record GrantEvaluation(
        String measure,
        String ruleSet,
        int callYear,
        Eligibility eligibility,
        List<RuleCheck> checks,
        GrantEstimate grant,
        List<ThresholdMargin> margins) {

    public GrantEvaluation {
        checks = List.copyOf(checks);
        margins = List.copyOf(margins);
    }

    /** An evaluation without margins (one that does not look at events one by one). */
    public GrantEvaluation(
            String measure,
            String ruleSet,
            int callYear,
            Eligibility eligibility,
            List<RuleCheck> checks,
            GrantEstimate grant) {
        this(measure, ruleSet, callYear, eligibility, checks, grant, List.of());
    }

    /** An evaluation that is decided: eligible or not. */
    public GrantEvaluation(
            String measure,
            String ruleSet,
            int callYear,
            boolean eligible,
            List<RuleCheck> checks,
            GrantEstimate grant) {
        this(measure, ruleSet, callYear, eligible ? Eligibility.ELIGIBLE : Eligibility.NOT_ELIGIBLE, checks, grant);
    }

    /** The margins of one rule, for example {@code min-invited-participants}. */
    public List<ThresholdMargin> margins(String rule) {
        return margins.stream().filter(margin -> margin.rule().equals(rule)).toList();
    }

    /** Whether the plan is eligible: every eligibility check passed ({@code false} while one is not decided). */
    public boolean eligible() {
        return eligibility == Eligibility.ELIGIBLE;
    }
}
