package org.jumelage.participation.domain;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import org.jspecify.annotations.Nullable;
import org.jumelage.event.EventSummary;
import org.jumelage.event.UnrestrictedEventReads;
import org.jumelage.participation.AttendanceStatistics;
import org.jumelage.participation.AttendanceStatistics.Group;
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
            return new Counts(0, 0, List.of());
        }
        // Delegations are not needed for counts by the participants' own country.
        AttendanceCounting counting = new AttendanceCounting(
                DefaultAttendanceManagement.hostCountry(event),
                DefaultAttendanceManagement.days(event),
                records.confirmed(eventId),
                records.presences(eventId),
                List.of());
        AttendanceStatistics statistics = counting.statistics(eventId, true);
        List<AttendanceStatistics.CountryCount> countries = statistics.byCountry().stream()
                .sorted(Comparator.comparingInt(AttendanceStatistics.CountryCount::present)
                        .reversed()
                        .thenComparing(AttendanceStatistics.CountryCount::country))
                .toList();
        List<@Nullable Integer> registered = countries.stream()
                .map(count -> (@Nullable Integer) count.registered())
                .toList();
        List<@Nullable Integer> present = countries.stream()
                .map(count -> (@Nullable Integer) count.present())
                .toList();
        if (!exact) {
            registered = SmallGroups.hide(countries.stream()
                    .map(AttendanceStatistics.CountryCount::registered)
                    .toList());
            present = SmallGroups.hide(countries.stream()
                    .map(AttendanceStatistics.CountryCount::present)
                    .toList());
        }
        List<Group> groups = new ArrayList<>();
        for (int i = 0; i < countries.size(); i++) {
            groups.add(new Group(countries.get(i).country(), registered.get(i), present.get(i)));
        }
        return new Counts(statistics.registered(), statistics.present(), groups);
    }
}
