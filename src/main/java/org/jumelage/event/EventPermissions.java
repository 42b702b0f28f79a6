package org.jumelage.event;

import org.jumelage.account.SignedInUser;

/**
 * Who may do what with an event, its delegations and its registrations: the one answer of the event
 * module, which other modules (participation) ask instead of composing a permission from project
 * rights. An event the user may not see answers "not found" (404); a visible event whose action the
 * user may not do answers "not allowed" (403).
 */
public interface EventPermissions {

    /** The user's rights on the event; none at all for an unknown event. */
    EventRights rights(SignedInUser user, long eventId);

    /** The user's rights on an event already read, without reading it again. */
    EventRights rights(SignedInUser user, EventSummary event);

    /**
     * The user's rights on each of the events already read, by event id: the rights on their projects
     * are read once for all of them (one event at a time reads its project each time).
     */
    java.util.Map<Long, EventRights> rights(SignedInUser user, java.util.Collection<EventSummary> events);

    /** Whether the user may do the action with the event (false for an event they may not see). */
    boolean may(SignedInUser user, EventAction action, long eventId);

    /** The user's rights, after refusing the action (404 for an invisible event, 403 for a refused action). */
    EventRights require(SignedInUser user, EventAction action, long eventId);
}
