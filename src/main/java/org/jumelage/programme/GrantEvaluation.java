package org.jumelage.programme;

import java.util.List;

/**
 * The verdict on a plan: the checks of every rule of its rule set, failing ones first, and the grant.
 *
 * @param ruleSet the rule set used, for example {@code E4C-2014-TT/2014-2020}
 * @param callYear the call year that selected it
 * @param eligible no eligibility check failed (checks that cannot be decided do not count against it)
 */
public record GrantEvaluation(
        String measure, String ruleSet, int callYear, boolean eligible, List<RuleCheck> checks, GrantEstimate grant) {

    public GrantEvaluation {
        checks = List.copyOf(checks);
    }
}
