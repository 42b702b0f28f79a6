package org.jumelage.network.persistence;

import java.time.Instant;
import org.jspecify.annotations.Nullable;

/**
 * One row of the {@code town} table as it is written.
 *
 * @param searchKey the name's search key (lower case, no accents); not empty
 * @param source {@code GEONAMES} or {@code ADDED}
 */
public record TownRow(
        long id,
        String name,
        String searchKey,
        String country,
        double latitude,
        double longitude,
        long population,
        @Nullable String region,
        String source,
        Instant addedAt) {

    public static final String GEONAMES = "GEONAMES";
    public static final String ADDED = "ADDED";

    public TownRow {
        if (searchKey.isEmpty()) {
            throw new IllegalArgumentException("A town needs a search key: " + name);
        }
    }
}
