package org.jumelage.participation.web;

import org.jspecify.annotations.Nullable;
import org.jumelage.participation.RegistrationRequest;
import org.jumelage.participation.RegistrationSummary;

/** A member added to a delegation by its partner's contact or an editor. */
class DelegationMemberForm {

    private String firstName = "";
    private String lastName = "";
    private String email = "";
    private String organisationName = "";
    private String town = "";
    private String country = "";
    private boolean minor;

    static DelegationMemberForm of(RegistrationSummary member) {
        DelegationMemberForm form = new DelegationMemberForm();
        form.firstName = member.firstName() == null ? "" : member.firstName();
        form.lastName = member.lastName() == null ? "" : member.lastName();
        form.email = member.email() == null ? "" : member.email();
        form.organisationName = member.organisationName() == null ? "" : member.organisationName();
        form.town = member.townName() == null ? "" : member.townName();
        form.country = member.country();
        form.minor = member.email() == null;
        return form;
    }

    /** The change of a member: what the form does not show (statistics, needs) stays as it was. */
    RegistrationRequest toChange(RegistrationSummary member, @Nullable Long townId, @Nullable String townName) {
        return new RegistrationRequest(
                firstName,
                lastName,
                email.isBlank() ? null : email.strip(),
                organisationName.isBlank() ? null : organisationName.strip(),
                townId,
                townName,
                country,
                member.delegationId(),
                member.gender(),
                member.ageBand(),
                member.firstTime(),
                member.fewerOpportunities(),
                member.dietary(),
                member.accessibility(),
                member.language(),
                true,
                minor);
    }

    RegistrationRequest toRequest(
            long delegationId, @Nullable Long townId, @Nullable String townName, String language) {
        return new RegistrationRequest(
                firstName,
                lastName,
                email.isBlank() ? null : email.strip(),
                organisationName.isBlank() ? null : organisationName.strip(),
                townId,
                townName,
                country,
                delegationId,
                null,
                null,
                null,
                null,
                null,
                null,
                language,
                true,
                minor);
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

    public boolean isMinor() {
        return minor;
    }

    public void setMinor(boolean minor) {
        this.minor = minor;
    }
}
