package org.jumelage.event;

import org.jspecify.annotations.Nullable;

/**
 * A place an event is held in.
 *
 * @param townId the gazetteer town (GeoNames id), or {@code null} when the place could not be pinned down
 * @param name the town's name, or the place as written when unresolved
 * @param country ISO 3166-1 alpha-2
 */
public record HostPlace(@Nullable Long townId, String name, String country) {

    public boolean resolved() {
        return townId != null;
    }
}
