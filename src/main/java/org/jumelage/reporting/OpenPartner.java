package org.jumelage.reporting;

import org.jspecify.annotations.Nullable;

/**
 * A partner of a published project as open data: the organisation, its town and country, and its
 * role. Contacts are never included.
 *
 * @param organisationId the organisation, or {@code null} when the project's source names none for the country
 * @param townId the GeoNames id of the organisation's town, or {@code null}
 * @param role {@code LEAD}, {@code PARTNER}, {@code ASSOCIATED} or another role of the project module
 */
public record OpenPartner(
        long projectId,
        @Nullable Long organisationId,
        @Nullable String organisationEn,
        @Nullable String organisationLv,
        @Nullable String organisationType,
        @Nullable Long townId,
        @Nullable String town,
        String country,
        String role) {}
