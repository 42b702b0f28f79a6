package org.jumelage.participation;

/** What a check-in action did. */
public enum CheckInOutcome {
    /** The person is now present on the day. */
    CHECKED_IN,
    /** The person was already present on the day (another device, an earlier scan); nothing changed. */
    ALREADY_CHECKED_IN,
    /** The check-in of the day was taken back. */
    UNDONE,
    /** There was no check-in of the day to take back; nothing changed. */
    NOT_CHECKED_IN;

    /** Whether the person is present on the day after the action. */
    public boolean present() {
        return this == CHECKED_IN || this == ALREADY_CHECKED_IN;
    }
}
