package org.jumelage.participation;

import org.jspecify.annotations.Nullable;

/**
 * How many people an event's registration holds, erased people included.
 *
 * @param capacity the most confirmed people, or {@code null} for no limit
 */
public record RegistrationCounts(
        long confirmed,
        long waitlisted,
        long cancelled,
        @Nullable Integer capacity) {

    /** Free places, or {@code null} for no limit. */
    public @Nullable Long free() {
        return capacity == null ? null : Math.max(0, capacity - confirmed);
    }
}
