package org.jumelage.programme;

/**
 * The verdict on a plan's eligibility. A plan is eligible only when every eligibility check passed:
 * while a participant, country, date or applicant check cannot be decided yet (no events, no
 * delegations, dates or an organisation's type not known), the verdict is {@link #NOT_DECIDED},
 * never “eligible”. Checks of the grant amount (minimum, maximum, payment floor) do not decide
 * eligibility.
 */
public enum Eligibility {
    /** Every eligibility check passed. */
    ELIGIBLE,
    /** At least one eligibility check failed. */
    NOT_ELIGIBLE,
    /** No check failed, but at least one cannot be decided yet. */
    NOT_DECIDED;

    /** The verdict on checks of which {@code failed} failed and {@code undecided} cannot be decided. */
    public static Eligibility of(boolean failed, boolean undecided) {
        return failed ? NOT_ELIGIBLE : undecided ? NOT_DECIDED : ELIGIBLE;
    }

    /** The id the API answers, for example {@code not-decided}. */
    public String id() {
        return name().toLowerCase(java.util.Locale.ROOT).replace('_', '-');
    }
}
