package org.jumelage.participation.domain;

import java.time.Instant;
import org.jumelage.event.EventException;
import org.jumelage.participation.RegistrationSettings;
import org.jumelage.participation.RegistrationState;
import org.jumelage.project.UnrestrictedProjectReads;
import org.springframework.stereotype.Component;

/**
 * The one rule for taking part in an event: its participation is open to changes (registering
 * through the public or a delegation's link, by staff, a partner contact or an import, changing or
 * cancelling a registration on the personal page) only while the event exists and its project
 * exists and is not deleted. A registration link of a deleted project answers as a closed
 * registration and nothing is stored. Events are deleted for good, so a deleted event is never
 * found; a deleted project is only marked, which is what this rule looks at.
 *
 * <p>Staff ways in (check-in, paper lists, participant lists, delegation pages, imports) first pass
 * {@code ProjectManagement.canView}/{@code canEdit}, which refuse deleted projects, and then register
 * through {@code RegistrationManagement}, which asks this rule.
 */
@Component
class Participation {

    private final UnrestrictedProjectReads projects;

    Participation(UnrestrictedProjectReads projects) {
        this.projects = projects;
    }

    /** Whether the project exists and is not deleted, so that its events take registrations and changes. */
    boolean openToChanges(long projectId) {
        return projects.existsUnrestricted(projectId);
    }

    /** The registration state people see and are refused by: closed for a deleted project, else the settings'. */
    RegistrationState state(RegistrationSettings settings, long projectId, Instant now) {
        return openToChanges(projectId) ? settings.state(now) : RegistrationState.CLOSED;
    }

    /** Refuses, as a closed registration, any change to the participants of a deleted project's event. */
    void requireOpenToChanges(long projectId) {
        if (!openToChanges(projectId)) {
            throw EventException.registrationClosed();
        }
    }
}
