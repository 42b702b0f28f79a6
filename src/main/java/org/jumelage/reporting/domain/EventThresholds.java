package org.jumelage.reporting.domain;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.jumelage.event.EventSummary;
import org.jumelage.programme.GrantEvaluation;
import org.jumelage.programme.ThresholdMargin;
import org.jumelage.project.GrantForecast;
import org.jumelage.reporting.ProjectParticipation.Threshold;

/**
 * The measure's per-event minimums checked against the attended counts, as the programme's rules
 * engine states them: the {@link ThresholdMargin}s of the attended column of the project's grant
 * forecast. The rule and its counting are the engine's; this only hands its answer to each event.
 *
 * <p>The engine numbers the events of the plan ({@link ThresholdMargin#eventIndex()}); the plan holds
 * the project's events in the event module's order, those with a host place only (an event without
 * one cannot be judged). Minimums only ({@link ThresholdMargin.Limit#AT_LEAST}), and only where the
 * engine could count ({@code actual} known). Of the per-town minimum, which the engine gives per
 * invited delegation, an event gets the delegation furthest from it (the one that decides).
 */
final class EventThresholds {

    private EventThresholds() {}

    /** Event id → its thresholds; no attended column (nobody recorded present yet) gives none. */
    static Map<Long, List<Threshold>> of(GrantForecast forecast, List<EventSummary> events) {
        GrantEvaluation attended = forecast.columns().stream()
                .filter(column -> column.count() == GrantForecast.Count.ATTENDED)
                .map(GrantForecast.Column::evaluation)
                .findFirst()
                .orElse(null);
        if (attended == null) {
            return Map.of();
        }
        List<EventSummary> planned = events.stream()
                .filter(event -> !event.hostPlaces().isEmpty()
                        && !event.hostPlaces().get(0).country().isBlank())
                .toList();
        Map<Long, Map<String, Threshold>> byEvent = new LinkedHashMap<>();
        for (ThresholdMargin margin : attended.margins()) {
            Integer index = margin.eventIndex();
            if (index == null
                    || index < 0
                    || index >= planned.size()
                    || margin.limit() != ThresholdMargin.Limit.AT_LEAST
                    || margin.actual() == null
                    || margin.missing() == null) {
                continue;
            }
            Threshold threshold = new Threshold(margin.rule(), margin.required(), margin.actual(), margin.missing());
            byEvent.computeIfAbsent(planned.get(index).id(), id -> new LinkedHashMap<>())
                    .merge(
                            margin.rule(),
                            threshold,
                            (kept, other) -> other.missing() > kept.missing()
                                            || (other.missing() == kept.missing() && other.actual() < kept.actual())
                                    ? other
                                    : kept);
        }
        Map<Long, List<Threshold>> thresholds = new LinkedHashMap<>();
        byEvent.forEach((id, rules) -> thresholds.put(id, new ArrayList<>(rules.values())));
        return thresholds;
    }
}
