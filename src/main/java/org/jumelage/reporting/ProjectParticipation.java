package org.jumelage.reporting;

import java.time.LocalDate;
import java.util.List;
import org.jspecify.annotations.Nullable;
import org.jumelage.shared.LocalizedText;

/**
 * Who took part in a project's events, counted the way the programme counts them: per event, per
 * participant's country and per delegation, registered and attended, invited and local, against the
 * thresholds the measure's rules set per event. Deleted events are left out. The shape of {@code GET
 * /api/v1/projects/{id}/participation}.
 *
 * @param events the project's events, earliest first (events without dates last)
 */
public record ProjectParticipation(long projectId, List<EventParticipation> events, Totals totals) {

    public ProjectParticipation {
        events = List.copyOf(events);
    }

    /**
     * One event's counts. Registered people are the confirmed ones; attended people were present on at
     * least one day. Invited and local follow {@link org.jumelage.programme.InvitedParticipants}, as
     * in {@link org.jumelage.participation.AttendanceStatistics}.
     *
     * @param days the event's days, 0 when its dates are not known
     * @param hostCountry ISO 3166-1 alpha-2 code of the (first) host place
     * @param thresholds the measure's per-event minimums checked against the attended counts; empty
     *     when the rules cannot be applied to the project
     */
    public record EventParticipation(
            long eventId,
            LocalizedText titles,
            @Nullable LocalDate startDate,
            @Nullable LocalDate endDate,
            int days,
            String hostCountry,
            List<CountryCount> byCountry,
            List<DelegationCount> byDelegation,
            int invitedAttended,
            int localAttended,
            List<Threshold> thresholds) {

        public EventParticipation {
            byCountry = List.copyOf(byCountry);
            byDelegation = List.copyOf(byDelegation);
            thresholds = List.copyOf(thresholds);
        }
    }

    /** @param invited whether the country differs from the host country */
    public record CountryCount(String country, int registered, int attended, boolean invited) {}

    /** @param organisation the sending partner's names, or {@code null} when not named */
    public record DelegationCount(
            long delegationId, String country, @Nullable LocalizedText organisation, int registered, int attended) {}

    /**
     * One per-event minimum of the measure's rules.
     *
     * @param rule the rule id, for example {@code min-invited-participants}
     * @param missing how many are missing to reach it, 0 when reached
     */
    public record Threshold(String rule, int required, int actual, int missing) {}

    /** @param countries the distinct countries of attended participants over all events */
    public record Totals(int registered, int attended, int invitedAttended, int countries) {}
}
