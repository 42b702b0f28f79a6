package org.jumelage.programme;

/**
 * Checks a plan against the rules of its measure and call and computes the grant it brings. The
 * rules come from versioned rule data ({@code programme/rules/*.yaml}) with the administrators'
 * overrides; the calculation itself is pure Java. A plan the rules cannot be applied to (unknown
 * measure, a call year no rule set covers, negative counts, an end before its start) is refused
 * with a {@link ProgrammeException} naming the field.
 */
public interface GrantCalculator {

    GrantEvaluation evaluate(GrantPlan plan);
}
