package org.jumelage.network;

import org.jspecify.annotations.Nullable;

/**
 * A town of the gazetteer.
 *
 * @param id the GeoNames id (towns added by administrators get ids from 900,000,000 up)
 * @param name the local name as GeoNames writes it, for example {@code Łódź}
 * @param country ISO 3166-1 alpha-2 code ({@code XK} for Kosovo)
 * @param latitude WGS84 decimal degrees
 * @param longitude WGS84 decimal degrees
 * @param population inhabitants; 0 where GeoNames has no figure
 * @param region the first-level administrative division (admin1), or {@code null} where unknown
 */
public record TownSummary(
        long id,
        String name,
        String country,
        double latitude,
        double longitude,
        long population,
        @Nullable String region) {

    /**
     * The text a town field shows for this town, without its GeoNames id: the name, the region when
     * it says more than the name, and the country code, for example {@code Łódź (PL)} or {@code
     * Poznań, Greater Poland (PL)}; {@link TownDirectory#resolve} turns it back into this town.
     */
    public String fieldText() {
        boolean regionSaysMore = region != null
                && !region.isBlank()
                && !region.toLowerCase(java.util.Locale.ROOT).contains(name.toLowerCase(java.util.Locale.ROOT));
        return name + (regionSaysMore ? ", " + region.strip() : "") + " (" + country + ")";
    }
}
