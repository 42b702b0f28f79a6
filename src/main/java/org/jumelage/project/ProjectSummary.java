package org.jumelage.project;

import java.math.BigDecimal;
import java.time.LocalDate;
import org.jspecify.annotations.Nullable;
import org.jumelage.shared.LocalizedText;

/**
 * A project as lists and the API show it. Amounts are euros with two decimals; the funding rate
 * is a percentage.
 *
 * @param measure the measure code, or empty for an idea that has none yet
 * @param lead the lead partner, or {@code null} while none is set
 * @param partnerCount partners that count (lead, partners, associated partners; not guests)
 * @param countryCount distinct countries of those partners
 */
public record ProjectSummary(
        long id,
        @Nullable String acronym,
        LocalizedText titles,
        String measure,
        @Nullable String referenceNumber,
        ProjectStatus status,
        @Nullable LocalDate startDate,
        @Nullable LocalDate endDate,
        @Nullable BigDecimal totalCost,
        @Nullable BigDecimal euGrant,
        @Nullable BigDecimal fundingRate,
        @Nullable String website,
        @Nullable LeadSummary lead,
        int partnerCount,
        int countryCount,
        long version) {

    /** The title in the reader's language (or the other one), or the acronym when the project has no title. */
    public String label(java.util.Locale locale) {
        String title = titles.in(locale);
        return title.isEmpty() && acronym != null ? acronym : title;
    }

    /**
     * The acronym to show beside {@link #label(java.util.Locale)}: {@code null} when there is none or
     * when the label already is the acronym (a project without a title), so it never shows twice.
     */
    public @Nullable String acronymBesideLabel(java.util.Locale locale) {
        return acronym == null || titles.in(locale).isEmpty() ? null : acronym;
    }
}
