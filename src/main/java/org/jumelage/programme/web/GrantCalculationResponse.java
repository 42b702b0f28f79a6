package org.jumelage.programme.web;

import io.swagger.v3.oas.annotations.media.Schema;
import java.math.BigDecimal;
import java.util.List;
import org.jspecify.annotations.Nullable;
import org.jumelage.programme.GrantEvaluationView;

/** The verdict on a plan as the API answers it, with every message in the caller's language. */
@Schema(name = "GrantCalculation")
record GrantCalculationResponse(
        @Schema(example = "E4C-2014-TT") String measure,

        @Schema(description = "The rule set applied", example = "E4C-2014-TT/2014-2020")
        String ruleSet,

        @Schema(example = "2018") int callYear,

        @Schema(
                description = "Every eligibility check passed; false while a check fails or cannot be decided yet"
                        + " (see eligibility)")
        boolean eligible,

        @Schema(
                description = "The verdict: not-decided while a check cannot be decided yet (for example no"
                        + " delegations), never eligible then",
                allowableValues = {"eligible", "not-eligible", "not-decided"})
        String eligibility,

        @Schema(description = "Every rule of the rule set, failing checks first")
        List<Check> checks,

        Grant grant,

        @Schema(
                description = "The margin of every event (and every invited town's delegation) to every per-event"
                        + " threshold; the checks name only the worst one")
        List<Margin> margins) {

    static GrantCalculationResponse of(GrantEvaluationView view) {
        return new GrantCalculationResponse(
                view.measure(),
                view.ruleSet(),
                view.callYear(),
                view.eligible(),
                view.eligibility().id(),
                view.checks().stream().map(Check::of).toList(),
                Grant.of(view.grant()),
                view.margins().stream().map(Margin::of).toList());
    }

    /** How far one event (or invited delegation) is from one threshold (see ThresholdMargin). */
    @Schema(name = "GrantCalculationMargin")
    record Margin(
            @Schema(
                    description = "Stable rule id",
                    allowableValues = {
                        "min-invited-participants",
                        "min-direct-participants",
                        "min-participants-per-invited-town",
                        "max-event-days",
                        "min-invited-share"
                    })
            String rule,

            @Schema(description = "The event's position in the plan (from 0); null for a whole-project rule") @Nullable
            Integer eventIndex,

            @Schema(
                    description = "The event's label (or #1, #2…); empty for a whole-project rule",
                    example = "Daugavpils")
            String event,

            @Schema(description = "The delegation's position in its event, for the per-town rule; else null") @Nullable
            Integer delegationIndex,

            @Schema(description = "The invited town, for the per-town rule; else null", example = "Kaunas (LT)")
            @Nullable
            String delegation,

            @Schema(description = "The delegation's country, for the per-town rule; else null", example = "LT")
            @Nullable
            String country,

            @Schema(allowableValues = {"at-least", "at-most"})
            String limit,

            @Schema(
                    description = "The rule's value as written (participants, days, or per cent for the share)",
                    example = "25")
            BigDecimal ruleValue,

            @Schema(
                    description = "The count to reach (at least) or not to exceed (at most); for the share, the"
                            + " invited participants that reach it with the other participants unchanged",
                    example = "25")
            int required,

            @Schema(description = "The count the plan has; null when not known (dates missing)", example = "12")
            @Nullable
            Integer actual,

            @Schema(
                    description = "How many are missing (for at-most: too many); 0 when met; null when not known",
                    example = "13")
            @Nullable
            Integer missing,

            @Schema(allowableValues = {"passed", "failed", "unknown"})
            String status,

            @Schema(
                    allowableValues = {"invited-participants", "direct-participants", "delegation-participants", "days"
                    })
            String unit) {

        static Margin of(org.jumelage.programme.ThresholdMargin margin) {
            return new Margin(
                    margin.rule(),
                    margin.eventIndex(),
                    margin.event(),
                    margin.delegationIndex(),
                    margin.delegation(),
                    margin.country(),
                    margin.limit().name().toLowerCase(java.util.Locale.ROOT).replace('_', '-'),
                    margin.ruleValue(),
                    margin.required(),
                    margin.actual(),
                    margin.missing(),
                    margin.status().name().toLowerCase(java.util.Locale.ROOT),
                    margin.unit().id());
        }
    }

    /** One rule applied to the plan. */
    @Schema(name = "GrantCalculationCheck")
    record Check(
            @Schema(description = "Stable rule id", example = "min-invited-participants")
            String rule,

            @Schema(allowableValues = {"passed", "failed", "unknown"})
            String status,

            @Schema(description = "null when the plan does not say enough to decide") @Nullable
            Boolean passed,

            @Schema(description = "The rule's value (number, amount or list)", example = "25") @Nullable
            Object expected,

            @Schema(description = "What the plan has", example = "12") @Nullable
            Object actual,

            @Schema(description = "The event or delegation the verdict is about; empty for the whole plan")
            String subject,

            @Schema(description = "The verdict in the caller's language")
            String message,

            @Schema(description = "The first public page the rule was read in, or empty")
            String source,

            List<String> sources,

            @Schema(allowableValues = {"confirmed", "single-source", "uncertain"})
            String confidence,

            @Schema(description = "The call years the rule applies to", example = "2014–2020")
            String validity,

            @Schema(description = "A remark of the rule data") @Nullable
            String note) {

        static Check of(GrantEvaluationView.Check check) {
            GrantEvaluationView.Source source = check.source();
            return new Check(
                    check.rule(),
                    check.status(),
                    check.passed(),
                    check.expected(),
                    check.actual(),
                    check.subject(),
                    check.message(),
                    source.url(),
                    source.urls(),
                    source.confidence(),
                    source.validity(),
                    source.note());
        }
    }

    /** The grant in euros with two decimals. */
    @Schema(name = "GrantCalculationGrant")
    record Grant(
            @Schema(description = "true when the amount could be computed; else min and max give the range")
            boolean exact,

            @Schema(example = "11650.00") @Nullable BigDecimal amount,
            @Nullable BigDecimal min,
            @Nullable BigDecimal max,
            @Schema(example = "EUR") String currency,

            @Schema(description = "How the amount is made up, one line per step of the formula")
            List<Line> lines,

            @Schema(description = "What is missing or worth knowing, in the caller's language")
            List<String> notes) {

        static Grant of(GrantEvaluationView.Grant grant) {
            return new Grant(
                    grant.exact(),
                    grant.amount(),
                    grant.min(),
                    grant.max(),
                    grant.currency(),
                    grant.lines().stream().map(Line::of).toList(),
                    grant.notes());
        }
    }

    /** One step of the formula. */
    @Schema(name = "GrantCalculationLine")
    record Line(
            @Schema(description = "The step in the caller's language")
            String text,

            @Schema(example = "5000.00") BigDecimal amount,

            @Schema(description = "The first public page the rate was read in") @Nullable
            String source,

            @Schema(allowableValues = {"confirmed", "single-source", "uncertain"}) @Nullable
            String confidence) {

        static Line of(GrantEvaluationView.Line line) {
            GrantEvaluationView.Source source = line.source();
            return new Line(
                    line.text(),
                    line.amount(),
                    source == null ? null : source.url(),
                    source == null ? null : source.confidence());
        }
    }
}
