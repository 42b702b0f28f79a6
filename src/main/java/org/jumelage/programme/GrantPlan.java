package org.jumelage.programme;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.List;
import org.jspecify.annotations.Nullable;
import org.jumelage.network.OrganisationType;

/**
 * What the rules engine needs to know of a project: measure and call, who applies with whom, and
 * the events with the delegations the partners send. Counts are people.
 *
 * @param deadline the call's deadline; selects the rule set (its year is the call year)
 * @param callYear the call year, when the deadline is not given
 * @param declaredGrant the amount applied for, where the measure lets the applicant state it
 */
public record GrantPlan(
        String measure,
        @Nullable LocalDate deadline,
        @Nullable Integer callYear,
        Applicant applicant,
        List<Applicant> partners,
        @Nullable LocalDate projectStart,
        @Nullable LocalDate projectEnd,
        List<Event> events,
        @Nullable BigDecimal declaredGrant) {

    public GrantPlan {
        partners = List.copyOf(partners);
        events = List.copyOf(events);
    }

    /**
     * The applicant (lead) or a partner (co-applicant).
     *
     * @param country ISO 3166-1 alpha-2
     * @param type {@code null} when not known (a partner known only by its country)
     */
    public record Applicant(String country, @Nullable OrganisationType type) {}

    /**
     * One event (meeting, conference) of the plan.
     *
     * @param label how pages name the event in messages, for example Daugavpils 8–12 Nov 2018; may be empty
     * @param hostTown where the event takes place, or {@code null} when not known
     * @param startDate {@code null} when not known (then its days are unknown)
     * @param localParticipants direct participants from the host country (not invited)
     */
    public record Event(
            String label,
            String hostCountry,
            @Nullable Place hostTown,
            @Nullable LocalDate startDate,
            @Nullable LocalDate endDate,
            int localParticipants,
            List<Delegation> delegations) {

        public Event {
            delegations = List.copyOf(delegations);
        }
    }

    /**
     * The group one partner sends to one event.
     *
     * @param town where the delegation comes from, or {@code null} when not known
     * @param roundTripKm the round trip in km; when {@code null} it is computed from the two towns
     */
    public record Delegation(
            String country,
            @Nullable Place town,
            int participants,
            @Nullable Integer roundTripKm) {}

    /** A town with its WGS84 coordinates (decimal degrees). */
    public record Place(String name, double latitude, double longitude) {}
}
