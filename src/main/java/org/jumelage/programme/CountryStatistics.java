package org.jumelage.programme;

import java.util.List;
import org.jspecify.annotations.Nullable;

/**
 * The results of one call for the applicants of one country.
 *
 * @param submitted applications submitted from the country, or {@code null} when not known
 * @param funded applications funded, or {@code null} when not known
 * @param fundedApplicants names of the funded applicants as the source gives them (possibly fewer
 *     than {@code funded} when the source does not name them all)
 */
public record CountryStatistics(
        @Nullable Integer submitted, @Nullable Integer funded, List<String> fundedApplicants) {

    public CountryStatistics {
        fundedApplicants = List.copyOf(fundedApplicants);
    }
}
