package org.jumelage.publicity.domain;

import org.jumelage.account.SignedInUser;
import org.jumelage.event.EventManagement;
import org.jumelage.event.EventSummary;
import org.jumelage.project.ProjectManagement;
import org.jumelage.project.ProjectRights;
import org.jumelage.publicity.PublicityException;
import org.springframework.stereotype.Component;

/**
 * Who may do what with the publication of projects and events and with news drafts written from
 * their data: the rows "publicity" of the table "Who may do what" in {@code docs/architecture.md}.
 * A project or event the user may not see answers "not found"; a visible one whose action is
 * refused answers "not allowed". The rules on single articles (who edits which article) are
 * {@code DefaultNewsManagement#editableBy} and {@code #visible}; the public site decides in
 * {@code DefaultPublicContent}.
 */
@Component
class PublicityAccess {

    /** The actions, as named in the table. */
    enum Action {
        /** See whether a project or event is published (whoever sees it). */
        VIEW_PUBLICATION,
        /** Publish or withdraw a project or event (its project's editors). */
        PUBLISH,
        /** Ask for a news draft written from the project's or event's data (its project's editors). */
        WRITE_NEWS_DRAFT
    }

    private final ProjectManagement projects;
    private final EventManagement events;

    PublicityAccess(ProjectManagement projects, EventManagement events) {
        this.projects = projects;
        this.events = events;
    }

    /** The table. */
    static boolean allows(Action action, ProjectRights rights) {
        return switch (action) {
            case VIEW_PUBLICATION -> rights.view();
            case PUBLISH, WRITE_NEWS_DRAFT -> rights.edit();
        };
    }

    /** Refuses the action on the project: 404 when the user may not see it, 403 when only the action is refused. */
    void requireProject(SignedInUser user, Action action, long projectId) {
        require(action, projects.rights(user, projectId), () -> PublicityException.projectNotFound(projectId));
    }

    /** The event, after refusing the action on it (decided by its project's rights). */
    EventSummary requireEvent(SignedInUser user, Action action, long eventId) {
        EventSummary event = events.find(user, eventId).orElseThrow(() -> PublicityException.eventNotFound(eventId));
        require(action, projects.rights(user, event.projectId()), () -> PublicityException.eventNotFound(eventId));
        return event;
    }

    private static void require(
            Action action, ProjectRights rights, java.util.function.Supplier<PublicityException> notFound) {
        if (!rights.view()) {
            throw notFound.get();
        }
        if (!allows(action, rights)) {
            throw PublicityException.notAllowed();
        }
    }
}
