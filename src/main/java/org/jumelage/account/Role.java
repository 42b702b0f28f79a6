package org.jumelage.account;

/** What a user may do across the instance; per-project permissions come on top. */
public enum Role {
    /** Runs the instance: users, organisations, reference data. */
    ADMIN,
    /** Project coordinator in a town hall: manages the projects of their organisation. */
    COORDINATOR,
    /** Contact person in a partner town: sees the projects shared with their organisation. */
    PARTNER;

    /** The Spring Security authority name, for example {@code ROLE_ADMIN}. */
    public String authority() {
        return "ROLE_" + name();
    }
}
