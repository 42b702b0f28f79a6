package org.jumelage.network;

import java.util.List;
import org.jspecify.annotations.Nullable;

/**
 * A town on a map and in the table beside it. Towns without coordinates (a twin outside the
 * gazetteer such as Harbin, a partner known only by its country) are in the table, not on the map.
 *
 * @param townId the GeoNames id, or {@code null} outside the gazetteer
 * @param name the town's name (for a partner without a town, the organisation's name)
 * @param country ISO 3166-1 alpha-2 code, also outside Europe
 * @param latitude WGS84 decimal degrees, or {@code null} when not known
 * @param longitude WGS84 decimal degrees, or {@code null} when not known
 * @param role decides the marker
 * @param reasons why the town is on the map, at least one
 * @param distanceKm whole kilometres from the map's {@link MapRole#HOME} town, or {@code null}
 */
public record MapPoint(
        @Nullable Long townId,
        String name,
        String country,
        @Nullable Double latitude,
        @Nullable Double longitude,
        MapRole role,
        List<MapReason> reasons,
        @Nullable Integer distanceKm) {

    public MapPoint {
        reasons = List.copyOf(reasons);
    }

    /** Whether the town can be drawn: it has both coordinates. */
    public boolean placed() {
        return latitude != null && longitude != null;
    }
}
