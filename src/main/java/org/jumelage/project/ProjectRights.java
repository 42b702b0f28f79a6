package org.jumelage.project;

/**
 * What one user may do with one project, decided by {@link ProjectManagement#rights} in one read:
 * the rows "project" of the table "Who may do what" in {@code docs/architecture.md}.
 *
 * @param view the user sees the project and its events (administrators and users of a partner organisation)
 * @param edit the user changes the project and its events (administrators and coordinators of the lead)
 */
public record ProjectRights(boolean view, boolean edit) {

    /** Neither: the project does not exist, is deleted, or is not shared with the user. */
    public static final ProjectRights NONE = new ProjectRights(false, false);

    public ProjectRights {
        if (edit && !view) {
            throw new IllegalArgumentException("An editor always sees the project");
        }
    }

    /** Whether the user may do the action; an action on a project one may not see answers "not found". */
    public boolean may(ProjectAction action) {
        return switch (action) {
            case VIEW -> view;
            case EDIT -> edit;
        };
    }
}
