package org.jumelage.project;

/** Where a project stands, from the first idea to the final report. */
public enum ProjectStatus {
    IDEA,
    IN_PREPARATION,
    SUBMITTED,
    SELECTED,
    REJECTED,
    RUNNING,
    CLOSED
}
