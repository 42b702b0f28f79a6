package org.jumelage.event;

import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import org.jspecify.annotations.Nullable;
import org.jumelage.shared.LocalizedText;

/**
 * What a person enters for an event.
 *
 * @param hostPlaces one or more, in order
 * @param timeZone an IANA zone such as {@code Europe/Riga}; {@code null} or blank means the zone of the first
 *     host town's country ({@link org.jumelage.shared.CountryTimeZones})
 * @param plannedParticipants project partner id → people that partner plans to send
 */
public record EventDraft(
        LocalizedText titles,
        EventType type,
        List<HostPlaceInput> hostPlaces,
        @Nullable String venue,
        @Nullable LocalDate startDate,
        @Nullable LocalDate endDate,
        @Nullable String timeZone,
        LocalizedText agenda,
        Map<Long, Integer> plannedParticipants) {

    public EventDraft {
        hostPlaces = List.copyOf(hostPlaces);
        plannedParticipants = Map.copyOf(plannedParticipants);
    }
}
