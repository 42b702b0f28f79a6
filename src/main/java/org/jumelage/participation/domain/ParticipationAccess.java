package org.jumelage.participation.domain;

import java.util.List;
import java.util.Optional;
import org.jspecify.annotations.Nullable;
import org.jumelage.account.SignedInUser;
import org.jumelage.event.EventAction;
import org.jumelage.event.EventException;
import org.jumelage.event.EventPermissions;
import org.jumelage.event.EventRights;
import org.jumelage.event.EventSummary;
import org.jumelage.event.UnrestrictedEventReads;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Transactional;

/**
 * Who may do what with an event's delegations, registrations and attendance: the one place of the
 * participation module that asks. It reads the event once and asks the event module's {@link
 * EventPermissions} once per call; the facades take the answer (event and rights together) and
 * never compose a permission from project rights. An event the user may not see is "not found"
 * (404), a refused action on a visible event "not allowed" (403).
 */
@Component
public class ParticipationAccess {

    /** One event and what the user may do with it. */
    public record OnEvent(EventSummary event, EventRights rights) {

        public boolean may(EventAction action) {
            return rights.may(action);
        }

        /** The same user's rights on a delegation of the organisation (null: a partner named only by country). */
        public OnEvent forDelegationOf(@Nullable Long organisationId, SignedInUser user) {
            return new OnEvent(event, rights.forDelegationOf(organisationId, user));
        }
    }

    private final UnrestrictedEventReads events;
    private final EventPermissions permissions;

    ParticipationAccess(UnrestrictedEventReads events, EventPermissions permissions) {
        this.events = events;
        this.permissions = permissions;
    }

    /** The event and the user's rights on it; empty for an unknown event. */
    @Transactional(readOnly = true)
    public Optional<OnEvent> onEvent(SignedInUser user, long eventId) {
        return events.findAnyUnrestricted(eventId).map(event -> on(user, event));
    }

    /** The events of these ids the user may see, each with the user's rights, in one read of the events. */
    @Transactional(readOnly = true)
    public List<OnEvent> visible(SignedInUser user, java.util.Collection<Long> eventIds) {
        if (eventIds.isEmpty()) {
            return List.of();
        }
        return on(user, events.findAllUnrestricted(eventIds)).stream()
                .filter(on -> on.may(EventAction.VIEW_EVENT))
                .toList();
    }

    /** The user's rights on events already read, in their order, the projects' rights read once for all. */
    public List<OnEvent> on(SignedInUser user, List<EventSummary> events) {
        java.util.Map<Long, org.jumelage.event.EventRights> rights = permissions.rights(user, events);
        return events.stream()
                .map(event -> new OnEvent(event, rights.get(event.id())))
                .toList();
    }

    /** The user's rights on an event already read. */
    public OnEvent on(SignedInUser user, EventSummary event) {
        return new OnEvent(event, permissions.rights(user, event));
    }

    /** Whether the user may do the action with the event (false for an unknown or invisible event). */
    @Transactional(readOnly = true)
    public boolean may(SignedInUser user, EventAction action, long eventId) {
        return onEvent(user, eventId).map(on -> on.may(action)).orElse(false);
    }

    /** The event and the rights, after refusing the action: 404 for an unknown or invisible event, 403 for a refused one. */
    @Transactional(readOnly = true)
    public OnEvent require(SignedInUser user, EventAction action, long eventId) {
        OnEvent on = onEvent(user, eventId).orElseThrow(() -> EventException.notFound(eventId));
        on.rights().require(action);
        return on;
    }
}
