package org.jumelage.programme.domain;

import org.jumelage.programme.GrantPlan;

/**
 * Distances between towns along the earth's surface (haversine formula on a sphere of the mean
 * earth radius, 6,371.0088 km, as the IUGG defines it). The error against the ellipsoid is under
 * 0.5 %, far below what travel routes add.
 */
final class GreatCircle {

    static final double MEAN_EARTH_RADIUS_KM = 6371.0088;

    private GreatCircle() {}

    static double km(GrantPlan.Place from, GrantPlan.Place to) {
        double lat1 = Math.toRadians(from.latitude());
        double lat2 = Math.toRadians(to.latitude());
        double dLat = lat2 - lat1;
        double dLon = Math.toRadians(to.longitude() - from.longitude());
        double a = Math.sin(dLat / 2) * Math.sin(dLat / 2)
                + Math.cos(lat1) * Math.cos(lat2) * Math.sin(dLon / 2) * Math.sin(dLon / 2);
        return 2 * MEAN_EARTH_RADIUS_KM * Math.asin(Math.min(1, Math.sqrt(a)));
    }

    /** There and back, rounded to whole kilometres (half up). */
    static int roundTripKm(GrantPlan.Place from, GrantPlan.Place to) {
        return (int) Math.round(2 * km(from, to));
    }
}
