package org.jumelage.event;

import org.jspecify.annotations.Nullable;

/**
 * A host place as entered: a town id, or text to resolve in the gazetteer (for example
 * "Łódź (3093133)" from the type-ahead, or "Bistrica" with its country).
 *
 * @param country needed when the text cannot be resolved, so that the place still has a country
 */
public record HostPlaceInput(
        @Nullable Long townId,
        @Nullable String text,
        @Nullable String country) {}
