package org.jumelage.participation.web;

import org.jspecify.annotations.Nullable;
import org.jumelage.participation.RegistrationRequest;
import org.jumelage.participation.RegistrationSummary;

/** The registration form of the public links and the personal page. */
class RegistrationForm {

    private String firstName = "";
    private String lastName = "";
    private String email = "";
    private String organisationName = "";
    private String town = "";
    private String country = "";
    private String gender = "";
    private String ageBand = "";
    private @Nullable Boolean firstTime;
    private @Nullable Boolean fewerOpportunities;
    private String dietary = "";
    private String accessibility = "";
    private boolean consent;

    static RegistrationForm of(RegistrationSummary registration) {
        RegistrationForm form = new RegistrationForm();
        form.firstName = nonNull(registration.firstName());
        form.lastName = nonNull(registration.lastName());
        form.email = nonNull(registration.email());
        form.organisationName = nonNull(registration.organisationName());
        form.town = registration.townId() != null
                ? nonNull(registration.townName()) + " (" + registration.townId() + ")"
                : nonNull(registration.townName());
        form.country = registration.country();
        form.gender = nonNull(registration.gender());
        form.ageBand = nonNull(registration.ageBand());
        form.firstTime = registration.firstTime();
        form.fewerOpportunities = registration.fewerOpportunities();
        form.dietary = nonNull(registration.dietary());
        form.accessibility = nonNull(registration.accessibility());
        form.consent = registration.consentVersion() != null;
        return form;
    }

    RegistrationRequest toRequest(
            @Nullable Long townId, @Nullable String townName, @Nullable Long delegationId, String language) {
        return new RegistrationRequest(
                firstName,
                lastName,
                email,
                organisationName,
                townId,
                townName,
                country,
                delegationId,
                gender,
                ageBand,
                firstTime,
                fewerOpportunities,
                dietary,
                accessibility,
                language,
                consent,
                false);
    }

    private static String nonNull(@Nullable String text) {
        return text == null ? "" : text;
    }

    public String getFirstName() {
        return firstName;
    }

    public void setFirstName(String firstName) {
        this.firstName = firstName;
    }

    public String getLastName() {
        return lastName;
    }

    public void setLastName(String lastName) {
        this.lastName = lastName;
    }

    public String getEmail() {
        return email;
    }

    public void setEmail(String email) {
        this.email = email;
    }

    public String getOrganisationName() {
        return organisationName;
    }

    public void setOrganisationName(String organisationName) {
        this.organisationName = organisationName;
    }

    public String getTown() {
        return town;
    }

    public void setTown(String town) {
        this.town = town;
    }

    public String getCountry() {
        return country;
    }

    public void setCountry(String country) {
        this.country = country;
    }

    public String getGender() {
        return gender;
    }

    public void setGender(String gender) {
        this.gender = gender;
    }

    public String getAgeBand() {
        return ageBand;
    }

    public void setAgeBand(String ageBand) {
        this.ageBand = ageBand;
    }

    public @Nullable Boolean getFirstTime() {
        return firstTime;
    }

    public void setFirstTime(@Nullable Boolean firstTime) {
        this.firstTime = firstTime;
    }

    public @Nullable Boolean getFewerOpportunities() {
        return fewerOpportunities;
    }

    public void setFewerOpportunities(@Nullable Boolean fewerOpportunities) {
        this.fewerOpportunities = fewerOpportunities;
    }

    public String getDietary() {
        return dietary;
    }

    public void setDietary(String dietary) {
        this.dietary = dietary;
    }

    public String getAccessibility() {
        return accessibility;
    }

    public void setAccessibility(String accessibility) {
        this.accessibility = accessibility;
    }

    public boolean isConsent() {
        return consent;
    }

    public void setConsent(boolean consent) {
        this.consent = consent;
    }
}
