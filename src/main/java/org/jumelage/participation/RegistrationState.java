package org.jumelage.participation;

/** Whether an event takes registrations right now, and if not, why. */
public enum RegistrationState {
    OPEN,
    /** Switched off (or never switched on) by the coordinators. */
    CLOSED,
    /** Switched on, but the opening date has not come yet. */
    NOT_YET_OPEN,
    /** The closing date has passed. */
    ENDED
}
