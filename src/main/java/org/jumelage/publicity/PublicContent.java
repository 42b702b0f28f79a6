package org.jumelage.publicity;

import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.Optional;
import org.jspecify.annotations.Nullable;
import org.jumelage.event.EventSummary;
import org.jumelage.project.ProjectDetails;
import org.jumelage.project.ProjectSummary;
import org.springframework.data.domain.Page;
import org.springframework.data.domain.Pageable;

/**
 * What the public may see of projects and events, the one definition: a project is public while it
 * is published and not deleted; an event while it is published, not deleted, and its project is
 * public. An article is public while it is published, its date has come, and the project and event
 * it is about (if any) are public ({@link NewsManagement#published}). In SQL the rule is
 * {@code PublicationStore.publicProjectIds} and {@code publicEventIds} (as {@code exists}:
 * {@code publicProject}, {@code publicEvent}), which every list here, the news, the feeds and the
 * sitemap use, so a page reads only the rows it shows. Every public page, list, feed, sitemap, the
 * anonymous API, the open data and the media addresses read through here, so that nothing
 * unpublished is reachable.
 */
public interface PublicContent {

    /**
     * One page of the public projects, most recently published first. Each argument may be null:
     * {@code query} keeps the projects whose acronym, title or reference contains it (case and
     * accents ignored), {@code organisationId} those in which the organisation is lead or partner.
     */
    Page<ProjectSummary> projects(@Nullable String query, @Nullable Long organisationId, Pageable pageable);

    /** The most recently published public projects, at most {@code limit}, without counting the rest. */
    List<ProjectSummary> latestProjects(int limit);

    Optional<ProjectDetails> project(long projectId);

    /**
     * The details of the public ones among these projects, by id in the order of {@code projectIds}, in
     * one read (the open data of every public project: one at a time was three statements a project).
     */
    java.util.Map<Long, ProjectDetails> projectDetails(java.util.Collection<Long> projectIds);

    /** The public ones among these projects, in the order of {@code projectIds}. */
    List<ProjectSummary> projects(java.util.Collection<Long> projectIds);

    /** When the public project last changed: its data or its publication, whichever is later. */
    Optional<Instant> projectLastModified(long projectId);

    /** Public events of a public project, by start date; empty for a project that is not public. */
    List<EventSummary> events(long projectId);

    /**
     * Public events of a project that {@link #project(long)} just answered, by start date, without
     * reading the project again (a public page reads it once).
     */
    List<EventSummary> events(ProjectDetails publicProject);

    /** The ids of a project's public events (none for a project that is not public), without reading them. */
    List<Long> publicEventIds(long projectId);

    /** When a project that {@link #project(long)} just answered last changed, without reading it again. */
    Instant lastModified(ProjectDetails publicProject);

    /**
     * Public events with an id above {@code afterId}, by id, at most {@code limit}: a whole-instance
     * export reads them a batch at a time, passing the last id it got.
     */
    List<EventSummary> eventsAfter(long afterId, int limit);

    /** Public events that end on or after {@code from}, soonest first, at most {@code limit}. */
    List<EventSummary> upcomingEvents(LocalDate from, int limit);

    /** Public events that ended before {@code before}, the latest end first, at most {@code limit}. */
    List<EventSummary> pastEvents(LocalDate before, int limit);

    Optional<EventSummary> event(long eventId);

    boolean isProjectPublic(long projectId);

    boolean isEventPublic(long eventId);

    /** Public projects in which the organisation is lead or partner, most recently published first. */
    List<ProjectSummary> projectsOf(long organisationId);

    /** When anything public last changed (a publication flag); for Last-Modified of lists and feeds. */
    Optional<Instant> lastPublicationChange();
}
