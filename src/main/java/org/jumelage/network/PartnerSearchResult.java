package org.jumelage.network;

import java.util.List;
import org.jspecify.annotations.Nullable;

/**
 * One page of partner search.
 *
 * @param items the page's candidates, best first
 * @param total how many candidates match in all pages
 * @param lead the lead town the distances are measured from, or {@code null}
 * @param measure the measure whose rules were applied, or {@code null}
 * @param needs what the measure's rules still need of the partnership's countries (empty when nothing)
 */
public record PartnerSearchResult(
        List<PartnerCandidate> items,
        long total,
        int page,
        int size,
        @Nullable TownSummary lead,
        @Nullable String measure,
        List<PartnerCountryRules.CountryNeed> needs) {

    public int totalPages() {
        return (int) ((total + size - 1) / size);
    }
}
