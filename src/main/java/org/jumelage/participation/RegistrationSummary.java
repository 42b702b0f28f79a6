package org.jumelage.participation;

import java.time.Instant;
import org.jspecify.annotations.Nullable;

/**
 * A registration as pages and the API show it. After erasure the name, e-mail, organisation, town
 * and needs are {@code null}; country, delegation, status and statistics remain for the counts.
 *
 * @param checkInToken the signed token of the person's QR code (see the check-in page)
 */
public record RegistrationSummary(
        long id,
        long eventId,
        @Nullable Long delegationId,
        @Nullable String firstName,
        @Nullable String lastName,
        @Nullable String email,
        @Nullable String organisationName,
        @Nullable Long townId,
        @Nullable String townName,
        String country,
        RegistrationStatus status,
        RegistrationSource source,
        @Nullable String gender,
        @Nullable String ageBand,
        @Nullable Boolean firstTime,
        @Nullable Boolean fewerOpportunities,
        @Nullable String dietary,
        @Nullable String accessibility,
        String language,
        @Nullable Integer consentVersion,
        String checkInToken,
        Instant createdAt,
        boolean erased,
        long version) {}
