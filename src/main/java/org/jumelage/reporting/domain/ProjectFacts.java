package org.jumelage.reporting.domain;

import java.time.LocalDate;
import java.util.List;
import org.jspecify.annotations.Nullable;
import org.jumelage.project.PartnerSummary;
import org.jumelage.project.ProjectSummary;

/**
 * What the dashboards count of one project, read once from the other modules' facades.
 *
 * @param partners the project's partners (guests included; the charts leave them out)
 * @param events the project's events with their counts
 * @param invited the invited participants the grant forecast counts, or {@code null} when the rules
 *     could not be applied to the project
 * @param grant the awarded grant and its verdict, or {@code null} when no award is recorded
 */
record ProjectFacts(
        ProjectSummary project,
        List<PartnerSummary> partners,
        List<EventFacts> events,
        @Nullable Invited invited,
        @Nullable Grant grant) {

    ProjectFacts {
        partners = List.copyOf(partners);
        events = List.copyOf(events);
    }

    /** Whether the organisation is one of the project's partners (the lead included). */
    boolean involves(long organisationId) {
        return partners.stream()
                .anyMatch(partner -> Long.valueOf(organisationId).equals(partner.organisationId()));
    }

    /**
     * One event's counts, as {@code participation.AttendanceStatistics} gives them.
     *
     * @param startDate the first day, or {@code null} when not known
     * @param registered confirmed registrations
     * @param attended people present on at least one day
     * @param byCountry by the participants' own country
     */
    record EventFacts(@Nullable LocalDate startDate, int registered, int attended, List<CountryCount> byCountry) {

        EventFacts {
            byCountry = List.copyOf(byCountry);
        }
    }

    /** @param country ISO 3166-1 alpha-2 */
    record CountryCount(String country, int registered, int attended) {}

    /**
     * Invited participants of all the project's events, per column of the grant forecast; a column
     * the events do not record yet is 0.
     */
    record Invited(int planned, int registered, int attended) {}

    /**
     * The grant agreement's amount and whether it is secured.
     *
     * @param status the verdict's id: {@code secured}, {@code at-risk}, {@code reduced} or {@code not-known}
     * @param awarded the awarded amount in whole euros (rounded half up)
     */
    record Grant(String status, long awarded) {}
}
