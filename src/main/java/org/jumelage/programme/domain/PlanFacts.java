package org.jumelage.programme.domain;

import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;
import org.jspecify.annotations.Nullable;
import org.jumelage.programme.GrantPlan;
import org.jumelage.programme.InvitedParticipants;

/**
 * The counts the rules look at, worked out once from a plan for one call year. Who is invited is
 * decided by {@link InvitedParticipants}; everyone at the event (local people and all delegations) is a direct participant.
 */
record PlanFacts(List<String> partnerCountries, List<EventFacts> events) {

    /** One event's counts. {@code days} is {@code null} when the dates are not known. */
    record EventFacts(
            GrantPlan.Event event,
            String label,
            @Nullable Long days,
            int invited,
            int direct,
            List<DelegationFacts> delegations) {}

    /** A delegation and whether its people count as invited at this event. */
    record DelegationFacts(GrantPlan.Delegation delegation, boolean invited, String label) {}

    /**
     * @param eligible the countries eligible in the call year, or {@code null} when the rule set has
     *     no country list (then every country other than the host's counts as invited)
     */
    static PlanFacts of(GrantPlan plan, @Nullable Set<String> eligible) {
        Set<String> countries = new LinkedHashSet<>();
        countries.add(plan.applicant().country());
        plan.partners().forEach(partner -> countries.add(partner.country()));
        List<EventFacts> events = new ArrayList<>();
        int number = 0;
        for (GrantPlan.Event event : plan.events()) {
            number++;
            Long days = event.startDate() == null || event.endDate() == null
                    ? null
                    : ChronoUnit.DAYS.between(event.startDate(), event.endDate()) + 1;
            String eventLabel = event.label().isBlank() ? "#" + number : event.label();
            int invited = 0;
            int direct = event.localParticipants();
            List<DelegationFacts> delegations = new ArrayList<>();
            for (GrantPlan.Delegation delegation : event.delegations()) {
                boolean isInvited =
                        InvitedParticipants.invited(true, delegation.country(), event.hostCountry(), eligible);
                direct += delegation.participants();
                if (isInvited) {
                    invited += delegation.participants();
                }
                String from = delegation.town() == null
                        ? delegation.country()
                        : delegation.town().name() + " (" + delegation.country() + ")";
                delegations.add(new DelegationFacts(delegation, isInvited, from + ", " + eventLabel));
            }
            events.add(new EventFacts(event, eventLabel, days, invited, direct, List.copyOf(delegations)));
        }
        return new PlanFacts(List.copyOf(countries), List.copyOf(events));
    }

    int invitedTotal() {
        return events.stream().mapToInt(EventFacts::invited).sum();
    }
}
