package org.jumelage.reporting.domain;

import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.jspecify.annotations.Nullable;
import org.jumelage.event.EventSummary;
import org.jumelage.participation.AttendanceStatistics;
import org.jumelage.reporting.ProjectParticipation;
import org.jumelage.reporting.ProjectParticipation.CountryCount;
import org.jumelage.reporting.ProjectParticipation.DelegationCount;
import org.jumelage.reporting.ProjectParticipation.EventParticipation;
import org.jumelage.reporting.ProjectParticipation.Threshold;
import org.jumelage.reporting.ProjectParticipation.Totals;

/**
 * Puts a project's participation together from what the other modules count: the events (event
 * module), their statistics (participation module: registered = confirmed, attended = present on at
 * least one day, invited and local as {@code programme.InvitedParticipants} says) and the thresholds
 * of the rules engine. It counts nothing itself beyond sums and the distinct countries.
 */
final class ParticipationCounts {

    private ParticipationCounts() {}

    /**
     * @param events the project's events (deleted ones are not among them), in the report's order
     * @param statistics event id → its statistics; an event without is counted as nobody registered
     * @param thresholds event id → the measure's per-event minimums checked on attended counts
     */
    static ProjectParticipation assemble(
            long projectId,
            List<EventSummary> events,
            Map<Long, AttendanceStatistics> statistics,
            Map<Long, List<Threshold>> thresholds) {
        List<EventParticipation> rows = new ArrayList<>();
        int registered = 0;
        int attended = 0;
        int invitedAttended = 0;
        Set<String> countries = new HashSet<>();
        for (EventSummary event : events) {
            @Nullable AttendanceStatistics counts = statistics.get(event.id());
            EventParticipation row = row(event, counts, thresholds.getOrDefault(event.id(), List.of()));
            rows.add(row);
            if (counts != null) {
                registered += counts.registered();
                attended += counts.present();
                invitedAttended += counts.invitedPresent();
            }
            row.byCountry().stream()
                    .filter(country -> country.attended() > 0)
                    .forEach(country -> countries.add(country.country()));
        }
        return new ProjectParticipation(
                projectId, rows, new Totals(registered, attended, invitedAttended, countries.size()));
    }

    private static EventParticipation row(
            EventSummary event, @Nullable AttendanceStatistics counts, List<Threshold> thresholds) {
        String hostCountry = counts != null
                ? counts.hostCountry()
                : event.hostPlaces().isEmpty() ? "" : event.hostPlaces().get(0).country();
        List<CountryCount> byCountry = counts == null
                ? List.of()
                : counts.byCountry().stream()
                        .map(country -> new CountryCount(
                                country.country(), country.registered(), country.present(), country.invited()))
                        .toList();
        List<DelegationCount> byDelegation = counts == null
                ? List.of()
                : counts.byDelegation().stream()
                        .map(delegation -> new DelegationCount(
                                delegation.delegationId(),
                                delegation.country(),
                                delegation.organisation(),
                                delegation.registered(),
                                delegation.present()))
                        .toList();
        return new EventParticipation(
                event.id(),
                event.titles(),
                event.startDate(),
                event.endDate(),
                (int) event.days(),
                hostCountry,
                byCountry,
                byDelegation,
                counts == null ? 0 : counts.invitedPresent(),
                counts == null ? 0 : counts.localPresent(),
                thresholds);
    }
}
