package org.jumelage.participation;

/** How a registration came in, kept for the evidence. */
public enum RegistrationSource {
    /** The event's public registration link. */
    PUBLIC_LINK,
    /** A delegation's private link shared by the partner's contact. */
    DELEGATION_LINK,
    /** Entered by a signed-in partner contact or coordinator. */
    STAFF,
    /** A row of an imported delegation list. */
    IMPORT,
    /** The JSON API. */
    API
}
