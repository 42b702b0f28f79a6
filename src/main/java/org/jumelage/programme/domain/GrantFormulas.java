package org.jumelage.programme.domain;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.util.ArrayList;
import java.util.List;
import org.jspecify.annotations.Nullable;
import org.jumelage.programme.CountryCodes;
import org.jumelage.programme.GrantEstimate;
import org.jumelage.programme.GrantPlan;
import org.jumelage.programme.RuleCheck;
import org.jumelage.programme.RuleCheck.CheckStatus;
import org.jumelage.programme.RuleSource;

/**
 * The grant of a plan under a rule set: flat rate (days and kilometres), lump-sum table or the
 * declared amount, then the call's cap, minimum and payment floor. Where a rate or table is missing
 * from the rule data the answer is the call's range with a note naming what is missing, never a
 * guessed number. Money is euros; products are exact, the total is rounded to cents half up
 * (commercial rounding), as the programme's payment letters show cents.
 */
final class GrantFormulas {

    /** Scale and rounding of every amount the engine answers. */
    static final int CENTS = 2;

    static final RoundingMode ROUNDING = RoundingMode.HALF_UP;

    private GrantFormulas() {}

    /** The estimate and the checks of the grant rules (min-grant, max-grant, payment-floor) the set holds. */
    record Result(GrantEstimate estimate, List<RuleCheck> checks) {}

    static Result estimate(RuleSet rules, PlanFacts facts, GrantPlan plan) {
        Builder builder = new Builder(rules);
        RuleParameter method = rules.parameter(ParameterKey.GRANT_METHOD).orElse(null);
        if (method == null) {
            builder.note("rules.note.method-missing", null);
        } else {
            switch (method.method()) {
                case FLAT_RATE -> flatRate(rules, facts, builder);
                case BAND_TABLE -> bandTable(rules, facts, builder);
                case DECLARED -> declared(plan, builder);
            }
        }
        return builder.finish(method != null && method.method() == GrantMethod.DECLARED);
    }

    private static void flatRate(RuleSet rules, PlanFacts facts, Builder builder) {
        RuleParameter dailyRates = rules.parameter(ParameterKey.DAILY_RATES).orElse(null);
        RuleParameter perKm = rules.parameter(ParameterKey.RATE_PER_KM).orElse(null);
        if (perKm == null) {
            builder.note("rules.note.rate-per-km-missing", null);
        }
        for (PlanFacts.EventFacts event : facts.events()) {
            String host = event.event().hostCountry();
            BigDecimal rate = dailyRates == null ? null : dailyRates.rates().get(host);
            if (event.days() == null) {
                builder.note("rules.note.dates-missing", null, event.label());
            } else if (rate == null) {
                builder.note(
                        "rules.note.daily-rate-missing",
                        dailyRates == null ? null : dailyRates.source(),
                        CountryCodes.of(host));
            } else {
                BigDecimal amount = BigDecimal.valueOf(event.invited())
                        .multiply(BigDecimal.valueOf(event.days()))
                        .multiply(rate);
                builder.line(
                        "rules.line.organisation",
                        amount,
                        dailyRates.source(),
                        event.label(),
                        event.invited(),
                        event.days(),
                        rate,
                        CountryCodes.of(host));
            }
            for (PlanFacts.DelegationFacts delegation : event.delegations()) {
                if (!delegation.invited() || perKm == null) {
                    continue;
                }
                travel(event, delegation, perKm, builder);
            }
        }
    }

    private static void travel(
            PlanFacts.EventFacts event, PlanFacts.DelegationFacts delegation, RuleParameter perKm, Builder builder) {
        GrantPlan.Delegation group = delegation.delegation();
        GrantPlan.Place from = group.town();
        GrantPlan.Place to = event.event().hostTown();
        Integer km = group.roundTripKm();
        boolean computed = false;
        if (km == null && from != null && to != null) {
            km = GreatCircle.roundTripKm(from, to);
            computed = true;
        }
        if (km == null) {
            builder.note("rules.note.distance-missing", null, delegation.label());
            return;
        }
        BigDecimal amount = BigDecimal.valueOf(group.participants())
                .multiply(BigDecimal.valueOf(km))
                .multiply(perKm.decimal());
        if (computed) {
            builder.line(
                    "rules.line.travel-computed",
                    amount,
                    perKm.source(),
                    delegation.label(),
                    group.participants(),
                    km,
                    perKm.decimal(),
                    from.name(),
                    to.name());
        } else {
            builder.line(
                    "rules.line.travel",
                    amount,
                    perKm.source(),
                    delegation.label(),
                    group.participants(),
                    km,
                    perKm.decimal());
        }
    }

