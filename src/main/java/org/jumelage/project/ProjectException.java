package org.jumelage.project;

import org.jumelage.shared.BusinessException;

/** A refusal of the project module: one factory per rule, each with a stable code and message key. */
public final class ProjectException extends BusinessException {

    private ProjectException(Kind kind, String code, String field, Object... arguments) {
        super(kind, code, "error." + code, field, arguments);
    }

    public static ProjectException notFound(long id) {
        return new ProjectException(Kind.NOT_FOUND, "project.not-found", "", id);
    }

    public static ProjectException notAllowed() {
        return new ProjectException(Kind.FORBIDDEN, "project.not-allowed", "");
    }

    public static ProjectException titleRequired() {
        return new ProjectException(Kind.INVALID, "project.title-required", "titleEn");
    }

    public static ProjectException textTooLong(String field, int max) {
        return new ProjectException(Kind.INVALID, "project.text-too-long", field, max);
    }

    public static ProjectException unknownMeasure(String code) {
        return new ProjectException(Kind.INVALID, "project.unknown-measure", "measure", code);
    }

    /** A project form came without a status (the form's list always sends one; a crafted request may not). */
    public static ProjectException statusRequired() {
        return new ProjectException(Kind.INVALID, "project.status-required", "status");
    }

    /** A project past the idea has no measure. */
    public static ProjectException measureRequired() {
        return new ProjectException(Kind.INVALID, "project.measure-required", "measure");
    }

    public static ProjectException unknownCall(String code) {
        return new ProjectException(Kind.INVALID, "project.unknown-call", "callCode", code);
    }

    public static ProjectException callOfOtherMeasure(String code) {
        return new ProjectException(Kind.INVALID, "project.call-of-other-measure", "callCode", code);
    }

    public static ProjectException endBeforeStart() {
        return new ProjectException(Kind.INVALID, "project.end-before-start", "endDate");
    }

    public static ProjectException negativeAmount(String field) {
        return new ProjectException(Kind.INVALID, "project.negative-amount", field);
    }

    public static ProjectException amountTooLarge(String field) {
        return new ProjectException(Kind.INVALID, "project.amount-too-large", field);
    }

    public static ProjectException grantAboveCost() {
        return new ProjectException(Kind.INVALID, "project.grant-above-cost", "euGrant");
    }

    public static ProjectException fundingRateOutOfRange() {
        return new ProjectException(Kind.INVALID, "project.funding-rate-out-of-range", "fundingRate");
    }

    public static ProjectException invalidWebsite() {
        return new ProjectException(Kind.INVALID, "project.invalid-website", "website");
    }

    public static ProjectException invalidEmail() {
        return new ProjectException(Kind.INVALID, "project.invalid-email", "coordinatorEmail");
    }

    public static ProjectException leadRequired() {
        return new ProjectException(Kind.INVALID, "project.lead-required", "leadOrganisationId");
    }

    public static ProjectException unknownOrganisation(long id) {
        return new ProjectException(Kind.INVALID, "project.unknown-organisation", "organisationId", id);
    }

    public static ProjectException mustLeadOwnProjects() {
        return new ProjectException(Kind.FORBIDDEN, "project.must-lead-own-projects", "leadOrganisationId");
    }

    public static ProjectException secondLead() {
        return new ProjectException(Kind.CONFLICT, "project.second-lead", "role");
    }

    public static ProjectException leadCannotBeRemoved() {
        return new ProjectException(Kind.CONFLICT, "project.lead-cannot-be-removed", "");
    }

    public static ProjectException alreadyPartner() {
        return new ProjectException(Kind.CONFLICT, "project.already-partner", "organisationId");
    }

    public static ProjectException unknownCountry(String code) {
        return new ProjectException(Kind.INVALID, "project.unknown-country", "country", code);
    }

    public static ProjectException countryRequired() {
        return new ProjectException(Kind.INVALID, "project.country-required", "country");
    }

    public static ProjectException statedPartnersOutOfRange(int max) {
        return new ProjectException(Kind.INVALID, "project.stated-partners-out-of-range", "statedPartners", max);
    }

    public static ProjectException statedCountriesOutOfRange(int max) {
        return new ProjectException(Kind.INVALID, "project.stated-countries-out-of-range", "statedCountries", max);
    }

    public static ProjectException statedCountriesAbovePartners() {
        return new ProjectException(Kind.INVALID, "project.stated-countries-above-partners", "statedCountries");
    }

    public static ProjectException statedPartnersRequired() {
        return new ProjectException(Kind.INVALID, "project.stated-partners-required", "statedPartners");
    }

    public static ProjectException staleVersion() {
        return new ProjectException(Kind.CONFLICT, "project.stale-version", "");
    }

    public static ProjectException outcomeTextRequired() {
        return new ProjectException(Kind.INVALID, "project.outcome-text-required", "textEn");
    }

    public static ProjectException outcomeKindRequired() {
        return new ProjectException(Kind.INVALID, "project.outcome-kind-required", "kind");
    }

    public static ProjectException partnerNotFound(long id) {
        return new ProjectException(Kind.NOT_FOUND, "project.partner-not-found", "", id);
    }

    public static ProjectException outcomeNotFound(long id) {
        return new ProjectException(Kind.NOT_FOUND, "project.outcome-not-found", "", id);
    }

    /** A required field of the grant award is missing. */
    public static ProjectException awardFieldRequired(String field) {
        return new ProjectException(Kind.INVALID, "project.award-field-required", field);
    }

    /** The awarded amount is zero, negative, has more than two decimals or is too large. */
    public static ProjectException awardAmountInvalid() {
        return new ProjectException(Kind.INVALID, "project.award-amount-invalid", "amount");
    }

    public static ProjectException awardCurrencyInvalid(String currency) {
        return new ProjectException(Kind.INVALID, "project.award-currency-invalid", "currency", currency);
    }

    public static ProjectException awardSignedInFuture() {
        return new ProjectException(Kind.INVALID, "project.award-signed-in-future", "signedOn");
    }
}
