package org.jumelage.publicity.domain;

import java.time.Instant;
import java.time.LocalDate;
import java.util.Comparator;
import java.util.List;
import java.util.Optional;
import org.jspecify.annotations.Nullable;
import org.jumelage.event.EventSummary;
import org.jumelage.event.UnrestrictedEventReads;
import org.jumelage.project.ProjectDetails;
import org.jumelage.project.ProjectSummary;
import org.jumelage.project.UnrestrictedProjectReads;
import org.jumelage.publicity.PublicContent;
import org.jumelage.publicity.persistence.PublicationStore;
import org.jumelage.publicity.persistence.PublicationStore.Subject;
import org.jumelage.shared.SearchText;
import org.springframework.data.domain.Page;
import org.springframework.data.domain.PageImpl;
import org.springframework.data.domain.Pageable;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * The public read model: a project is public while it is published and not deleted; an event while
 * it is published and its project is public. Which ones is asked of {@link PublicationStore} in SQL,
 * a page or a range at a time; only the rows shown are then read whole.
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
    private final PublicIdLists lists;

    DefaultPublicContent(
            PublicationStore store,
            UnrestrictedProjectReads projects,
            UnrestrictedEventReads events,
            PublicIdLists lists) {
        this.store = store;
        this.projects = projects;
        this.events = events;
        this.lists = lists;
    }

    @Override
    public Page<ProjectSummary> projects(@Nullable String query, @Nullable Long organisationId, Pageable pageable) {
        String key = query == null || query.isBlank() ? null : SearchText.normalize(query);
        long[] ids = publicProjects(key, organisationId);
        List<ProjectSummary> page =
                projects.summariesUnrestricted(PublicIdLists.slice(ids, pageable.getOffset(), pageable.getPageSize()));
        return new PageImpl<>(page, pageable, ids.length);
    }

    @Override
    public List<ProjectSummary> latestProjects(int limit) {
        return projects.summariesUnrestricted(PublicIdLists.slice(publicProjects(null, null), 0, limit));
    }

    /** The public projects (those whose search key contains {@code key}, of one organisation), newest first. */
    private long[] publicProjects(@Nullable String key, @Nullable Long organisationId) {
        return lists.ids(
                "projects " + organisationId + " " + key,
                () -> PublicIdLists.array(store.publicProjects(key, organisationId, 0, Integer.MAX_VALUE)));
    }

    @Override
    public List<ProjectSummary> projects(java.util.Collection<Long> projectIds) {
        java.util.Set<Long> publicOnes = store.publicProjectChanges(projectIds).keySet();
        return projects.summariesUnrestricted(
                projectIds.stream().filter(publicOnes::contains).distinct().toList());
    }

    @Override
    public java.util.Map<Long, ProjectDetails> projectDetails(java.util.Collection<Long> projectIds) {
        java.util.Set<Long> publicOnes = store.publicProjectChanges(projectIds).keySet();
        return projects.findAllUnrestricted(
                projectIds.stream().filter(publicOnes::contains).distinct().toList());
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
    public List<Long> publicEventIds(long projectId) {
        return store.publicEventsOf(projectId);
    }

    @Override
    public List<EventSummary> eventsAfter(long afterId, int limit) {
        return events.findAllUnrestricted(store.publicEventsAfter(afterId, limit)).stream()
                .sorted(Comparator.comparingLong(EventSummary::id))
                .toList();
    }

    @Override
    public List<EventSummary> upcomingEvents(LocalDate from, int limit) {
        // the public rule, the date and the limit in one query; then the shown events only
        long[] ids = lists.ids(
                "events from " + from + " " + limit,
                () -> PublicIdLists.array(store.upcomingPublicEvents(from, limit)));
        return events.findAllUnrestricted(PublicIdLists.slice(ids, 0, limit)).stream()
                .sorted(BY_START)
                .toList();
    }

    @Override
    public List<EventSummary> pastEvents(LocalDate before, int limit) {
        List<Long> ids = PublicIdLists.slice(
                lists.ids(
                        "events before " + before + " " + limit,
                        () -> PublicIdLists.array(store.recentPublicEvents(before, limit))),
                0,
                limit);
        java.util.Map<Long, EventSummary> byId = new java.util.HashMap<>();
        events.findAllUnrestricted(ids).forEach(event -> byId.put(event.id(), event));
        return ids.stream().map(byId::get).filter(java.util.Objects::nonNull).toList();
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
        return projects.summariesUnrestricted(store.publicProjects(null, organisationId, 0, Integer.MAX_VALUE));
    }

    @Override
    public Optional<Instant> lastPublicationChange() {
        return store.lastChange();
    }

    private boolean isPublished(Subject subject, long id) {
        return store.isPublished(subject, id);
    }
}
