package org.jumelage.network;

import org.jspecify.annotations.Nullable;
import org.jumelage.shared.BusinessException;

/**
 * A refusal of the network module. The static factories name every kind with its code
 * ({@code network.<kebab>}) and message key ({@code error.network.<kebab>}). A refusal of one
 * input names it in {@link #field()}, as the API calls it.
 */
public final class NetworkException extends BusinessException {

    /** The longest organisation name, per language. */
    public static final int MAX_NAME = 300;

    private final @Nullable String field;

    private NetworkException(Kind kind, @Nullable String field, String code, Object... arguments) {
        super(kind, code, "error." + code, arguments);
        this.field = field;
    }

    /** The input the refusal concerns, as the API names it (for example {@code pic}), or {@code null}. */
    public @Nullable String field() {
        return field;
    }

    // --- Organisations -----------------------------------------------------------------------

    public static NetworkException nameMissing() {
        return new NetworkException(Kind.INVALID, "names", "network.name-missing");
    }

    public static NetworkException nameTooLong() {
        return new NetworkException(Kind.INVALID, "names", "network.name-too-long");
    }

    public static NetworkException typeInvalid(String type) {
        return new NetworkException(Kind.INVALID, "type", "network.type-invalid", type);
    }

    public static NetworkException countryMissing() {
        return new NetworkException(Kind.INVALID, "country", "network.country-missing");
    }

    public static NetworkException unknownCountry(String country) {
        return new NetworkException(Kind.INVALID, "country", "network.unknown-country", country);
    }

    public static NetworkException unknownTown(long townId) {
        return new NetworkException(Kind.INVALID, "town", "network.unknown-town", townId);
    }

    public static NetworkException picInvalid() {
        return new NetworkException(Kind.INVALID, "pic", "network.pic-invalid");
    }

    public static NetworkException picTaken(String pic) {
        return new NetworkException(Kind.CONFLICT, "pic", "network.pic-taken", pic);
    }

    public static NetworkException websiteInvalid() {
        return new NetworkException(Kind.INVALID, "website", "network.website-invalid");
    }

    public static NetworkException versionMissing() {
        return new NetworkException(Kind.INVALID, "version", "network.version-missing");
    }

    public static NetworkException staleVersion() {
        return new NetworkException(Kind.CONFLICT, "version", "network.stale-version");
    }

    public static NetworkException organisationNotFound(long id) {
        return new NetworkException(Kind.NOT_FOUND, null, "network.organisation-not-found", id);
    }

    // --- Contacts ------------------------------------------------------------------------------

    public static NetworkException contactNameMissing() {
        return new NetworkException(Kind.INVALID, "name", "network.contact-name-missing");
    }

    public static NetworkException contactEmailInvalid() {
        return new NetworkException(Kind.INVALID, "email", "network.contact-email-invalid");
    }

    /** A text longer than its field allows: {@code field} is the API's name of it. */
    public static NetworkException textTooLong(String field, int maxLength) {
        return new NetworkException(Kind.INVALID, field, "network.text-too-long", maxLength);
    }

    public static NetworkException contactNotFound(long id) {
        return new NetworkException(Kind.NOT_FOUND, null, "network.contact-not-found", id);
    }

    // --- Towns -----------------------------------------------------------------------------------

    public static NetworkException townNameMissing() {
        return new NetworkException(Kind.INVALID, "name", "network.town-name-missing");
    }

    public static NetworkException latitudeInvalid() {
        return new NetworkException(Kind.INVALID, "latitude", "network.latitude-invalid");
    }

    public static NetworkException longitudeInvalid() {
        return new NetworkException(Kind.INVALID, "longitude", "network.longitude-invalid");
    }

    public static NetworkException populationInvalid() {
        return new NetworkException(Kind.INVALID, "population", "network.population-invalid");
    }

    public static NetworkException townAlreadyKnown(String name, long id) {
        return new NetworkException(Kind.CONFLICT, "name", "network.town-already-known", name, id);
    }

