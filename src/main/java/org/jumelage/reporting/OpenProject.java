package org.jumelage.reporting;

import java.math.BigDecimal;
import java.time.LocalDate;
import org.jspecify.annotations.Nullable;

/**
 * A published project as open data: no people, only the project and its lead organisation.
 *
 * @param measure the measure code of the programme catalogue, or empty for none
 * @param call the call code, or {@code null} when the project names none
 * @param euGrant the EU grant in euros, or {@code null} when not recorded
 * @param leadOrganisationId the lead organisation, or {@code null} when not named
 * @param publicPage the address of the project's public page (English)
 */
public record OpenProject(
        long id,
        @Nullable String acronym,
        @Nullable String titleEn,
        @Nullable String titleLv,
        String measure,
        @Nullable String call,
        @Nullable String referenceNumber,
        String status,
        @Nullable LocalDate startDate,
        @Nullable LocalDate endDate,
        @Nullable BigDecimal euGrant,
        @Nullable Long leadOrganisationId,
        @Nullable String leadOrganisation,
        @Nullable String leadCountry,
        int partners,
        int countries,
        @Nullable String website,
        String publicPage) {}
