package org.jumelage.project.web;

import org.jspecify.annotations.Nullable;
import org.jumelage.project.PartnerRole;

/** Adds a partner: an organisation, or only a country when the source names no organisation. */
class PartnerForm {

    private @Nullable Long organisationId;
    private String country = "";
    private PartnerRole role = PartnerRole.PARTNER;

    public @Nullable Long getOrganisationId() {
        return organisationId;
    }

    public void setOrganisationId(@Nullable Long organisationId) {
        this.organisationId = organisationId;
    }

    public String getCountry() {
        return country;
    }

    public void setCountry(String country) {
        this.country = country;
    }

    public PartnerRole getRole() {
        return role;
    }

    public void setRole(PartnerRole role) {
        this.role = role;
    }
}
