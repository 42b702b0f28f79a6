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

    /** A builder for a new row: everything unset is {@code null} (ids, version and counts 0). */
    public static Builder builder() {
        return new Builder();
    }

    /** A builder that starts from this row, to change some columns and keep the others. */
    public Builder toBuilder() {
        Builder builder = new Builder();
        builder.id = id;
        builder.eventId = eventId;
        builder.delegationId = delegationId;
        builder.firstName = firstName;
        builder.lastName = lastName;
        builder.email = email;
        builder.emailKey = emailKey;
        builder.nameKey = nameKey;
        builder.organisationName = organisationName;
        builder.townId = townId;
        builder.townName = townName;
        builder.country = country;
        builder.status = status;
        builder.source = source;
        builder.gender = gender;
        builder.ageBand = ageBand;
        builder.firstTime = firstTime;
        builder.fewerOpportunities = fewerOpportunities;
        builder.dietary = dietary;
        builder.accessibility = accessibility;
        builder.language = language;
        builder.consentVersion = consentVersion;
        builder.consentedAt = consentedAt;
        builder.manageToken = manageToken;
        builder.checkInCode = checkInCode;
        builder.registeredBy = registeredBy;
        builder.createdAt = createdAt;
        builder.updatedAt = updatedAt;
        builder.cancelledAt = cancelledAt;
        builder.erasedAt = erasedAt;
        builder.version = version;
        return builder;
    }

    /** Builds a row by the names of its columns, never by position (ADR 0007). */
    public static final class Builder {
        private long id;
        private long eventId;
        private @Nullable Long delegationId;
        private @Nullable String firstName;
        private @Nullable String lastName;
        private @Nullable String email;
        private @Nullable String emailKey;
        private @Nullable String nameKey;
        private @Nullable String organisationName;
        private @Nullable Long townId;
        private @Nullable String townName;
        private @Nullable String country;
        private @Nullable RegistrationStatus status;
        private @Nullable RegistrationSource source;
        private @Nullable String gender;
        private @Nullable String ageBand;
        private @Nullable Boolean firstTime;
        private @Nullable Boolean fewerOpportunities;
        private @Nullable String dietary;
        private @Nullable String accessibility;
        private @Nullable String language;
        private @Nullable Integer consentVersion;
        private @Nullable Instant consentedAt;
        private @Nullable String manageToken;
        private @Nullable String checkInCode;
        private @Nullable Long registeredBy;
        private @Nullable Instant createdAt;
        private @Nullable Instant updatedAt;
        private @Nullable Instant cancelledAt;
        private @Nullable Instant erasedAt;
        private long version;

        private Builder() {}

        public Builder id(long id) {
            this.id = id;
            return this;
        }

        public Builder eventId(long eventId) {
            this.eventId = eventId;
            return this;
        }

        public Builder delegationId(@Nullable Long delegationId) {
            this.delegationId = delegationId;
            return this;
        }

        public Builder firstName(@Nullable String firstName) {
            this.firstName = firstName;
            return this;
        }

        public Builder lastName(@Nullable String lastName) {
            this.lastName = lastName;
            return this;
        }

        public Builder email(@Nullable String email) {
            this.email = email;
            return this;
        }

        public Builder emailKey(@Nullable String emailKey) {
            this.emailKey = emailKey;
            return this;
        }

        public Builder nameKey(@Nullable String nameKey) {
            this.nameKey = nameKey;
            return this;
        }

        public Builder organisationName(@Nullable String organisationName) {
            this.organisationName = organisationName;
            return this;
        }

        public Builder townId(@Nullable Long townId) {
            this.townId = townId;
            return this;
        }

        public Builder townName(@Nullable String townName) {
            this.townName = townName;
            return this;
        }

        public Builder country(String country) {
            this.country = country;
            return this;
        }

        public Builder status(RegistrationStatus status) {
            this.status = status;
            return this;
        }

        public Builder source(RegistrationSource source) {
            this.source = source;
            return this;
        }

        public Builder gender(@Nullable String gender) {
            this.gender = gender;
            return this;
        }

        public Builder ageBand(@Nullable String ageBand) {
            this.ageBand = ageBand;
            return this;
        }

        public Builder firstTime(@Nullable Boolean firstTime) {
            this.firstTime = firstTime;
            return this;
        }

        public Builder fewerOpportunities(@Nullable Boolean fewerOpportunities) {
            this.fewerOpportunities = fewerOpportunities;
            return this;
        }

        public Builder dietary(@Nullable String dietary) {
            this.dietary = dietary;
            return this;
        }

        public Builder accessibility(@Nullable String accessibility) {
            this.accessibility = accessibility;
            return this;
        }

        public Builder language(String language) {
            this.language = language;
            return this;
        }

        public Builder consentVersion(@Nullable Integer consentVersion) {
            this.consentVersion = consentVersion;
            return this;
        }

        public Builder consentedAt(@Nullable Instant consentedAt) {
            this.consentedAt = consentedAt;
            return this;
        }

        public Builder manageToken(String manageToken) {
            this.manageToken = manageToken;
            return this;
        }

        public Builder checkInCode(String checkInCode) {
            this.checkInCode = checkInCode;
            return this;
        }

        public Builder registeredBy(@Nullable Long registeredBy) {
            this.registeredBy = registeredBy;
            return this;
        }

        public Builder createdAt(Instant createdAt) {
            this.createdAt = createdAt;
            return this;
        }

        public Builder updatedAt(Instant updatedAt) {
            this.updatedAt = updatedAt;
            return this;
        }

        public Builder cancelledAt(@Nullable Instant cancelledAt) {
            this.cancelledAt = cancelledAt;
            return this;
        }

        public Builder erasedAt(@Nullable Instant erasedAt) {
            this.erasedAt = erasedAt;
            return this;
        }

        public Builder version(long version) {
            this.version = version;
            return this;
        }

        public RegistrationRow build() {
            return new RegistrationRow(
                    id,
                    eventId,
                    delegationId,
                    firstName,
                    lastName,
                    email,
                    emailKey,
                    nameKey,
                    organisationName,
                    townId,
                    townName,
                    required(country, "country"),
                    required(status, "status"),
                    required(source, "source"),
                    gender,
                    ageBand,
                    firstTime,
                    fewerOpportunities,
                    dietary,
                    accessibility,
                    required(language, "language"),
                    consentVersion,
                    consentedAt,
                    required(manageToken, "manageToken"),
                    required(checkInCode, "checkInCode"),
                    registeredBy,
                    required(createdAt, "createdAt"),
                    required(updatedAt, "updatedAt"),
                    cancelledAt,
                    erasedAt,
                    version);
        }

        private static <T> T required(@Nullable T value, String column) {
            return java.util.Objects.requireNonNull(value, column);
        }
    }
}
