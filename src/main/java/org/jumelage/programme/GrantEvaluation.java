package org.jumelage.programme;

import java.util.List;

/**
 * The verdict on a plan: the checks of every rule of its rule set, failing ones first, and the grant.
 *
 * @param ruleSet the rule set used, for example {@code E4C-2014-TT/2014-2020}
 * @param callYear the call year that selected it
 * @param eligibility eligible, not eligible, or not decided yet (see {@link Eligibility})
 */
public record GrantEvaluation(
        String measure,
        String ruleSet,
        int callYear,
        Eligibility eligibility,
        List<RuleCheck> checks,
        GrantEstimate grant) {

    public GrantEvaluation {
        checks = List.copyOf(checks);
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

    /** Whether the plan is eligible: every eligibility check passed ({@code false} while one is not decided). */
    public boolean eligible() {
        return eligibility == Eligibility.ELIGIBLE;
    }
}
