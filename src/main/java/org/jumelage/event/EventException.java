package org.jumelage.event;

import org.jumelage.shared.BusinessException;

/** A refusal of the event module: one factory per rule, each with a stable code, message key and field. */
public final class EventException extends BusinessException {

    private final java.util.List<RegistrationProblem> problems;

    private EventException(Kind kind, String code, String field, Object... arguments) {
        super(kind, code, "error." + code, field, arguments);
        this.problems = java.util.List.of();
    }

    private EventException(
            Kind kind, String code, java.util.List<RegistrationProblem> problems, String field, Object... arguments) {
        super(kind, code, "error." + code, field, arguments);
        this.problems = java.util.List.copyOf(problems);
    }

    /** Everything wrong with a refused registration request (the first is this refusal); empty for other refusals. */
    public java.util.List<RegistrationProblem> problems() {
        return problems;
    }

    public static EventException notFound(long id) {
        return new EventException(Kind.NOT_FOUND, "event.not-found", "", id);
    }

    public static EventException notAllowed() {
        return new EventException(Kind.FORBIDDEN, "event.not-allowed", "");
    }

    public static EventException titleRequired() {
        return new EventException(Kind.INVALID, "event.title-required", "titleEn");
    }

    public static EventException textTooLong(String field, int max) {
        return new EventException(Kind.INVALID, "event.text-too-long", field, max);
    }

    public static EventException datesRequired() {
        return new EventException(Kind.INVALID, "event.dates-required", "startDate");
    }

    public static EventException endBeforeStart() {
        return new EventException(Kind.INVALID, "event.end-before-start", "endDate");
    }

    public static EventException hostRequired() {
        return new EventException(Kind.INVALID, "event.host-required", "hostPlaces");
    }

    public static EventException unknownTown(long id) {
        return new EventException(Kind.INVALID, "event.unknown-town", "hostPlaces", id);
    }

    public static EventException unresolvedPlaceNeedsCountry(String place) {
        return new EventException(Kind.INVALID, "event.place-needs-country", "hostPlaces", place);
    }

    public static EventException unknownCountry(String code) {
        return new EventException(Kind.INVALID, "event.unknown-country", "hostPlaces", code);
    }

    public static EventException unknownTimeZone(String zone) {
        return new EventException(Kind.INVALID, "event.unknown-time-zone", "timeZone", zone);
    }

    public static EventException notAPartner(long partnerId) {
        return new EventException(Kind.INVALID, "event.not-a-partner", "plannedParticipants", partnerId);
    }

    public static EventException negativeParticipants() {
        return new EventException(Kind.INVALID, "event.negative-participants", "plannedParticipants");
    }

    public static EventException staleVersion() {
        return new EventException(Kind.CONFLICT, "event.stale-version", "");
    }

    // Check-in and attendance

    public static EventException checkInTokenRequired() {
        return new EventException(Kind.INVALID, "event.checkin.token-required", "token");
    }

    public static EventException checkInForgedToken() {
        return new EventException(Kind.INVALID, "event.checkin.forged-token", "token");
    }

    public static EventException checkInOtherEvent() {
        return new EventException(Kind.INVALID, "event.checkin.other-event", "token");
    }

    public static EventException checkInUnknownPerson() {
        return new EventException(Kind.INVALID, "event.checkin.unknown-person", "token");
    }

    public static EventException checkInUnknownCode(String code) {
        return new EventException(Kind.INVALID, "event.checkin.unknown-code", "code", code);
    }

    public static EventException checkInRegistrationNotFound(long registrationId) {
        return new EventException(
                Kind.NOT_FOUND, "event.checkin.registration-not-found", "registrationId", registrationId);
    }

    public static EventException checkInCancelled(String name) {
        return new EventException(Kind.INVALID, "event.checkin.cancelled", "registrationId", name);
    }

    public static EventException checkInWaitlisted(String name) {
        return new EventException(Kind.INVALID, "event.checkin.waitlisted", "registrationId", name);
    }

    public static EventException checkInErased() {
        return new EventException(Kind.INVALID, "event.checkin.erased", "registrationId");
    }

    public static EventException checkInDayRequired() {
        return new EventException(Kind.INVALID, "event.checkin.day-required", "day");
    }

