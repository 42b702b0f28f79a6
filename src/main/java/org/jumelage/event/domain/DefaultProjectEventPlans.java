package org.jumelage.event.domain;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.jumelage.event.EventSummary;
import org.jumelage.event.HostPlace;
import org.jumelage.project.EventPlan;
import org.jumelage.project.ParticipantCounts;
import org.jumelage.project.ProjectEventPlans;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Transactional;

/**
 * Gives the project module a project's events for its grant forecast: the first host place, the
 * dates, and per partner the people planned. Registered and attended people are not recorded yet,
 * so they stay {@code null}.
 */
@Component
class DefaultProjectEventPlans implements ProjectEventPlans {

    private final EventRepository events;

    DefaultProjectEventPlans(EventRepository events) {
        this.events = events;
    }

    @Override
    @Transactional(readOnly = true)
    public List<EventPlan> eventPlans(long projectId) {
        return events.forProject(projectId).stream()
                .map(Event::toSummary)
                .filter(event -> !event.hostPlaces().isEmpty())
                .map(DefaultProjectEventPlans::plan)
                .toList();
    }

    private static EventPlan plan(EventSummary event) {
        HostPlace host = event.hostPlaces().get(0);
        Map<Long, ParticipantCounts> participants = new LinkedHashMap<>();
        event.plannedParticipants()
                .forEach((partnerId, planned) -> participants.put(partnerId, ParticipantCounts.planned(planned)));
        return new EventPlan(
                event.id(),
                event.titles(),
                host.country(),
                host.townId(),
                event.startDate(),
                event.endDate(),
                participants);
    }
}
