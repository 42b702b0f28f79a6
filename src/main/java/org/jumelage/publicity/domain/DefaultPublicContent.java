package org.jumelage.publicity.domain;

import java.time.Instant;
import java.time.LocalDate;
import java.util.Comparator;
import java.util.List;
import java.util.Objects;
import java.util.Optional;
import org.jumelage.event.EventSummary;
import org.jumelage.event.UnrestrictedEventReads;
import org.jumelage.project.PartnerSummary;
import org.jumelage.project.ProjectDetails;
import org.jumelage.project.ProjectSummary;
import org.jumelage.project.UnrestrictedProjectReads;
import org.jumelage.publicity.PublicContent;
import org.jumelage.publicity.PublicIds;
import org.jumelage.publicity.persistence.PublicationStore;
import org.jumelage.publicity.persistence.PublicationStore.Subject;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * The public read model: a project is public while it is published and not deleted; an event while
 * it is published and its project is public.
 */
@Service
@Transactional(readOnly = true)
class DefaultPublicContent implements PublicContent {

    private static final Comparator<EventSummary> BY_START = Comparator.comparing(
                    EventSummary::startDate, Comparator.nullsLast(Comparator.naturalOrder()))
            .thenComparingLong(EventSummary::id);

    private final PublicationStore store;
    private final UnrestrictedProjectReads projects;
    private final UnrestrictedEventReads events;

    DefaultPublicContent(PublicationStore store, UnrestrictedProjectReads projects, UnrestrictedEventReads events) {
        this.store = store;
        this.projects = projects;
        this.events = events;
    }

    @Override
    public List<ProjectSummary> projects() {
        return projects.summariesUnrestricted(store.published(Subject.PROJECT));
    }

    @Override
    public Optional<ProjectDetails> project(long projectId) {
        return isPublished(Subject.PROJECT, projectId) ? projects.findUnrestricted(projectId) : Optional.empty();
    }

    @Override
    public Optional<Instant> projectLastModified(long projectId) {
        return project(projectId).map(this::lastModified);
    }

    @Override
    public Instant lastModified(ProjectDetails publicProject) {
        Instant changed =
                store.find(Subject.PROJECT, publicProject.summary().id()).changedAt();
        return changed == null || publicProject.updatedAt().isAfter(changed) ? publicProject.updatedAt() : changed;
    }

    @Override
    public List<EventSummary> events(long projectId) {
        return project(projectId).map(this::events).orElse(List.of());
    }

    @Override
    public List<EventSummary> events(ProjectDetails publicProject) {
        // the public rule in SQL for this project's events only (not every published event's id)
        java.util.Set<Long> published = new java.util.HashSet<>(
                store.publicEventsOf(publicProject.summary().id()));
        return events.forProjectUnrestricted(publicProject.summary().id()).stream()
                .filter(event -> published.contains(event.id()))
                .sorted(BY_START)
                .toList();
    }

    @Override
    public List<EventSummary> events() {
        return events(publicProjectIds());
    }

    @Override
    public PublicIds publicIds() {
        java.util.Set<Long> publicProjects = publicProjectIds();
        return new PublicIds(
                publicProjects,
                events(publicProjects).stream().map(EventSummary::id).collect(java.util.stream.Collectors.toSet()));
    }

    private java.util.Set<Long> publicProjectIds() {
        return projects().stream().map(ProjectSummary::id).collect(java.util.stream.Collectors.toSet());
    }

    /** The published events whose project is public. */
    private List<EventSummary> events(java.util.Set<Long> publicProjects) {
        // one read of all published events, kept when their project is public (not one project read per event)
        return events.findAllUnrestricted(store.published(Subject.EVENT)).stream()
                .filter(event -> publicProjects.contains(event.projectId()))
                .sorted(BY_START)
                .toList();
    }

    @Override
    public List<EventSummary> upcomingEvents(LocalDate from, int limit) {
        // the public rule, the date and the limit in one query; then the shown events only
        return events.findAllUnrestricted(store.upcomingPublicEvents(from, limit)).stream()
                .sorted(BY_START)
                .toList();
    }

    @Override
    public Optional<EventSummary> event(long eventId) {
        if (!isPublished(Subject.EVENT, eventId)) {
            return Optional.empty();
        }
        // findUnrestricted already leaves out events of deleted projects; the flag is what remains to check
        return events.findUnrestricted(eventId).filter(event -> isPublished(Subject.PROJECT, event.projectId()));
    }

    @Override
    public boolean isProjectPublic(long projectId) {
        return project(projectId).isPresent();
    }

    @Override
    public boolean isEventPublic(long eventId) {
        return event(eventId).isPresent();
    }

    @Override
    public List<ProjectSummary> projectsOf(long organisationId) {
        return projects().stream()
                .filter(summary -> projects.findUnrestricted(summary.id())
                        .map(details -> details.partners().stream()
                                .map(PartnerSummary::organisationId)
                                .anyMatch(id -> Objects.equals(id, organisationId)))
                        .orElse(false))
                .toList();
    }

    @Override
    public Optional<Instant> lastPublicationChange() {
        return store.lastChange();
    }

    private boolean isPublished(Subject subject, long id) {
        return store.isPublished(subject, id);
    }
}
