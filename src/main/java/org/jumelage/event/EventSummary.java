package org.jumelage.event;

import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import org.jspecify.annotations.Nullable;
import org.jumelage.shared.LocalizedText;

/**
 * An event as pages and the API show it.
 *
 * @param days the days the event spans, counted inclusively (8 to 12 November is 5 days)
 * @param plannedParticipants project partner id → planned people
 */
public record EventSummary(
        long id,
        long projectId,
        LocalizedText titles,
        EventType type,
        List<HostPlace> hostPlaces,
        @Nullable String venue,
        LocalDate startDate,
        LocalDate endDate,
        String timeZone,
        LocalizedText agenda,
        Map<Long, Integer> plannedParticipants,
        long days,
        int plannedTotal,
        long version) {}
