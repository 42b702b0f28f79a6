package org.jumelage.event.domain;

import org.jumelage.account.SignedInUser;
import org.jumelage.event.EventAction;
import org.jumelage.event.EventPermissions;
import org.jumelage.event.EventRights;
import org.jumelage.event.EventSummary;
import org.jumelage.project.ProjectManagement;
import org.jumelage.project.ProjectRights;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Transactional;

/**
 * Who may do what with an event, its delegations and its registrations: the one place of the event
 * module that decides, the rows "event" of the table "Who may do what" in {@code
 * docs/architecture.md}. It reads the event and the project's rights once; pages, API and facades
 * ask it and never compose a permission from lower-level calls.
 *
 * <p>An event the user may not see answers "not found" (404); a visible event whose action the user
 * may not do answers "not allowed" (403).
 */
@Component
class EventAccess implements EventPermissions {

    private final EventRepository events;
    private final ProjectManagement projects;

    EventAccess(EventRepository events, ProjectManagement projects) {
        this.events = events;
        this.projects = projects;
    }

    /** The user's rights on the event; none at all for an unknown event. */
    @Override
    @Transactional(readOnly = true)
    public EventRights rights(SignedInUser user, long eventId) {
        return events.findById(eventId)
                .map(event -> rights(user, event))
                .orElseGet(() -> new EventRights(eventId, 0, false, false, false));
    }

    EventRights rights(SignedInUser user, Event event) {
        return rightsInProject(user, event.id(), event.projectId());
    }

    @Override
    public EventRights rights(SignedInUser user, EventSummary event) {
        return rightsInProject(user, event.id(), event.projectId());
    }

    @Override
    @Transactional(readOnly = true)
    public java.util.Map<Long, EventRights> rights(SignedInUser user, java.util.Collection<EventSummary> events) {
        java.util.Map<Long, ProjectRights> rights = projects.rights(
                user, events.stream().map(EventSummary::projectId).distinct().toList());
        java.util.Map<Long, EventRights> byEvent = new java.util.LinkedHashMap<>();
        events.forEach(
                event -> byEvent.put(event.id(), of(event.id(), event.projectId(), rights.get(event.projectId()))));
        return byEvent;
    }

    EventRights rightsInProject(SignedInUser user, long eventId, long projectId) {
        return of(eventId, projectId, projects.rights(user, projectId));
    }

    /** The rights on an event, from those on its project: the one place that derives them. */
    private static EventRights of(long eventId, long projectId, ProjectRights project) {
        return new EventRights(eventId, projectId, project.view(), project.edit(), false);
    }

    /** Of the projects, in the order asked, those whose events the user may see ({@link EventAction#VIEW_EVENT}). */
    java.util.List<Long> visibleProjects(SignedInUser user, java.util.Collection<Long> projectIds) {
        java.util.Map<Long, ProjectRights> rights = projects.rights(user, projectIds);
        return projectIds.stream()
                .distinct()
                .filter(id -> new EventRights(
                                0, id, rights.get(id).view(), rights.get(id).edit(), false)
                        .may(EventAction.VIEW_EVENT))
                .toList();
    }

    /** Whether the user may do the action with the event (false for an event they may not see). */
    @Override
    @Transactional(readOnly = true)
    public boolean may(SignedInUser user, EventAction action, long eventId) {
        return rights(user, eventId).may(action);
    }

    /** The user's rights, after refusing the action (404 for an invisible event, 403 for a refused action). */
    @Override
    @Transactional(readOnly = true)
    public EventRights require(SignedInUser user, EventAction action, long eventId) {
        return rights(user, eventId).require(action);
    }
}
