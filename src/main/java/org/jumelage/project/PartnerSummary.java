package org.jumelage.project;

import org.jspecify.annotations.Nullable;
import org.jumelage.shared.LocalizedText;

/**
 * A partner of a project.
 *
 * @param organisationId the organisation, or {@code null} when the source names none for the country
 * @param organisationName the organisation's names, or {@code null} when not named
 * @param country ISO 3166-1 alpha-2 code; counts for the project's countries either way
 */
public record PartnerSummary(
        long id,
        @Nullable Long organisationId,
        @Nullable LocalizedText organisationName,
        String country,
        PartnerRole role) {

    public boolean named() {
        return organisationId != null;
    }
}
