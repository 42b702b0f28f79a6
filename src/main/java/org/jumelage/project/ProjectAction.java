package org.jumelage.project;

/**
 * What can be done with a project, by the names of the table "Who may do what" in
 * {@code docs/architecture.md}. Creating a project (administrators and coordinators for their own
 * organisation), listing and restoring deleted projects (administrators) are decided without a project.
 */
public enum ProjectAction {
    /** See the project, its partners, outcomes, grant panel and events. */
    VIEW,
    /** Change the project's facts, partners and outcomes, delete it; plan and change its events. */
    EDIT
}
