package org.jumelage.event;

/**
 * What can be done with an event, its delegations and registrations, by the names of the table
 * "Who may do what" in {@code docs/architecture.md}. {@link EventManagement#may} and
 * {@code participation.DelegationManagement#may} answer whether a user may; the event module decides it in one place.
 */
public enum EventAction {
    /** See the event, its plan, its delegations (without their links), registration state and counts, statistics. */
    VIEW_EVENT,
    /** Create, change, delete events; create and delete delegations and set their planned size; publication. */
    EDIT_EVENT,
    /** See a delegation's private registration link (the delegation's contact and editors). */
    VIEW_DELEGATION_LINK,
    /** Change a delegation's head, add, change, import and cancel its members (the contact and editors). */
    MANAGE_DELEGATION_MEMBERS,
    /** Make a new private link, which stops the one already shared (editors only). */
    REGENERATE_DELEGATION_LINK,
    /** Read the registration settings: public link token, consent versions, questions (editors only). */
    READ_REGISTRATION_SETTINGS,
    /** Change the registration settings (editors only). */
    CHANGE_REGISTRATION_SETTINGS,
    /** List every registration, cancel and erase any (editors only). */
    MANAGE_REGISTRATIONS,
    /** Check people in, undo, enter paper attendance (editors only). */
    CHECK_IN
}
