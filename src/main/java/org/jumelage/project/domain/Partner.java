package org.jumelage.project.domain;

import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import org.jspecify.annotations.Nullable;
import org.jumelage.project.PartnerRole;

/** An organisation (or, when the source names none, only a country) taking part in a project. */
@Entity
@Table(name = "project_partner")
class Partner {

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    private @Nullable Long id;

    private @Nullable Long organisationId;

    private String country;

    @Enumerated(EnumType.STRING)
    private PartnerRole role;

    protected Partner() {}

    Partner(@Nullable Long organisationId, String country, PartnerRole role) {
        this.organisationId = organisationId;
        this.country = country;
        this.role = role;
    }

    @Nullable
    Long id() {
        return id;
    }

    @Nullable
    Long organisationId() {
        return organisationId;
    }

    String country() {
        return country;
    }

    PartnerRole role() {
        return role;
    }

    boolean isLead() {
        return role == PartnerRole.LEAD;
    }
}
