package org.jumelage.event;

import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import org.jspecify.annotations.Nullable;
import org.jumelage.shared.LocalizedText;

/**
 * An event as pages and the API show it.
 *
 * @param startDate the first day, or {@code null} when the source does not say
 * @param days the days the event spans, counted inclusively (8 to 12 November is 5 days); 0 when not known
 * @param plannedParticipants project partner id → planned people
 */
public record EventSummary(
        long id,
        long projectId,
        LocalizedText titles,
        EventType type,
        List<HostPlace> hostPlaces,
        @Nullable String venue,
        @Nullable LocalDate startDate,
        @Nullable LocalDate endDate,
        String timeZone,
        LocalizedText agenda,
        Map<Long, Integer> plannedParticipants,
        long days,
        int plannedTotal,
        long version) {}
