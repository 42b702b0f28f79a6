package org.jumelage.project;

import java.time.LocalDate;
import java.util.List;
import java.util.Optional;

/**
 * Reads of projects that check no viewer's rights, for the modules that decide visibility
 * themselves (publicity, participation) and for system jobs (retention). Every such bypass goes
 * through this interface, so that it stays visible in one place: inject it only where a bypass is meant.
 */
public interface UnrestrictedProjectReads {

    /**
     * For system jobs, without a viewer (the personal-data retention of the participation module): the ids of
     * the projects, deleted ones included, whose end date is before {@code date}. Projects without
     * an end date never qualify.
     */
    List<Long> endedBefore(LocalDate date);

    /**
     * A project that exists and is not deleted, whoever asks. Only for modules that decide visibility
     * themselves: the publicity module shows a project to the public once it is published.
     */
    Optional<ProjectDetails> findUnrestricted(long projectId);

    /**
     * Whether a project exists and is not deleted, whoever asks, reading the project's own row only
     * (not its partners, themes or outcomes): what the participation module asks on every registration.
     */
    boolean existsUnrestricted(long projectId);

    /**
     * The details of the projects with these ids that exist and are not deleted, by id in the order of
     * {@code projectIds}, read in one go (for the open data of every public project).
     */
    java.util.Map<Long, ProjectDetails> findAllUnrestricted(java.util.Collection<Long> projectIds);

    /** The summaries of the projects with these ids that exist and are not deleted, in the order of {@code ids}. */
    List<ProjectSummary> summariesUnrestricted(java.util.Collection<Long> projectIds);

    /**
     * For counting, without a viewer (the calls dashboard): every project that exists, is not deleted
     * and names a call, with its status, by id. Carries no names and no money.
     */
    List<ProjectCallStatus> callStatusesUnrestricted();
}
