package org.jumelage.network;

import java.util.Locale;
import org.jspecify.annotations.Nullable;
import org.jumelage.shared.LocalizedText;

/**
 * An organisation as other modules and the API see it.
 *
 * @param names the name in Latvian and English; at least one is set
 * @param townId GeoNames id of the organisation's town, or {@code null}
 * @param townName the town's name, or {@code null} without a town
 * @param country ISO 3166-1 alpha-2 code; usually the town's, may differ (regions)
 * @param website http(s) address, or {@code null}
 * @param pic the EU Participant Identification Code (9 digits), or {@code null}
 * @param version optimistic-locking version; an update must name the version it started from
 */
public record OrganisationSummary(
        long id,
        LocalizedText names,
        OrganisationType type,
        @Nullable Long townId,
        @Nullable String townName,
        String country,
        @Nullable String website,
        @Nullable String pic,
        long version) {

    /** The name in the locale's language, else in the other one. */
    public String name(Locale locale) {
        return names.in(locale);
    }
}
