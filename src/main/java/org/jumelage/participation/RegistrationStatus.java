package org.jumelage.participation;

/** Where a registration stands. Only {@link #CONFIRMED} people hold a place and can be checked in. */
public enum RegistrationStatus {
    CONFIRMED,
    /** Registered while the event was full; promoted in order when a place frees up. */
    WAITLISTED,
    CANCELLED
}