    private static void bandTable(RuleSet rules, PlanFacts facts, Builder builder) {
        RuleParameter table = rules.parameter(ParameterKey.BANDS).orElse(null);
        if (table == null) {
            builder.note("rules.note.bands-missing", null);
            return;
        }
        int invited = facts.invitedTotal();
        RuleParameter.Band match = null;
        for (RuleParameter.Band band : table.bands()) {
            if (band.from() <= invited) {
                match = band;
            }
        }
        RuleParameter.Band lowest = table.bands().get(0);
        if (match != null) {
            builder.line("rules.line.band", match.amount(), table.source(), invited, match.from());
        } else if (table.complete()) {
            builder.line("rules.line.below-bands", BigDecimal.ZERO, table.source(), invited, lowest.from());
        } else {
            builder.note("rules.note.bands-partial", table.source(), lowest.from(), invited);
            builder.narrowMax(lowest.amount());
        }
    }

    private static void declared(GrantPlan plan, Builder builder) {
        BigDecimal declared = plan.declaredGrant();
        if (declared == null) {
            builder.note("rules.note.declared-missing", null);
        } else {
            builder.line("rules.line.declared", declared, null);
        }
    }

    /** Collects lines and notes; the estimate is exact when lines were written and no note says something is missing. */
    private static final class Builder {

        private final RuleSet rules;
        private final List<GrantEstimate.Line> lines = new ArrayList<>();
        private final List<GrantEstimate.Note> notes = new ArrayList<>();
        private BigDecimal total = BigDecimal.ZERO;
        private boolean missing;
        private @Nullable BigDecimal narrowedMax;

        Builder(RuleSet rules) {
            this.rules = rules;
        }

        void line(String key, BigDecimal amount, @Nullable RuleSource source, Object... arguments) {
            lines.add(new GrantEstimate.Line(key, List.of(arguments), cents(amount), source));
            total = total.add(amount);
        }

        void note(String key, @Nullable RuleSource source, Object... arguments) {
            notes.add(new GrantEstimate.Note(key, List.of(arguments), source));
            missing = true;
        }

        void narrowMax(BigDecimal max) {
            narrowedMax = max;
        }

        Result finish(boolean declared) {
            RuleParameter min = rules.parameter(ParameterKey.MIN_GRANT).orElse(null);
            RuleParameter max = rules.parameter(ParameterKey.MAX_GRANT).orElse(null);
            RuleParameter floor = rules.parameter(ParameterKey.PAYMENT_FLOOR).orElse(null);
            BigDecimal low = min == null ? null : cents(min.decimal());
            BigDecimal high = max == null ? null : cents(max.decimal());
            if (narrowedMax != null && (high == null || narrowedMax.compareTo(high) < 0)) {
                high = cents(narrowedMax);
            }
            List<RuleCheck> checks = new ArrayList<>();
            if (lines.isEmpty() && notes.isEmpty()) {
                note("rules.note.no-events", null);
            }
            if (missing || lines.isEmpty()) {
                String reason = declared ? "declared-missing" : "amount-not-exact";
                for (RuleParameter bound : new RuleParameter[] {min, max, floor}) {
                    if (bound != null) {
                        checks.add(EligibilityRules.unknown(bound, cents(bound.decimal()), reason));
                    }
                }
                return new Result(new GrantEstimate(false, null, low, high, GrantEstimate.EUR, lines, notes), checks);
            }
            BigDecimal amount = cents(total);
            if (lines.size() > 1) {
                lines.add(new GrantEstimate.Line("rules.line.total", List.of(), amount, null));
            }
            if (min != null) {
                boolean passed = amount.compareTo(min.decimal()) >= 0;
                checks.add(bound(min, passed, amount, passed ? "passed" : "failed"));
            }
            if (max != null) {
                boolean above = amount.compareTo(max.decimal()) > 0;
                if (above && !declared) {
                    amount = cents(max.decimal());
                    lines.add(new GrantEstimate.Line("rules.line.cap", List.of(amount), amount, max.source()));
                    checks.add(bound(max, true, amount, "capped"));
                } else {
                    checks.add(bound(max, !above, amount, above ? "failed" : "passed"));
                }
            }
            if (floor != null) {
                boolean paid = amount.compareTo(floor.decimal()) >= 0;
                checks.add(bound(floor, paid, amount, paid ? "passed" : "failed"));
                if (!paid) {
                    amount = cents(BigDecimal.ZERO);
                    lines.add(new GrantEstimate.Line(
                            "rules.line.floor", List.of(cents(floor.decimal())), amount, floor.source()));
                }
            }
            return new Result(new GrantEstimate(true, amount, low, high, GrantEstimate.EUR, lines, notes), checks);
        }

        private static RuleCheck bound(RuleParameter parameter, boolean passed, BigDecimal amount, String variant) {
            BigDecimal expected = cents(parameter.decimal());
            return EligibilityRules.check(
                    parameter,
                    parameter.source(),
                    passed ? CheckStatus.PASSED : CheckStatus.FAILED,
                    expected,
                    amount,
                    "",
                    variant,
                    amount,
                    expected);
        }
    }

    static BigDecimal cents(BigDecimal amount) {
        return amount.setScale(CENTS, ROUNDING);
    }
}
