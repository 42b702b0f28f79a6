package org.jumelage.event.domain;

import java.time.Clock;
import java.time.DateTimeException;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.stream.Collectors;
import org.jspecify.annotations.Nullable;
import org.jumelage.account.AuditTrail;
import org.jumelage.account.SignedInUser;
import org.jumelage.event.EventAction;
import org.jumelage.event.EventDraft;
import org.jumelage.event.EventException;
import org.jumelage.event.EventManagement;
import org.jumelage.event.EventRights;
import org.jumelage.event.EventSummary;
import org.jumelage.event.HostPlace;
import org.jumelage.event.HostPlaceInput;
import org.jumelage.event.UnrestrictedEventReads;
import org.jumelage.network.TownDirectory;
import org.jumelage.network.TownResolution;
import org.jumelage.network.TownSummary;
import org.jumelage.project.PartnerSummary;
import org.jumelage.project.ProjectException;
import org.jumelage.project.ProjectManagement;
import org.jumelage.project.UnrestrictedProjectReads;
import org.jumelage.shared.Countries;
import org.jumelage.shared.CountryTimeZones;
import org.jumelage.shared.LocalizedText;
import org.jumelage.shared.TextLimits;
import org.springframework.orm.ObjectOptimisticLockingFailureException;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

@Service
class DefaultEventManagement implements EventManagement, UnrestrictedEventReads {

    static final String DEFAULT_TIME_ZONE = "Europe/Riga";
    static final int MAX_TITLE = 500;
    static final int MAX_AGENDA = 10_000;

    private final EventRepository events;
    private final ProjectManagement projects;
    private final UnrestrictedProjectReads unrestrictedProjects;
    private final EventAccess access;
    private final TownDirectory towns;
    private final AuditTrail auditTrail;
    private final Clock clock;

    DefaultEventManagement(
            EventRepository events,
            ProjectManagement projects,
            UnrestrictedProjectReads unrestrictedProjects,
            EventAccess access,
            TownDirectory towns,
            AuditTrail auditTrail,
            Clock clock) {
        this.events = events;
        this.projects = projects;
        this.unrestrictedProjects = unrestrictedProjects;
        this.access = access;
        this.towns = towns;
        this.auditTrail = auditTrail;
        this.clock = clock;
    }

    @Override
    @Transactional
    public EventSummary create(SignedInUser editor, long projectId, EventDraft draft) {
        requireEditable(editor, projectId);
        Event event = new Event(projectId, clock.instant());
        apply(editor, event, draft, true);
        events.saveAndFlush(event);
        auditTrail.record("event.created", target(event), null);
        return event.toSummary();
    }

    @Override
    @Transactional
    public EventSummary update(SignedInUser editor, long eventId, EventDraft draft, long expectedVersion) {
        Event event = editable(editor, eventId);
        if (event.version() != expectedVersion) {
            throw EventException.staleVersion();
        }
        apply(editor, event, draft, false);
        try {
            events.saveAndFlush(event);
        } catch (ObjectOptimisticLockingFailureException e) {
            throw EventException.staleVersion();
        }
        auditTrail.record("event.updated", target(event), null);
        return event.toSummary();
    }

    @Override
    @Transactional(readOnly = true)
    public Optional<EventSummary> find(SignedInUser viewer, long eventId) {
        return events.findById(eventId)
                .filter(event -> access.rights(viewer, event).may(EventAction.VIEW_EVENT))
                .map(Event::toSummary);
    }

    @Override
    @Transactional(readOnly = true)
    public List<EventSummary> forProject(SignedInUser viewer, long projectId) {
        if (!access.rightsInProject(viewer, 0, projectId).may(EventAction.VIEW_EVENT)) {
            return List.of();
        }
        return events.forProject(projectId).stream().map(Event::toSummary).toList();
    }