    public static EventException checkInNoDates() {
        return new EventException(Kind.INVALID, "event.checkin.no-dates", "day");
    }

    public static EventException checkInDayOutsideEvent(String day, String first, String last) {
        return new EventException(Kind.INVALID, "event.checkin.day-outside", "day", day, first, last);
    }

    public static EventException checkInBadNonce() {
        return new EventException(Kind.INVALID, "event.checkin.bad-nonce", "nonce");
    }

    public static EventException checkInBusy() {
        return new EventException(Kind.CONFLICT, "event.checkin.busy", "");
    }

    // --- Participant lists, evidence and retention (issue 5, helper "lists") ---------------------

    public static EventException listFormatUnknown(String format) {
        return new EventException(Kind.INVALID, "event.lists.format-unknown", "format", format);
    }

    public static EventException listDelegationNotFound(long delegationId) {
        return new EventException(Kind.NOT_FOUND, "event.lists.delegation-not-found", "delegation", delegationId);
    }

    public static EventException listDayInvalid(String day) {
        return new EventException(Kind.INVALID, "event.lists.day-invalid", "day", day);
    }

    public static EventException listDayOutside(String day) {
        return new EventException(Kind.INVALID, "event.lists.day-outside", "day", day);
    }

    public static EventException evidenceNotFound(long evidenceId) {
        return new EventException(Kind.NOT_FOUND, "event.evidence.not-found", "", evidenceId);
    }

    public static EventException evidenceEmpty() {
        return new EventException(Kind.INVALID, "event.evidence.empty", "file");
    }

    /** @param maxMegabytes the limit, as text */
    public static EventException evidenceTooLarge(String maxMegabytes) {
        return new EventException(Kind.INVALID, "event.evidence.too-large", "file", maxMegabytes);
    }

    public static EventException evidenceType() {
        return new EventException(Kind.INVALID, "event.evidence.type", "file");
    }

    public static EventException evidenceStorageFailed() {
        return new EventException(Kind.CONFLICT, "event.evidence.storage-failed", "file");
    }

    // --- Delegations and import (issue 5, delegations) ---

    public static EventException delegationNotFound(long id) {
        return new EventException(Kind.NOT_FOUND, "event.delegation.not-found", "", id);
    }

    public static EventException delegationNotAllowed(String field) {
        return new EventException(Kind.FORBIDDEN, "event.delegation.not-allowed", field);
    }

    public static EventException delegationPartnerRequired() {
        return new EventException(Kind.INVALID, "event.delegation.partner-required", "organisationId");
    }

    public static EventException delegationUnknownOrganisation(long organisationId) {
        return new EventException(
                Kind.INVALID,
                "event.delegation.unknown-organisation",
                "organisationId",
                String.valueOf(organisationId));
    }

    public static EventException delegationNotAPartner(String organisation) {
        return new EventException(Kind.INVALID, "event.delegation.not-a-partner", "organisationId", organisation);
    }

    public static EventException delegationUnknownPartner(long partnerId) {
        return new EventException(
                Kind.INVALID, "event.delegation.unknown-partner", "partnerId", String.valueOf(partnerId));
    }

    public static EventException delegationCountryMismatch(String given, String partnerCountry) {
        return new EventException(Kind.INVALID, "event.delegation.country-mismatch", "country", given, partnerCountry);
    }

    public static EventException delegationUnknownCountry(String code) {
        return new EventException(Kind.INVALID, "event.delegation.unknown-country", "country", code);
    }

    public static EventException delegationCountryNotAPartner(String country) {
        return new EventException(Kind.INVALID, "event.delegation.country-not-a-partner", "country", country);
    }

    public static EventException delegationDuplicate() {
        return new EventException(Kind.CONFLICT, "event.delegation.duplicate", "organisationId");
    }

    public static EventException delegationSizeOutOfRange(int max) {
        return new EventException(
                Kind.INVALID, "event.delegation.size-out-of-range", "plannedSize", String.valueOf(max));
    }

    public static EventException delegationTextTooLong(String field, int max) {
        return new EventException(Kind.INVALID, "event.delegation.text-too-long", field, String.valueOf(max));
    }

    public static EventException delegationInvalidEmail() {
        return new EventException(Kind.INVALID, "event.delegation.invalid-email", "headEmail");
    }

