package org.jumelage.network.domain;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import java.time.Instant;
import org.jspecify.annotations.Nullable;
import org.jumelage.network.ContactSummary;

/** A contact person of an organisation. */
@Entity
@Table(name = "organisation_contact")
class Contact {

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    private @Nullable Long id;

    private long organisationId;

    private String name;

    private @Nullable String email;

    private @Nullable String phone;

    @Column(name = "job_position")
    private @Nullable String position;

    private Instant createdAt;

    protected Contact() {}

    Contact(
            long organisationId,
            String name,
            @Nullable String email,
            @Nullable String phone,
            @Nullable String position,
            Instant now) {
        this.organisationId = organisationId;
        this.name = name;
        this.email = email;
        this.phone = phone;
        this.position = position;
        this.createdAt = now;
    }

    long id() {
        if (id == null) {
            throw new IllegalStateException("Contact not saved yet");
        }
        return id;
    }

    String name() {
        return name;
    }

    ContactSummary toSummary() {
        return new ContactSummary(id(), name, email, phone, position);
    }
}
