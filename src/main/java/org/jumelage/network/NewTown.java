package org.jumelage.network;

import org.jspecify.annotations.Nullable;

/**
 * A town an administrator adds because the gazetteer lacks it.
 *
 * @param name the local name, at most 200 characters
 * @param country ISO 3166-1 alpha-2 code, one of {@link org.jumelage.shared.Countries}
 * @param latitude WGS84 decimal degrees, -90 to 90
 * @param longitude WGS84 decimal degrees, -180 to 180
 * @param population inhabitants, 0 or more
 * @param region the first-level administrative division, or {@code null}
 */
public record NewTown(
        String name,
        String country,
        double latitude,
        double longitude,
        long population,
        @Nullable String region) {}
