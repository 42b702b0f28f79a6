package org.jumelage.participation.domain;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import org.jspecify.annotations.Nullable;
import org.jumelage.event.EventSummary;
import org.jumelage.event.UnrestrictedEventReads;
import org.jumelage.participation.AttendanceStatistics;
import org.jumelage.participation.PublicAttendance;
import org.jumelage.participation.persistence.AttendanceRecords;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * The public counts per country, made by the same {@link AttendanceCounting} as the statistics
 * staff see and hidden by the same {@link SmallGroups} rule.
 */
@Service
class DefaultPublicAttendance implements PublicAttendance {

    private final UnrestrictedEventReads events;
    private final AttendanceRecords records;

    DefaultPublicAttendance(UnrestrictedEventReads events, AttendanceRecords records) {
        this.events = events;
        this.records = records;
    }

    @Override
    @Transactional(readOnly = true)
    public Counts byCountry(long eventId, boolean exact) {
        EventSummary event = events.findUnrestricted(eventId).orElse(null);
        if (event == null) {
            return new Counts(0, List.of());
        }
        return counts(event, records.confirmed(eventId), records.presences(eventId), exact);
    }

    @Override
    @Transactional(readOnly = true)
    public java.util.Map<Long, Counts> byCountry(java.util.Collection<EventSummary> events) {
        List<Long> ids = events.stream().map(EventSummary::id).toList();
        java.util.Map<Long, List<AttendanceRecords.Counted>> confirmed = records.confirmed(ids);
        java.util.Map<Long, List<AttendanceRecords.Presence>> presences = records.presences(ids);
        java.util.Map<Long, Counts> counts = new java.util.LinkedHashMap<>();
        for (EventSummary event : events) {
            counts.put(
                    event.id(),
                    counts(
                            event,
                            confirmed.getOrDefault(event.id(), List.of()),
                            presences.getOrDefault(event.id(), List.of()),
                            EXACT_IN_PUBLIC));
        }
        return counts;
    }

    private static Counts counts(
            EventSummary event,
            List<AttendanceRecords.Counted> confirmed,
            List<AttendanceRecords.Presence> presences,
            boolean exact) {
        // Delegations are not needed for counts by the participants' own country.
        AttendanceStatistics statistics = new AttendanceCounting(
                        DefaultAttendanceManagement.hostCountry(event),
                        DefaultAttendanceManagement.days(event),
                        confirmed,
                        presences,
                        List.of())
                .statistics(event.id(), true);
        List<AttendanceStatistics.CountryCount> countries = statistics.byCountry().stream()
                .filter(count -> count.present() > 0)
                .sorted(Comparator.comparingInt(AttendanceStatistics.CountryCount::present)
                        .reversed()
                        .thenComparing(AttendanceStatistics.CountryCount::country))
                .toList();
        List<Integer> present = countries.stream()
                .map(AttendanceStatistics.CountryCount::present)
                .toList();
        List<@Nullable Integer> shown = exact ? new ArrayList<>(present) : SmallGroups.hide(present);
        List<CountryCount> result = new ArrayList<>();
        for (int i = 0; i < countries.size(); i++) {
            result.add(new CountryCount(
                    countries.get(i).country(), shown.get(i), !exact && SmallGroups.isSmall(present.get(i))));
        }
        return new Counts(statistics.present(), result);
    }
}