    /** The limit of a town search is outside 1 to {@link TownDirectory#MAX_LIMIT}. */
    public static NetworkException limitInvalid(int max) {
        return new NetworkException(Kind.INVALID, "limit", "network.limit-invalid", max);
    }

    // --- Links between towns (twinnings) ----------------------------------------------------------

    public static NetworkException twinSameTown() {
        return new NetworkException(Kind.INVALID, "partner", "network.twin-same-town");
    }

    public static NetworkException twinDuplicate(String partner) {
        return new NetworkException(Kind.CONFLICT, "partner", "network.twin-duplicate", partner);
    }

    /** An administrator (who belongs to no town) sent a link without its town. */
    public static NetworkException twinTownMissing() {
        return new NetworkException(Kind.INVALID, "town", "network.twin-town-missing");
    }

    public static NetworkException twinPartnerMissing() {
        return new NetworkException(Kind.INVALID, "partner", "network.twin-partner-missing");
    }

    /** The typed partner town may be one of several gazetteer towns, listed in {@code candidates}. */
    public static NetworkException twinPartnerAmbiguous(String typed, String candidates) {
        return new NetworkException(Kind.INVALID, "partner", "network.twin-partner-ambiguous", typed, candidates);
    }

    public static NetworkException twinUnknownTown(String field, long townId) {
        return new NetworkException(Kind.INVALID, field, "network.twin-unknown-town", townId);
    }

    public static NetworkException twinCountryInvalid(String country) {
        return new NetworkException(Kind.INVALID, "partner", "network.twin-country-invalid", country);
    }

    public static NetworkException twinKindInvalid(String kind) {
        return new NetworkException(Kind.INVALID, "kind", "network.twin-kind-invalid", kind);
    }

    public static NetworkException twinStatusInvalid(String status) {
        return new NetworkException(Kind.INVALID, "status", "network.twin-status-invalid", status);
    }

    /** A year outside {@code min} to {@code max}; {@code field} is {@code since} or {@code until}. */
    public static NetworkException twinYearInvalid(String field, int min, int max) {
        return new NetworkException(Kind.INVALID, field, "network.twin-year-invalid", min, max);
    }

    public static NetworkException twinUntilBeforeSince(int since, int until) {
        return new NetworkException(Kind.INVALID, "until", "network.twin-until-before-since", since, until);
    }

    public static NetworkException twinUntilNotEnded() {
        return new NetworkException(Kind.INVALID, "until", "network.twin-until-not-ended");
    }

    public static NetworkException twinStaleVersion() {
        return new NetworkException(Kind.CONFLICT, "version", "network.twin-stale-version");
    }

    public static NetworkException twinVersionMissing() {
        return new NetworkException(Kind.INVALID, "version", "network.twin-version-missing");
    }

    /** A town asked for by its id (in a path) that the gazetteer does not have. */
    public static NetworkException townNotFound(long id) {
        return new NetworkException(Kind.NOT_FOUND, null, "network.twin-town-not-found", id);
    }

    public static NetworkException twinNotFound(long id) {
        return new NetworkException(Kind.NOT_FOUND, null, "network.twin-not-found", id);
    }

    public static NetworkException twinNotAllowed() {
        return new NetworkException(Kind.FORBIDDEN, null, "network.twin-not-allowed");
    }

    public static NetworkException charterMissing() {
        return new NetworkException(Kind.INVALID, "file", "network.charter-missing");
    }

    public static NetworkException charterNotPdf() {
        return new NetworkException(Kind.INVALID, "file", "network.charter-not-pdf");
    }

    public static NetworkException charterTooLarge(int megabytes) {
        return new NetworkException(Kind.INVALID, "file", "network.charter-too-large", megabytes);
    }

    public static NetworkException charterStorageFailed() {
        return new NetworkException(Kind.CONFLICT, "file", "network.charter-storage-failed");
    }
}
