package org.jumelage.programme.domain;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import org.jspecify.annotations.Nullable;
import org.jumelage.programme.Eligibility;
import org.jumelage.programme.GrantEvaluation;
import org.jumelage.programme.GrantPlan;
import org.jumelage.programme.ProgrammeException;
import org.jumelage.programme.RuleCheck;
import org.jumelage.shared.Countries;

/**
 * Evaluates a plan against a measure's rules: checks the plan's shape, picks the rule set of the
 * call year, works out the facts, applies the eligibility rules and the grant formula. Pure Java:
 * no Spring, no database; the same plan and rules always give the same answer.
 */
final class PlanEvaluator {

    /** More than any real project has; a bigger plan is a mistake or an attack. */
    static final int MAX_ITEMS = 1_000;

    private PlanEvaluator() {}

    static GrantEvaluation evaluate(MeasureRules rules, CountryLists countries, GrantPlan plan) {
        check(plan);
        int year = callYear(plan);
        RuleSet ruleSet = rules.forYear(year)
                .orElseThrow(() -> ProgrammeException.noRuleSet(
                        plan.deadline() != null ? "deadline" : "callYear",
                        rules.measure(),
                        year,
                        rules.coveredYears()));
        Set<String> eligible = ruleSet.parameter(ParameterKey.ELIGIBLE_COUNTRIES)
                .map(list -> countries.eligible((String) list.value(), year))
                .orElse(null);
        PlanFacts facts = PlanFacts.of(plan, eligible);
        List<RuleCheck> eligibilityChecks = EligibilityRules.check(ruleSet, countries, year, plan, facts);
        List<RuleCheck> checks = new ArrayList<>(eligibilityChecks);
        GrantFormulas.Result grant = GrantFormulas.estimate(ruleSet, facts, plan);
        checks.addAll(grant.checks());
        // The payment floor decides whether money is paid, not whether the project is eligible.
        boolean failed = checks.stream()
                .anyMatch(check -> check.failed() && !check.rule().equals(ParameterKey.PAYMENT_FLOOR.id()));
        // A check of the rules that cannot be decided yet keeps the verdict open; an inexact grant amount does not.
        boolean undecided =
                eligibilityChecks.stream().anyMatch(check -> check.status() == RuleCheck.CheckStatus.UNKNOWN);
        return new GrantEvaluation(
                rules.measure(),
                ruleSet.id(),
                year,
                Eligibility.of(failed, undecided),
                EligibilityRules.ordered(checks),
                grant.estimate(),
                EligibilityRules.margins(ruleSet, facts));
    }

    /** The call year: the deadline's year, else the given call year. */
    static int callYear(GrantPlan plan) {
        LocalDate deadline = plan.deadline();
        Integer callYear = plan.callYear();
        if (deadline != null && callYear != null && deadline.getYear() != callYear) {
            throw ProgrammeException.callYearMismatch(deadline.getYear(), callYear);
        }
        if (deadline != null) {
            return deadline.getYear();
        }
        if (callYear == null) {
            throw ProgrammeException.callYearMissing();
        }
        return callYear;
    }

    /** Refuses what no rule can be applied to, naming the field as the API writes it. */
    static void check(GrantPlan plan) {
        country("applicant.country", plan.applicant().country());
        size("partners", plan.partners().size());
        for (int i = 0; i < plan.partners().size(); i++) {
            country("partners[" + i + "].country", plan.partners().get(i).country());
        }
        period("projectStart", "projectEnd", plan.projectStart(), plan.projectEnd());
        size("events", plan.events().size());
        for (int i = 0; i < plan.events().size(); i++) {
            GrantPlan.Event event = plan.events().get(i);
            String at = "events[" + i + "].";
            country(at + "hostCountry", event.hostCountry());
            period(at + "startDate", at + "endDate", event.startDate(), event.endDate());
            count(at + "localParticipants", event.localParticipants());
            size(at + "delegations", event.delegations().size());
            for (int j = 0; j < event.delegations().size(); j++) {
                GrantPlan.Delegation delegation = event.delegations().get(j);
                String in = at + "delegations[" + j + "].";
                country(in + "country", delegation.country());
                count(in + "participants", delegation.participants());
                if (delegation.roundTripKm() != null) {
                    count(in + "roundTripKm", delegation.roundTripKm());
                }
            }
        }
        BigDecimal declared = plan.declaredGrant();
        if (declared != null && declared.signum() < 0) {
            throw ProgrammeException.negativeAmount("declaredGrant");
        }
    }

    private static void country(String field, String code) {
        if (!Countries.isKnown(code)) {
            throw ProgrammeException.unknownCountry(field, code);
        }
    }

    private static void count(String field, int count) {
        if (count < 0) {
            throw ProgrammeException.negativeCount(field);
        }
    }

    private static void size(String field, int size) {
        if (size > MAX_ITEMS) {
            throw ProgrammeException.tooLarge(field, MAX_ITEMS);
        }
    }

    private static void period(String startField, String endField, @Nullable LocalDate start, @Nullable LocalDate end) {
        if ((start == null) != (end == null)) {
            throw ProgrammeException.halfPeriod(start == null ? startField : endField);
        }
        if (start != null && end.isBefore(start)) {
            throw ProgrammeException.endBeforeStart(endField);
        }
    }
}
