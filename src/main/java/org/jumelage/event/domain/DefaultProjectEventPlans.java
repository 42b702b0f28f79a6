package org.jumelage.event.domain;

import java.util.ArrayList;
import java.util.Collection;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.jumelage.event.EventSummary;
import org.jumelage.event.EventTurnout;
import org.jumelage.event.EventTurnout.PartnerTurnout;
import org.jumelage.event.HostPlace;
import org.jumelage.project.EventPlan;
import org.jumelage.project.ParticipantCounts;
import org.jumelage.project.ProjectEventPlans;
import org.springframework.beans.factory.ObjectProvider;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Transactional;

/**
 * Gives the project module a project's events for its grant forecast: the first host place, the
 * dates, and per partner the people planned, registered and attended. Registered are the confirmed
 * registrations of the partner's delegation; attended those of them present on at least one day.
 * Both stay {@code null} for an event that records no registration yet (no registration settings
 * and no registration), so the grant panel shows only the planned column for it.
 */
@Component
class DefaultProjectEventPlans implements ProjectEventPlans {

    private final EventRepository events;
    private final ObjectProvider<EventTurnout> turnout;

    DefaultProjectEventPlans(EventRepository events, ObjectProvider<EventTurnout> turnout) {
        this.events = events;
        this.turnout = turnout;
    }

    @Override
    @Transactional(readOnly = true)
    public List<EventPlan> eventPlans(long projectId) {
        return eventPlans(List.of(projectId)).getOrDefault(projectId, List.of());
    }

    @Override
    @Transactional(readOnly = true)
    public Map<Long, List<EventPlan>> eventPlans(Collection<Long> projectIds) {
        Map<Long, List<EventPlan>> plans = new HashMap<>();
        if (projectIds.isEmpty()) {
            return plans;
        }
        EventTurnout records = turnout.getIfAvailable();
        Set<Long> recording = records == null ? Set.of() : records.eventsRecordingRegistration(projectIds);
        Map<Long, Map<Long, PartnerTurnout>> counts = new HashMap<>();
        if (records != null && !recording.isEmpty()) {
            records.partnerCounts(projectIds)
                    .forEach(count -> counts.computeIfAbsent(count.eventId(), id -> new HashMap<>())
                            .put(count.partnerId(), count));
        }
        EventSummaries.forProjects(events, Set.copyOf(projectIds)).values().stream()
                .flatMap(List::stream)
                .filter(event -> !event.hostPlaces().isEmpty())
                .forEach(event -> plans.computeIfAbsent(event.projectId(), id -> new ArrayList<>())
                        .add(plan(event, recording.contains(event.id()), counts.getOrDefault(event.id(), Map.of()))));
        return plans;
    }

    private static EventPlan plan(EventSummary event, boolean recording, Map<Long, PartnerTurnout> counts) {
        HostPlace host = event.hostPlaces().get(0);
        Map<Long, ParticipantCounts> participants = new LinkedHashMap<>();
        event.plannedParticipants().forEach((partnerId, planned) -> {
            PartnerTurnout count = counts.get(partnerId);
            participants.put(
                    partnerId,
                    !recording
                            ? ParticipantCounts.planned(planned)
                            : new ParticipantCounts(
                                    planned,
                                    count == null ? 0 : count.registered(),
                                    count == null ? 0 : count.attended()));
        });
        if (recording) {
            // A partner whose delegation came without being planned still counts as registered and attended.
            counts.forEach((partnerId, count) -> participants.putIfAbsent(
                    partnerId, new ParticipantCounts(0, count.registered(), count.attended())));
        }
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
