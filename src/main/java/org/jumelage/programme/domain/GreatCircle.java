package org.jumelage.programme.domain;

import org.jumelage.programme.GrantPlan;

/** Distances between the places of a grant plan, by {@link org.jumelage.shared.GreatCircle}. */
final class GreatCircle {

    private GreatCircle() {}

    static double km(GrantPlan.Place from, GrantPlan.Place to) {
        return org.jumelage.shared.GreatCircle.km(from.latitude(), from.longitude(), to.latitude(), to.longitude());
    }

    /** There and back, rounded to whole kilometres (half up). */
    static int roundTripKm(GrantPlan.Place from, GrantPlan.Place to) {
        return (int) Math.round(2 * km(from, to));
    }
}
