package org.jumelage.project;

/**
 * Which call a project names and where it stands, for counting an instance's applications per call
 * (the calls dashboard of the reporting module). No names, no money: only the status.
 *
 * @param callCode the call's code as the project names it (a code of the programme catalogue)
 */
public record ProjectCallStatus(long projectId, String callCode, ProjectStatus status) {}
