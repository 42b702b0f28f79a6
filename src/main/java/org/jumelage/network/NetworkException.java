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

    // --- Partner-search notices and their relay ------------------------------------------------

    public static NetworkException noticeTitleMissing() {
        return new NetworkException(Kind.INVALID, "title", "network.notice-title-missing");
    }

    public static NetworkException noticeIdeaMissing() {
        return new NetworkException(Kind.INVALID, "idea", "network.notice-idea-missing");
    }

    public static NetworkException relayNameMissing() {
        return new NetworkException(Kind.INVALID, "name", "network.relay-name-missing");
    }

    public static NetworkException relayMessageMissing() {
        return new NetworkException(Kind.INVALID, "message", "network.relay-message-missing");
    }

    /** A text with markup ({@link org.jumelage.shared.Markup}): {@code field} is the API's name of it. */
    public static NetworkException markupRefused(String field) {
        return new NetworkException(Kind.INVALID, field, "network.markup-refused");
    }

    public static NetworkException noticeExpiryMissing() {
        return new NetworkException(Kind.INVALID, "expiresOn", "network.notice-expiry-missing");
    }

    /** The expiry day is today or earlier. */
    public static NetworkException noticeExpiryPast() {
        return new NetworkException(Kind.INVALID, "expiresOn", "network.notice-expiry-past");
    }

    public static NetworkException noticeExpiryTooFar(int maxDays) {
        return new NetworkException(Kind.INVALID, "expiresOn", "network.notice-expiry-too-far", maxDays);
    }

    public static NetworkException unknownMeasure(String code) {
        return new NetworkException(Kind.INVALID, "measure", "network.unknown-measure", code);
    }

    public static NetworkException townSizeInvalid(String size) {
        return new NetworkException(Kind.INVALID, "townSize", "network.town-size-invalid", size);
    }

    public static NetworkException languageInvalid(String language) {
        return new NetworkException(Kind.INVALID, "languages", "network.language-invalid", language);
    }

    public static NetworkException tooManyLanguages(int max) {
        return new NetworkException(Kind.INVALID, "languages", "network.too-many-languages", max);
    }

    public static NetworkException dateInvalid(String field) {
        return new NetworkException(Kind.INVALID, field, "network.date-invalid");
    }

    public static NetworkException noticeOrganisationMissing() {
        return new NetworkException(Kind.INVALID, "organisation", "network.notice-organisation-missing");
    }

    public static NetworkException noticeNotFound(long id) {
        return new NetworkException(Kind.NOT_FOUND, null, "network.notice-not-found", id);
    }

    public static NetworkException noticeForbidden() {
        return new NetworkException(Kind.FORBIDDEN, null, "network.notice-forbidden");
    }

    /** The organisation has no contact with an e-mail address, so no message can reach it. */
    public static NetworkException noticeUnreachable() {
        return new NetworkException(Kind.CONFLICT, null, "network.notice-unreachable");
    }

    public static NetworkException relayEmailInvalid() {
        return new NetworkException(Kind.INVALID, "email", "network.relay-email-invalid");
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

    // --- Partner search ------------------------------------------------------------------------

    /** Neither a town nor a project to search from. */
    public static NetworkException partnerSearchStartMissing() {
        return new NetworkException(Kind.INVALID, "town", "network.partner-search.start-missing");
    }

    public static NetworkException partnerSearchUnknownMeasure(String measure) {
        return new NetworkException(Kind.INVALID, "measure", "network.partner-search.unknown-measure", measure);
    }

    public static NetworkException partnerSearchHopsInvalid(int hops) {
        return new NetworkException(Kind.INVALID, "hops", "network.partner-search.hops-invalid", hops);
    }

    public static NetworkException partnerSearchUnknownCountry(String country) {
        return new NetworkException(Kind.INVALID, "countries", "network.partner-search.unknown-country", country);
    }

    public static NetworkException partnerSearchUnknownLanguage(String language) {
        return new NetworkException(Kind.INVALID, "language", "network.partner-search.unknown-language", language);
    }

    /** A minimum above its maximum; {@code field} names the minimum ({@code minPopulation}, {@code minKm}). */
    public static NetworkException partnerSearchRangeInvalid(String field) {
        return new NetworkException(Kind.INVALID, field, "network.partner-search.range-invalid");
    }

    /** A negative population or distance. */
    public static NetworkException partnerSearchNegative(String field) {
        return new NetworkException(Kind.INVALID, field, "network.partner-search.negative");
    }

    public static NetworkException partnerSearchPageInvalid() {
        return new NetworkException(Kind.INVALID, "page", "network.partner-search.page-invalid");
    }

    public static NetworkException partnerSearchSizeInvalid(int max) {
        return new NetworkException(Kind.INVALID, "size", "network.partner-search.size-invalid", max);
    }

    /** A project that does not exist or that the viewer may not see. */
    public static NetworkException partnerSearchProjectNotFound(long projectId) {
        return new NetworkException(Kind.NOT_FOUND, null, "network.partner-search.project-not-found", projectId);
    }
}