    public static EventException delegationStaleVersion() {
        return new EventException(Kind.CONFLICT, "event.delegation.stale-version", "");
    }

    public static EventException delegationHasMembers(int members) {
        return new EventException(Kind.CONFLICT, "event.delegation.has-members", "", String.valueOf(members));
    }

    public static EventException importUnsupportedType(String fileName) {
        return new EventException(Kind.INVALID, "event.import.unsupported-type", "file", fileName);
    }

    public static EventException importNotCsv() {
        return new EventException(Kind.INVALID, "event.import.not-csv", "file");
    }

    public static EventException importNotXlsx() {
        return new EventException(Kind.INVALID, "event.import.not-xlsx", "file");
    }

    public static EventException importNotUtf8() {
        return new EventException(Kind.INVALID, "event.import.not-utf8", "file");
    }

    public static EventException importUnreadable(int row) {
        return new EventException(Kind.INVALID, "event.import.unreadable", "file", String.valueOf(row));
    }

    public static EventException importTooLarge(long maxKilobytes) {
        return new EventException(Kind.INVALID, "event.import.too-large", "file", String.valueOf(maxKilobytes));
    }

    public static EventException importTooManyRows(int maxRows) {
        return new EventException(Kind.INVALID, "event.import.too-many-rows", "file", String.valueOf(maxRows));
    }

    public static EventException importEmpty() {
        return new EventException(Kind.INVALID, "event.import.empty", "file");
    }

    public static EventException importMissingColumns(String columns) {
        return new EventException(Kind.INVALID, "event.import.missing-columns", "file", columns);
    }

    public static EventException importDuplicateColumn(String column) {
        return new EventException(Kind.INVALID, "event.import.duplicate-column", "file", column);
    }

    public static EventException importConsentRequired() {
        return new EventException(Kind.INVALID, "event.import.consent-required", "consent");
    }

    /** Some rows have problems and the caller did not ask for the valid rows only: nothing stored. */
    public static EventException importRowsInvalid(int invalidRows) {
        return new EventException(Kind.INVALID, "event.import.rows-invalid", "file", String.valueOf(invalidRows));
    }

    // --- end of delegations and import ---

    // --- Registration (issue 5, registration) ---

    public static EventException registrationNotFound(long id) {
        return new EventException(Kind.NOT_FOUND, "event.registration.not-found", "", id);
    }

    public static EventException registrationLinkNotFound() {
        return new EventException(Kind.NOT_FOUND, "event.registration.link-not-found", "");
    }

    public static EventException registrationClosed() {
        return new EventException(Kind.INVALID, "event.registration.closed", "");
    }

    public static EventException registrationNotYetOpen() {
        return new EventException(Kind.INVALID, "event.registration.not-yet-open", "");
    }

    public static EventException registrationEnded() {
        return new EventException(Kind.INVALID, "event.registration.ended", "");
    }

    public static EventException registrationCancelled() {
        return new EventException(Kind.CONFLICT, "event.registration.cancelled", "");
    }

    public static EventException registrationErased() {
        return new EventException(Kind.CONFLICT, "event.registration.erased", "");
    }

    /** A refused registration request: reported as its first problem, carrying all of them. */
    public static EventException registrationInvalid(java.util.List<RegistrationProblem> problems) {
        if (problems == null || problems.isEmpty()) {
            return new EventException(Kind.INVALID, "event.registration.invalid", "");
        }
        RegistrationProblem problem = problems.get(0);
        String code = problem.messageKey().startsWith("error.")
                ? problem.messageKey().substring("error.".length())
                : problem.messageKey();
        Kind kind =
                code.equals("event.registration.duplicate-email") || code.equals("event.registration.duplicate-name")
                        ? Kind.CONFLICT
                        : Kind.INVALID;
        return new EventException(kind, code, problems, problem.field(), problem.arguments());
    }

    public static EventException settingsCloseBeforeOpen() {
        return new EventException(Kind.INVALID, "event.registration.close-before-open", "closesAt");
    }

    public static EventException settingsCapacityNegative() {
        return new EventException(Kind.INVALID, "event.registration.capacity-negative", "capacity");
    }

    public static EventException settingsLanguages() {
        return new EventException(Kind.INVALID, "event.registration.working-languages", "workingLanguages");
    }
}
