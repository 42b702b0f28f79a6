package org.jumelage.programme;

import java.util.Map;
import org.jspecify.annotations.Nullable;

/**
 * The published results of a call. Figures the sources do not give stay {@code null}.
 *
 * @param submitted applications submitted in all countries, or {@code null} when not known
 * @param funded applications funded in all countries, or {@code null} when not known
 * @param perCountry results for single applicant countries, keyed by ISO 3166-1 alpha-2 code
 *     (only the countries a source reports on)
 * @param source where the figures come from, or {@code null} when not recorded
 */
public record CallStatistics(
        @Nullable Integer submitted,
        @Nullable Integer funded,
        Map<String, CountryStatistics> perCountry,
        @Nullable String source) {

    public CallStatistics {
        perCountry = Map.copyOf(perCountry);
    }
}
