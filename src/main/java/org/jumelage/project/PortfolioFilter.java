package org.jumelage.project;

import org.jspecify.annotations.Nullable;

/**
 * Narrows the portfolio; every part is optional.
 *
 * @param query words in a title, the acronym or the reference number (case- and accent-insensitive)
 * @param year a year the project's period touches
 * @param role the role of the viewer's organisation
 */
public record PortfolioFilter(
        @Nullable String query,
        @Nullable ProjectStatus status,
        @Nullable String measure,
        @Nullable Integer year,
        @Nullable PartnerRole role) {

    public static PortfolioFilter none() {
        return new PortfolioFilter(null, null, null, null, null);
    }
}
