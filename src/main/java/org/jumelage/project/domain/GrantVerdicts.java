package org.jumelage.project.domain;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import org.jspecify.annotations.Nullable;
import org.jumelage.programme.Eligibility;
import org.jumelage.programme.GrantEstimate;
import org.jumelage.programme.GrantEvaluation;
import org.jumelage.programme.RuleCheck;
import org.jumelage.programme.RuleTerm;
import org.jumelage.programme.ThresholdMargin;
import org.jumelage.project.GrantAward;
import org.jumelage.project.GrantForecast;
import org.jumelage.project.GrantForecast.Count;
import org.jumelage.project.GrantForecast.Remark;
import org.jumelage.project.GrantVerdict;
import org.jumelage.project.GrantVerdict.Status;

/**
 * Judges an awarded amount against a forecast (pure Java). The basis is the latest column: attended
 * once recorded, else registered, else planned. A missed threshold or a lower grant there means
 * {@link Status#REDUCED} when the basis is attended and every event is over, and {@link Status#AT_RISK}
 * otherwise (an event still to come has nobody attended yet, which is no reduction). With every
 * threshold met, the award is {@link Status#SECURED} when the rules give at least the awarded amount
 * (exactly, or as the lowest of their range) and {@link Status#NOT_KNOWN} when their range allows both;
 * no figure is invented.
 */
final class GrantVerdicts {

    private GrantVerdicts() {}

    /** As {@link #judge(GrantAward, GrantForecast, LocalDate)} with every event over. */
    static GrantVerdict judge(@Nullable GrantAward award, GrantForecast forecast) {
        return judge(award, forecast, LocalDate.MAX);
    }

    /** @param today the day the verdict is given: events not over by then may still be attended */
    static GrantVerdict judge(@Nullable GrantAward award, GrantForecast forecast, LocalDate today) {
        if (award == null) {
            return new GrantVerdict(Status.NO_AWARD, null, null, null, null, List.of());
        }
        if (!forecast.evaluated()) {
            List<Remark> reasons = new ArrayList<>();
            reasons.add(Remark.of("project.grant.verdict.reason.no-rules"));
            if (forecast.problem() != null) {
                reasons.add(forecast.problem());
            }
            return new GrantVerdict(Status.NOT_KNOWN, award, null, null, null, reasons);
        }
        GrantForecast.Column basis = forecast.columns().get(forecast.columns().size() - 1);
        long ahead = basis.plan().events().stream()
                .filter(event -> {
                    LocalDate last = event.endDate() != null ? event.endDate() : event.startDate();
                    return last == null || !last.isBefore(today);
                })
                .count();
        Status shortfall = basis.count() == Count.ATTENDED && ahead == 0 ? Status.REDUCED : Status.AT_RISK;
        GrantEvaluation evaluation = basis.evaluation();
        List<Remark> reasons = new ArrayList<>();
        boolean short_ = false;

        Set<String> explained = new HashSet<>();
        for (ThresholdMargin margin : evaluation.margins()) {
            if (margin.status() == RuleCheck.CheckStatus.FAILED) {
                reasons.add(GrantVerdict.shortfall(margin));
                explained.add(margin.rule());
                short_ = true;
            }
        }
        for (RuleCheck check : evaluation.checks()) {
            if (check.failed() && !explained.contains(check.rule())) {
                reasons.add(Remark.of(
                        "project.grant.verdict.reason.rule-failed", new RuleTerm("rules.rule." + check.rule())));
                short_ = true;
            }
        }

        BigDecimal awarded = award.amount();
        GrantEstimate grant = evaluation.grant();
        BigDecimal ruleGrant = null;
        BigDecimal reduction = null;
        boolean amountUnknown = false;
        if (grant.exact() && grant.amount() != null) {
            ruleGrant = grant.amount();
            if (ruleGrant.compareTo(awarded) < 0) {
                reduction = awarded.subtract(ruleGrant);
                reasons.add(Remark.of("project.grant.verdict.reason.lower", ruleGrant, awarded, reduction));
                short_ = true;
            }
        } else if (grant.max() != null && grant.max().compareTo(awarded) < 0) {
            reduction = awarded.subtract(grant.max());
            reasons.add(Remark.of("project.grant.verdict.reason.range-lower", grant.max(), awarded, reduction));
            short_ = true;
        } else if (grant.min() == null || grant.min().compareTo(awarded) < 0) {
            amountUnknown = true;
        }

        Status status;
        if (short_) {
            status = shortfall;
            if (basis.count() == Count.ATTENDED && ahead > 0) {
                reasons.add(Remark.of("project.grant.verdict.reason.events-ahead", ahead));
            }
        } else if (evaluation.eligibility() == Eligibility.NOT_DECIDED) {
            status = Status.NOT_KNOWN;
            reasons.add(Remark.of("project.grant.verdict.reason.not-decided"));
        } else if (amountUnknown) {
            status = Status.NOT_KNOWN;
            reasons.add(
                    grant.min() != null && grant.max() != null
                            ? Remark.of("project.grant.verdict.reason.range", grant.min(), grant.max(), awarded)
                            : Remark.of("project.grant.verdict.reason.amount-not-known", awarded));
        } else {
            status = Status.SECURED;
            reasons.add(Remark.of("project.grant.verdict.reason.secured", awarded));
        }
        return new GrantVerdict(status, award, basis.count(), ruleGrant, reduction, reasons);
    }
}
