package org.jumelage.event;

import org.jspecify.annotations.Nullable;
import org.jumelage.account.SignedInUser;

/**
 * What one user may do with one event, by the table "Who may do what" in {@code
 * docs/architecture.md}; the event module's access component answers it.
 *
 * @param contact the user belongs to the organisation of the delegation asked about (false for event-wide questions)
 */
public record EventRights(long eventId, long projectId, boolean viewer, boolean editor, boolean contact) {

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
    public EventRights forDelegationOf(@Nullable Long organisationId, SignedInUser user) {
        return new EventRights(
                eventId, projectId, viewer, editor, organisationId != null && user.belongsTo(organisationId));
    }

    /** Refuses the action: 404 when the user may not see the event, 403 when only the action is refused. */
    public EventRights require(EventAction action) {
        if (!viewer) {
            throw EventException.notFound(eventId);
        }
        if (!may(action)) {
            throw EventException.notAllowed();
        }
        return this;
    }
}
