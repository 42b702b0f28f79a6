package org.jumelage.shared;

/**
 * Distances between places along the earth's surface (haversine formula on a sphere of the mean
 * earth radius, 6,371.0088 km, as the IUGG defines it). The error against the ellipsoid is under
 * 0.5 %, far below what travel routes add. The one definition of a distance between towns: the grant
 * calculator's travel bands and the network's maps use it.
 */
public final class GreatCircle {

    public static final double MEAN_EARTH_RADIUS_KM = 6371.0088;

    private GreatCircle() {}

    /** The distance in kilometres between two points given in WGS84 decimal degrees. */
    public static double km(double fromLatitude, double fromLongitude, double toLatitude, double toLongitude) {
        double lat1 = Math.toRadians(fromLatitude);
        double lat2 = Math.toRadians(toLatitude);
        double dLat = lat2 - lat1;
        double dLon = Math.toRadians(toLongitude - fromLongitude);
        double a = Math.sin(dLat / 2) * Math.sin(dLat / 2)
                + Math.cos(lat1) * Math.cos(lat2) * Math.sin(dLon / 2) * Math.sin(dLon / 2);
        return 2 * MEAN_EARTH_RADIUS_KM * Math.asin(Math.min(1, Math.sqrt(a)));
    }
}
