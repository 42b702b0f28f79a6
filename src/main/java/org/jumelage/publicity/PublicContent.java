package org.jumelage.publicity;

import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.Optional;
import org.jumelage.event.EventSummary;
import org.jumelage.project.ProjectDetails;
import org.jumelage.project.ProjectSummary;

/**
 * What the public may see of projects and events, the one definition: a project is public while it
 * is published and not deleted; an event while it is published, not deleted, and its project is
 * public. An article is public while it is published, its date has come, and the project and event
 * it is about (if any) are public ({@link NewsManagement#published}). In SQL the rule is
 * {@code PublicationStore.publicProject} and {@code publicEvent}, which the news and the upcoming events use.
 * Every public page, list, feed, sitemap, the anonymous API and the media addresses read through
 * here, so that nothing unpublished is reachable.
 */
public interface PublicContent {

    /** Published projects, most recently published first. */
    List<ProjectSummary> projects();

    Optional<ProjectDetails> project(long projectId);

    /** When the public project last changed: its data or its publication, whichever is later. */
    Optional<Instant> projectLastModified(long projectId);

    /** Public events of a public project, by start date; empty for a project that is not public. */
    List<EventSummary> events(long projectId);

    /**
     * Public events of a project that {@link #project(long)} just answered, by start date, without
     * reading the project again (a public page reads it once).
     */
    List<EventSummary> events(ProjectDetails publicProject);

    /** When a project that {@link #project(long)} just answered last changed, without reading it again. */
    Instant lastModified(ProjectDetails publicProject);

    /** Public events of all public projects, by start date. */
    List<EventSummary> events();

    /** Public events that end on or after {@code from}, soonest first, at most {@code limit}. */
    List<EventSummary> upcomingEvents(LocalDate from, int limit);

    Optional<EventSummary> event(long eventId);

    boolean isProjectPublic(long projectId);

    boolean isEventPublic(long eventId);

    /** Public projects in which the organisation is lead or partner, most recently published first. */
    List<ProjectSummary> projectsOf(long organisationId);

    /** The ids of everything public now, in one read of the projects and one of the events. */
    PublicIds publicIds();

    /** When anything public last changed (a publication flag); for Last-Modified of lists and feeds. */
    Optional<Instant> lastPublicationChange();
}
