package org.jumelage.account.domain;

import jakarta.persistence.CollectionTable;
import jakarta.persistence.Column;
import jakarta.persistence.ElementCollection;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.FetchType;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.Table;
import jakarta.persistence.Version;
import java.time.Instant;
import java.util.EnumSet;
import java.util.Locale;
import java.util.Set;
import org.hibernate.annotations.BatchSize;
import org.jspecify.annotations.Nullable;
import org.jumelage.account.Role;
import org.jumelage.account.SignedInUser;
import org.jumelage.account.UserSummary;
import org.jumelage.shared.CollectionBatches;

/** A person who signs in to Jumelage. */
@Entity
@Table(name = "user_account")
class User {

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    private @Nullable Long id;

    private String email;

    @Column(name = "email_key")
    private String emailKey;

    private String displayName;

    private String passwordHash;

    private String preferredLanguage;

    private @Nullable Long organisationId;

    private boolean enabled;

    private Instant createdAt;

    // A list of users (the users API, the administrators' pages) reads their roles in one statement per 100.
    @ElementCollection(fetch = FetchType.EAGER)
    @BatchSize(size = CollectionBatches.SIZE)
    @CollectionTable(name = "user_account_role", joinColumns = @JoinColumn(name = "user_id"))
    @Column(name = "role")
    @Enumerated(EnumType.STRING)
    private Set<Role> roles = EnumSet.noneOf(Role.class);

    @Version
    private long version;

    protected User() {}

    User(String email, String displayName, String passwordHash, String language, Set<Role> roles, Instant now) {
        this.email = email.strip();
        this.emailKey = emailKey(email);
        this.displayName = displayName.strip();
        this.passwordHash = passwordHash;
        this.preferredLanguage = language;
        this.roles = roles.isEmpty() ? EnumSet.noneOf(Role.class) : EnumSet.copyOf(roles);
        this.enabled = true;
        this.createdAt = now;
    }

    /** The form of an e-mail that uniqueness and look-ups use: trimmed and lower-cased. */
    static String emailKey(String email) {
        return email.strip().toLowerCase(Locale.ROOT);
    }

    long id() {
        if (id == null) {
            throw new IllegalStateException("User not saved yet");
        }
        return id;
    }

    String email() {
        return email;
    }

    String passwordHash() {
        return passwordHash;
    }

    boolean isEnabled() {
        return enabled;
    }

    boolean hasRole(Role role) {
        return roles.contains(role);
    }

    void changePasswordHash(String newHash) {
        this.passwordHash = newHash;
    }

    void replaceRoles(Set<Role> newRoles) {
        roles.clear();
        roles.addAll(newRoles);
    }

    void joinOrganisation(@Nullable Long organisation) {
        this.organisationId = organisation;
    }

    void enable() {
        this.enabled = true;
    }

    void disable() {
        this.enabled = false;
    }

    void updateProfile(String newDisplayName, String language) {
        this.displayName = newDisplayName.strip();
        this.preferredLanguage = language;
    }

    UserSummary toSummary() {
        return new UserSummary(id(), email, displayName, preferredLanguage, roles, enabled, organisationId, createdAt);
    }

    SignedInUser toSignedInUser() {
        return new SignedInUser(id(), email, displayName, preferredLanguage, roles, organisationId);
    }
}