    @Override
    @Transactional(readOnly = true)
    public List<EventSummary> forProjects(SignedInUser viewer, java.util.Collection<Long> projectIds) {
        List<Long> visible = access.visibleProjects(viewer, projectIds);
        if (visible.isEmpty()) {
            return List.of();
        }
        Map<Long, List<EventSummary>> byProject = EventSummaries.forProjects(events, visible);
        return visible.stream()
                .flatMap(id -> byProject.getOrDefault(id, List.of()).stream())
                .toList();
    }

    @Override
    @Transactional(readOnly = true)
    public Optional<EventSummary> findUnrestricted(long eventId) {
        return events.findById(eventId)
                .filter(event ->
                        unrestrictedProjects.findUnrestricted(event.projectId()).isPresent())
                .map(Event::toSummary);
    }

    @Override
    @Transactional(readOnly = true)
    public List<EventSummary> findAllUnrestricted(java.util.Collection<Long> eventIds) {
        return eventIds.isEmpty()
                ? List.of()
                : events.findAllById(eventIds).stream().map(EventSummaries::of).toList();
    }

    @Override
    @Transactional(readOnly = true)
    public List<EventSummary> forProjectUnrestricted(long projectId) {
        return events.forProject(projectId).stream().map(Event::toSummary).toList();
    }

    @Override
    @Transactional
    public void delete(SignedInUser editor, long eventId) {
        Event event = editable(editor, eventId);
        events.delete(event);
        auditTrail.record("event.deleted", target(event), null);
    }

    private void apply(SignedInUser editor, Event event, EventDraft draft, boolean creating) {
        if (draft.titles().isEmpty()) {
            throw EventException.titleRequired();
        }
        draft.titles().all().forEach((tag, text) -> checkLength(LocalizedText.field("title", tag), text, MAX_TITLE));
        checkLength("venue", draft.venue(), MAX_TITLE);
        draft.agenda().all().forEach((tag, text) -> checkLength(LocalizedText.field("agenda", tag), text, MAX_AGENDA));
        // Both days, or neither while they are not known (the documents name meetings without dates).
        if ((draft.startDate() == null) != (draft.endDate() == null)) {
            throw EventException.datesRequired();
        }
        if (draft.startDate() != null && draft.endDate().isBefore(draft.startDate())) {
            throw EventException.endBeforeStart();
        }
        List<HostPlace> places = hostPlaces(draft.hostPlaces());
        String zone = timeZone(draft.timeZone(), places, creating ? null : event.toSummary());
        try {
            ZoneId.of(zone);
        } catch (DateTimeException e) {
            throw EventException.unknownTimeZone(zone);
        }
        Set<Long> partnerIds = projects.partners(editor, event.projectId()).stream()
                .map(PartnerSummary::id)
                .collect(Collectors.toSet());
        for (Map.Entry<Long, Integer> planned : draft.plannedParticipants().entrySet()) {
            if (!partnerIds.contains(planned.getKey())) {
                throw EventException.notAPartner(planned.getKey());
            }
            if (planned.getValue() == null || planned.getValue() < 0) {
                throw EventException.negativeParticipants();
            }
        }
        event.apply(
                draft.titles(),
                draft.type(),
                places,
                draft.venue(),
                draft.startDate(),
                draft.endDate(),
                zone,
                draft.agenda(),
                draft.plannedParticipants(),
                clock.instant());
    }

    /**
     * The event's time zone: the one asked for, else the zone of the first host town's country
     * ({@link CountryTimeZones}). When the first host moves to another country and the zone was left
     * as it followed the previous first host (or as the old fixed default), it follows the new one.
     *
     * @param before the event as stored, or {@code null} when it is being created
     */
    static String timeZone(@Nullable String asked, List<HostPlace> places, @Nullable EventSummary before) {
        String fromHost = places.isEmpty() ? null : hostZone(places.get(0).country());
        if (asked == null || asked.isBlank()) {
            return fromHost == null ? DEFAULT_TIME_ZONE : fromHost;
        }
        String zone = asked.strip();
        if (before != null && fromHost != null && zone.equals(before.timeZone())) {
            String previous = before.hostPlaces().isEmpty()
                    ? null
                    : hostZone(before.hostPlaces().get(0).country());
            boolean followedHost = previous == null || zone.equals(previous) || zone.equals(DEFAULT_TIME_ZONE);
            if (followedHost && !fromHost.equals(previous)) {
                return fromHost;
            }
        }
        return zone;
    }

