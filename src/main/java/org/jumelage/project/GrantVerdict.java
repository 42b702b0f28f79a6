package org.jumelage.project;

import java.math.BigDecimal;
import java.util.List;
import org.jspecify.annotations.Nullable;
import org.jumelage.project.GrantForecast.Count;
import org.jumelage.project.GrantForecast.Remark;

/**
 * Whether the amount the grant agreement awarded is secured, at risk, or reduced, judged on the
 * latest count the project has: attended once attendance is recorded (a shortfall there reduces
 * the grant), else registered or planned (a shortfall there puts it at risk).
 *
 * @param status the verdict
 * @param award the award judged, or {@code null} when none is recorded
 * @param basis the count the verdict is judged on, or {@code null} when the rules could not be applied
 * @param ruleGrant the grant the rules give for that count when they can compute it exactly, else {@code null}
 * @param reduction how much less than awarded the rules give ({@code awarded − ruleGrant}, or {@code awarded −
 *     the range's maximum} when only a range is known), else {@code null}
 * @param reasons why, in bundle keys and arguments (the panel writes them out): each threshold missed, the
 *     amount, or what is not known
 */
public record GrantVerdict(
        Status status,
        @Nullable GrantAward award,
        @Nullable Count basis,
        @Nullable BigDecimal ruleGrant,
        @Nullable BigDecimal reduction,
        List<Remark> reasons) {

    public GrantVerdict {
        reasons = List.copyOf(reasons);
    }

    /**
     * A threshold missed, in words: key {@code project.grant.margin.<rule>} (with {@code .project} for a
     * whole-project rule) and arguments missing, event, invited town (or ""), required, actual (or 0) and
     * the rule's value, for example "2 invited participants missing at Daugavpils meeting".
     */
    public static Remark shortfall(org.jumelage.programme.ThresholdMargin margin) {
        String key = "project.grant.margin." + margin.rule() + (margin.projectWide() ? ".project" : "");
        return Remark.of(
                key,
                margin.missing() == null ? 0 : margin.missing(),
                margin.event(),
                margin.delegation() == null ? "" : margin.delegation(),
                margin.required(),
                margin.actual() == null ? 0 : margin.actual(),
                margin.ruleValue());
    }

    /** The verdict on the awarded amount. */
    public enum Status {
        /** No award is recorded: nothing to judge. */
        NO_AWARD,
        /** Every threshold is met and the rules give at least the awarded amount. */
        SECURED,
        /** Registered or planned participants miss a threshold, or would bring less than awarded. */
        AT_RISK,
        /** Attended participants miss a threshold (not eligible), or the rules give less than awarded. */
        REDUCED,
        /**
         * The thresholds are met but the rules cannot tell whether the awarded amount is reached (the
         * programme's table is not known), or the rules cannot be applied at all.
         */
        NOT_KNOWN;

        /** The id the API answers, for example {@code at-risk}. */
        public String id() {
            return name().toLowerCase(java.util.Locale.ROOT).replace('_', '-');
        }
    }
}
