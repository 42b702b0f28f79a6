package org.jumelage.participation.persistence;

import java.time.Instant;
import org.jspecify.annotations.Nullable;
import org.jumelage.participation.RegistrationSource;
import org.jumelage.participation.RegistrationStatus;

/** Builds a {@link RegistrationRow} by the names of its columns, never by position (ADR 0007). */
public final class RegistrationRowBuilder {

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

    RegistrationRowBuilder() {}

    public RegistrationRowBuilder id(long id) {
        this.id = id;
        return this;
    }

    public RegistrationRowBuilder eventId(long eventId) {
        this.eventId = eventId;
        return this;
    }

    public RegistrationRowBuilder delegationId(@Nullable Long delegationId) {
        this.delegationId = delegationId;
        return this;
    }

    public RegistrationRowBuilder firstName(@Nullable String firstName) {
        this.firstName = firstName;
        return this;
    }

    public RegistrationRowBuilder lastName(@Nullable String lastName) {
        this.lastName = lastName;
        return this;
    }

    public RegistrationRowBuilder email(@Nullable String email) {
        this.email = email;
        return this;
    }

    public RegistrationRowBuilder emailKey(@Nullable String emailKey) {
        this.emailKey = emailKey;
        return this;
    }

    public RegistrationRowBuilder nameKey(@Nullable String nameKey) {
        this.nameKey = nameKey;
        return this;
    }

    public RegistrationRowBuilder organisationName(@Nullable String organisationName) {
        this.organisationName = organisationName;
        return this;
    }

    public RegistrationRowBuilder townId(@Nullable Long townId) {
        this.townId = townId;
        return this;
    }

    public RegistrationRowBuilder townName(@Nullable String townName) {
        this.townName = townName;
        return this;
    }

    public RegistrationRowBuilder country(String country) {
        this.country = country;
        return this;
    }

    public RegistrationRowBuilder status(RegistrationStatus status) {
        this.status = status;
        return this;
    }

    public RegistrationRowBuilder source(RegistrationSource source) {
        this.source = source;
        return this;
    }

    public RegistrationRowBuilder gender(@Nullable String gender) {
        this.gender = gender;
        return this;
    }

    public RegistrationRowBuilder ageBand(@Nullable String ageBand) {
        this.ageBand = ageBand;
        return this;
    }

    public RegistrationRowBuilder firstTime(@Nullable Boolean firstTime) {
        this.firstTime = firstTime;
        return this;
    }

    public RegistrationRowBuilder fewerOpportunities(@Nullable Boolean fewerOpportunities) {
        this.fewerOpportunities = fewerOpportunities;
        return this;
    }

    public RegistrationRowBuilder dietary(@Nullable String dietary) {
        this.dietary = dietary;
        return this;
    }

    public RegistrationRowBuilder accessibility(@Nullable String accessibility) {
        this.accessibility = accessibility;
        return this;
    }

    public RegistrationRowBuilder language(String language) {
        this.language = language;
        return this;
    }

    public RegistrationRowBuilder consentVersion(@Nullable Integer consentVersion) {
        this.consentVersion = consentVersion;
        return this;
    }

    public RegistrationRowBuilder consentedAt(@Nullable Instant consentedAt) {
        this.consentedAt = consentedAt;
        return this;
    }

    public RegistrationRowBuilder manageToken(String manageToken) {
        this.manageToken = manageToken;
        return this;
    }

    public RegistrationRowBuilder checkInCode(String checkInCode) {
        this.checkInCode = checkInCode;
        return this;
    }

    public RegistrationRowBuilder registeredBy(@Nullable Long registeredBy) {
        this.registeredBy = registeredBy;
        return this;
    }

    public RegistrationRowBuilder createdAt(Instant createdAt) {
        this.createdAt = createdAt;
        return this;
    }

    public RegistrationRowBuilder updatedAt(Instant updatedAt) {
        this.updatedAt = updatedAt;
        return this;
    }

    public RegistrationRowBuilder cancelledAt(@Nullable Instant cancelledAt) {
        this.cancelledAt = cancelledAt;
        return this;
    }

    public RegistrationRowBuilder erasedAt(@Nullable Instant erasedAt) {
        this.erasedAt = erasedAt;
        return this;
    }

    public RegistrationRowBuilder version(long version) {
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

    /** A builder holding every column of the row. */
    static RegistrationRowBuilder from(RegistrationRow row) {
        RegistrationRowBuilder builder = new RegistrationRowBuilder();
        builder.id = row.id();
        builder.eventId = row.eventId();
        builder.delegationId = row.delegationId();
        builder.firstName = row.firstName();
        builder.lastName = row.lastName();
        builder.email = row.email();
        builder.emailKey = row.emailKey();
        builder.nameKey = row.nameKey();
        builder.organisationName = row.organisationName();
        builder.townId = row.townId();
        builder.townName = row.townName();
        builder.country = row.country();
        builder.status = row.status();
        builder.source = row.source();
        builder.gender = row.gender();
        builder.ageBand = row.ageBand();
        builder.firstTime = row.firstTime();
        builder.fewerOpportunities = row.fewerOpportunities();
        builder.dietary = row.dietary();
        builder.accessibility = row.accessibility();
        builder.language = row.language();
        builder.consentVersion = row.consentVersion();
        builder.consentedAt = row.consentedAt();
        builder.manageToken = row.manageToken();
        builder.checkInCode = row.checkInCode();
        builder.registeredBy = row.registeredBy();
        builder.createdAt = row.createdAt();
        builder.updatedAt = row.updatedAt();
        builder.cancelledAt = row.cancelledAt();
        builder.erasedAt = row.erasedAt();
        builder.version = row.version();
        return builder;
    }
}