    private static @Nullable String hostZone(String country) {
        return CountryTimeZones.of(country).map(ZoneId::getId).orElse(null);
    }

    /**
     * Turns what was entered into host places: a town id must exist; text is resolved in the
     * gazetteer, and what cannot be pinned down stays as written, with its country.
     */
    private List<HostPlace> hostPlaces(List<HostPlaceInput> inputs) {
        List<HostPlace> places = new ArrayList<>();
        for (HostPlaceInput input : inputs) {
            String country = input.country() == null || input.country().isBlank()
                    ? null
                    : input.country().strip().toUpperCase(Locale.ROOT);
            if (country != null && !Countries.isKnown(country)) {
                throw EventException.unknownCountry(input.country());
            }
            if (input.townId() != null) {
                TownSummary town =
                        towns.find(input.townId()).orElseThrow(() -> EventException.unknownTown(input.townId()));
                places.add(new HostPlace(town.id(), town.name(), town.country()));
            } else if (input.text() != null && !input.text().isBlank()) {
                TownResolution resolution = towns.resolve(input.text().strip(), country);
                if (resolution.town() != null) {
                    TownSummary town = resolution.town();
                    places.add(new HostPlace(town.id(), town.name(), town.country()));
                } else if (country == null) {
                    throw EventException.unresolvedPlaceNeedsCountry(
                            input.text().strip());
                } else {
                    places.add(new HostPlace(null, resolution.writtenName(), country));
                }
            }
        }
        if (places.isEmpty()) {
            throw EventException.hostRequired();
        }
        return places;
    }

    private static void checkLength(String field, @Nullable String text, int max) {
        if (TextLimits.tooLong(text, max)) {
            throw EventException.textTooLong(field, max);
        }
    }

    @Override
    @Transactional
    public EventSummary plan(SignedInUser editor, long eventId, long partnerId, int participants) {
        Event event = editable(editor, eventId);
        event.plan(partnerId, participants, clock.instant());
        try {
            return events.saveAndFlush(event).toSummary();
        } catch (ObjectOptimisticLockingFailureException e) {
            throw EventException.staleVersion();
        }
    }

    @Override
    @Transactional(readOnly = true)
    public Optional<EventSummary> findAnyUnrestricted(long eventId) {
        return events.findById(eventId).map(Event::toSummary);
    }

    @Override
    @Transactional(readOnly = true)
    public boolean may(SignedInUser user, EventAction action, long eventId) {
        return access.may(user, action, eventId);
    }

    private Event visible(SignedInUser viewer, long eventId) {
        Event event = events.findById(eventId).orElseThrow(() -> EventException.notFound(eventId));
        access.rights(viewer, event).require(EventAction.VIEW_EVENT);
        return event;
    }

    private Event editable(SignedInUser editor, long eventId) {
        Event event = events.findById(eventId).orElseThrow(() -> EventException.notFound(eventId));
        access.rights(editor, event).require(EventAction.EDIT_EVENT);
        return event;
    }

    /** Planning a new event in a project: the project's editors (a project one may not see is not found). */
    private void requireEditable(SignedInUser editor, long projectId) {
        EventRights rights = access.rightsInProject(editor, 0, projectId);
        if (!rights.viewer()) {
            throw ProjectException.notFound(projectId);
        }
        if (!rights.may(EventAction.EDIT_EVENT)) {
            throw EventException.notAllowed();
        }
    }

    private static String target(Event event) {
        return "event " + event.id() + " " + event.label() + " (project " + event.projectId() + ")";
    }
}
