package org.jumelage.programme;

import org.jspecify.annotations.Nullable;

/**
 * Results of a call as an administrator enters them (form, CSV line or API).
 *
 * @param country ISO 3166-1 alpha-2 code (any case), or {@code null}/blank for the whole call
 * @param submitted at least one of {@code submitted} and {@code funded} is given
 */
public record CallStatisticInput(
        String callCode,
        @Nullable String country,
        @Nullable Integer submitted,
        @Nullable Integer funded,
        @Nullable String source) {}
