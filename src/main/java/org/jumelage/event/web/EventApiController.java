package org.jumelage.event.web;

import java.net.URI;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import org.jspecify.annotations.Nullable;
import org.jumelage.account.SignedInUser;
import org.jumelage.event.EventDraft;
import org.jumelage.event.EventException;
import org.jumelage.event.EventManagement;
import org.jumelage.event.EventSummary;
import org.jumelage.event.EventType;
import org.jumelage.event.HostPlaceInput;
import org.jumelage.shared.LocalizedText;
import org.springframework.http.HttpStatus;
import org.springframework.http.ResponseEntity;
import org.springframework.security.core.annotation.AuthenticationPrincipal;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.PutMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.ResponseStatus;
import org.springframework.web.bind.annotation.RestController;

/** JSON API of events: dates ISO 8601, host towns as GeoNames ids, time zones IANA names. */
@RestController
class EventApiController {

    private final EventManagement events;

    EventApiController(EventManagement events) {
        this.events = events;
    }

    record Items<T>(List<T> items, long total) {}

    /**
     * The body of POST and PUT. {@code hostTowns} are GeoNames ids; {@code hostPlaces} also takes
     * places the gazetteer does not know, as text with a country.
     */
    record EventRequest(
            @Nullable LocalizedText titles,
            @Nullable EventType type,
            @Nullable List<Long> hostTowns,
            @Nullable List<HostPlaceInput> hostPlaces,
            @Nullable String venue,
            @Nullable LocalDate startDate,
            @Nullable LocalDate endDate,
            @Nullable String timeZone,
            @Nullable LocalizedText agenda,
            @Nullable Map<Long, Integer> plannedParticipants,
            @Nullable Long version) {

        EventDraft toDraft() {
            List<HostPlaceInput> places = new java.util.ArrayList<>();
            if (hostTowns != null) {
                hostTowns.forEach(town -> places.add(new HostPlaceInput(town, null, null)));
            }
            if (hostPlaces != null) {
                places.addAll(hostPlaces);
            }
            return new EventDraft(
                    titles == null ? LocalizedText.of(null, null) : titles,
                    type == null ? EventType.PARTNER_MEETING : type,
                    places,
                    venue,
                    startDate,
                    endDate,
                    timeZone,
                    agenda == null ? LocalizedText.of(null, null) : agenda,
                    plannedParticipants == null ? Map.of() : plannedParticipants);
        }
    }

    @GetMapping("/api/v1/projects/{projectId}/events")
    Items<EventSummary> list(@AuthenticationPrincipal SignedInUser me, @PathVariable long projectId) {
        List<EventSummary> list = events.forProject(me, projectId);
        return new Items<>(list, list.size());
    }

    @ResponseStatus(HttpStatus.CREATED)
    @PostMapping("/api/v1/projects/{projectId}/events")
    ResponseEntity<EventSummary> create(
            @AuthenticationPrincipal SignedInUser me, @PathVariable long projectId, @RequestBody EventRequest request) {
        EventSummary event = events.create(me, projectId, request.toDraft());
        return ResponseEntity.created(URI.create("/api/v1/events/" + event.id()))
                .body(event);
    }

    @GetMapping("/api/v1/events/{id}")
    EventSummary get(@AuthenticationPrincipal SignedInUser me, @PathVariable long id) {
        return events.find(me, id).orElseThrow(() -> EventException.notFound(id));
    }

    @PutMapping("/api/v1/events/{id}")
    EventSummary update(
            @AuthenticationPrincipal SignedInUser me, @PathVariable long id, @RequestBody EventRequest request) {
        if (request.version() == null) {
            throw EventException.staleVersion();
        }
        return events.update(me, id, request.toDraft(), request.version());
    }
}
