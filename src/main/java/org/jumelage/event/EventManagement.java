package org.jumelage.event;

import java.util.List;
import java.util.Optional;
import org.jumelage.account.SignedInUser;

/**
 * Events of projects. Whoever may see a project sees its events; whoever may change the project
 * changes its events. Refusals are {@link EventException}s; changes are audited.
 */
public interface EventManagement {

    EventSummary create(SignedInUser editor, long projectId, EventDraft draft);

    /** @param expectedVersion the version the editor started from; a newer stored one refuses the change */
    EventSummary update(SignedInUser editor, long eventId, EventDraft draft, long expectedVersion);

    Optional<EventSummary> find(SignedInUser viewer, long eventId);

    /** The project's events in date order. */
    List<EventSummary> forProject(SignedInUser viewer, long projectId);

    /**
     * {@link #forProject} of many projects in one read: the events of the projects the viewer may see,
     * project after project in the order asked, each project's in date order.
     */
    List<EventSummary> forProjects(SignedInUser viewer, java.util.Collection<Long> projectIds);

    void delete(SignedInUser editor, long eventId);

    /**
     * Sets the people one partner plans to send (a delegation's planned size, between 0 and what the
     * caller allows); the project's editors only.
     *
     * @return the event with its new plan
     */
    EventSummary plan(SignedInUser editor, long eventId, long partnerId, int participants);

    /**
     * Whether the user may do the action with the event (false for an event they may not see). The
     * one answer pages and other modules ask; event-wide, so a delegation's contact rights are asked
     * of {@code participation.DelegationManagement#may}.
     */
    boolean may(SignedInUser user, EventAction action, long eventId);
}
