package org.jumelage.event.domain;

import org.jspecify.annotations.Nullable;
import org.jumelage.account.SignedInUser;
import org.jumelage.event.EventAction;
import org.jumelage.event.EventException;
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
class EventAccess {

    /**
     * What one user may do with one event.
     *
     * @param contact the user belongs to the organisation of the delegation asked about (false for event-wide questions)
     */
    public record Rights(long eventId, long projectId, boolean viewer, boolean editor, boolean contact) {

        /** The table: whether these rights allow the action. */
        public boolean may(EventAction action) {
            return switch (action) {
                case VIEW_EVENT -> viewer;
                case VIEW_DELEGATION_LINK, MANAGE_DELEGATION_MEMBERS -> editor || (viewer && contact);
                case EDIT_EVENT,
                        REGENERATE_DELEGATION_LINK,
                        READ_REGISTRATION_SETTINGS,
                        CHANGE_REGISTRATION_SETTINGS,
                        MANAGE_REGISTRATIONS,
                        CHECK_IN -> editor;
            };
        }

        /** The same rights for a delegation of the organisation (null: a partner named only by country). */
        Rights forDelegationOf(@Nullable Long organisationId, SignedInUser user) {
            return new Rights(
                    eventId, projectId, viewer, editor, organisationId != null && user.belongsTo(organisationId));
        }

        /** Refuses the action: 404 when the user may not see the event, 403 when only the action is refused. */
        public Rights require(EventAction action) {
            if (!viewer) {
                throw EventException.notFound(eventId);
            }
            if (!may(action)) {
                throw EventException.notAllowed();
            }
            return this;
        }
    }

    private final EventRepository events;
    private final ProjectManagement projects;

    EventAccess(EventRepository events, ProjectManagement projects) {
        this.events = events;
        this.projects = projects;
    }

    /** The user's rights on the event; none at all for an unknown event. */
    @Transactional(readOnly = true)
    public Rights rights(SignedInUser user, long eventId) {
        return events.findById(eventId)
                .map(event -> rights(user, event))
                .orElseGet(() -> new Rights(eventId, 0, false, false, false));
    }

    Rights rights(SignedInUser user, Event event) {
        return rightsInProject(user, event.id(), event.projectId());
    }

    Rights rightsInProject(SignedInUser user, long eventId, long projectId) {
        ProjectRights project = projects.rights(user, projectId);
        return new Rights(eventId, projectId, project.view(), project.edit(), false);
    }

    /** Whether the user may do the action with the event (false for an event they may not see). */
    @Transactional(readOnly = true)
    public boolean may(SignedInUser user, EventAction action, long eventId) {
        return rights(user, eventId).may(action);
    }

    /** The user's rights, after refusing the action (404 for an invisible event, 403 for a refused action). */
    @Transactional(readOnly = true)
    public Rights require(SignedInUser user, EventAction action, long eventId) {
        return rights(user, eventId).require(action);
    }

    /** The rights on a delegation of the event, the organisation's contacts included. */
    Rights forDelegation(SignedInUser user, Event event, @Nullable Long organisationId) {
        return rights(user, event).forDelegationOf(organisationId, user);
    }
}
