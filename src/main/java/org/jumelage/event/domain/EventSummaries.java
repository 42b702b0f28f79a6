package org.jumelage.event.domain;

import java.util.ArrayList;
import java.util.Collection;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.jumelage.event.EventSummary;
import org.jumelage.shared.ReadOnlyTransactionMemo;

/**
 * Events' summaries made once per read-only transaction: a dashboard reads the same events as its
 * projects' events, as their grant plans and by id, and each summary builds the event's texts,
 * hosts and planned people again. Only for events read, never for one being changed. The events of
 * a project are read once too: the dashboards ask for them as the projects' events and again as
 * their grant plans.
 */
final class EventSummaries {

    private static final ReadOnlyTransactionMemo<Long, EventSummary> MADE = new ReadOnlyTransactionMemo<>();

    private static final ReadOnlyTransactionMemo<Long, List<EventSummary>> BY_PROJECT = new ReadOnlyTransactionMemo<>();

    private EventSummaries() {}

    /**
     * The summaries of the projects' events, by project, each project's in the order of their first
     * day (then of their ids): read once in a read-only transaction. Every project asked for has an
     * entry, an empty list when it has no event.
     */
    static Map<Long, List<EventSummary>> forProjects(EventRepository events, Collection<Long> projectIds) {
        if (projectIds.isEmpty()) {
            return Map.of();
        }
        return BY_PROJECT.get(projectIds, missing -> {
            Map<Long, List<EventSummary>> byProject = new HashMap<>();
            missing.forEach(id -> byProject.put(id, new ArrayList<>()));
            for (Event event : events.forProjects(missing)) {
                byProject.get(event.projectId()).add(of(event));
            }
            byProject.replaceAll((id, summaries) -> List.copyOf(summaries));
            return byProject;
        });
    }

    /** The event's summary, made once in a read-only transaction. */
    static EventSummary of(Event event) {
        return MADE.get(event.id(), id -> event.toSummary());
    }
}
