package org.jumelage.participation.persistence;

import java.time.Instant;
import org.jspecify.annotations.Nullable;
import org.jumelage.participation.RegistrationSource;
import org.jumelage.participation.RegistrationStatus;

/** One row of {@code event_registration}, as the registration service reads and writes it. */
public record RegistrationRow(
        long id,
        long eventId,
        @Nullable Long delegationId,
        @Nullable String firstName,
        @Nullable String lastName,
        @Nullable String email,
        @Nullable String emailKey,
        @Nullable String nameKey,
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
        @Nullable Instant consentedAt,
        String manageToken,
        String checkInCode,
        @Nullable Long registeredBy,
        Instant createdAt,
        Instant updatedAt,
        @Nullable Instant cancelledAt,
        @Nullable Instant erasedAt,
        long version) {

    public boolean erased() {
        return erasedAt != null;
    }

    /** A builder for a new row, by the names of its columns, never by position (ADR 0007). */
    public static RegistrationRowBuilder builder() {
        return new RegistrationRowBuilder();
    }

    /** A builder that starts from this row, to change some columns and keep the others. */
    public RegistrationRowBuilder toBuilder() {
        return RegistrationRowBuilder.from(this);
    }
}
