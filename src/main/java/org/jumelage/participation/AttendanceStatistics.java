package org.jumelage.participation;

import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import org.jspecify.annotations.Nullable;
import org.jumelage.shared.LocalizedText;

/**
 * An event's counts. Registered people are the {@link RegistrationStatus#CONFIRMED} ones, erased
 * people included (their counts stay); a person is present when recorded on at least one day.
 *
 * <p>An invited participant is one brought by a delegation whose people count as invited under
 * {@link org.jumelage.programme.InvitedParticipants} (the same definition as the grant forecast,
 * host country = the country of the event's first host place), whatever the person's own country;
 * a local participant is anyone else from the host country. People from abroad who came without an
 * eligible partner's delegation are neither.
 *
 * @param presentByDay every day of the event → people present that day
 * @param present people present on at least one day
 * @param invited registered invited participants
 * @param local registered participants from the host country
 * @param invitedPresent invited participants present on at least one day
 * @param localPresent local participants present on at least one day
 * @param byCountry by the participants' own country, most registered first
 * @param byDelegation by delegation, most registered first; people without a delegation are left out
 * @param categories the optional funder statistics in aggregate, in a fixed order
 * @param smallGroupsHidden whether groups of fewer than {@value #SMALLEST_SHOWN} people were hidden for this viewer
 */
public record AttendanceStatistics(
        long eventId,
        String hostCountry,
        int registered,
        Map<LocalDate, Integer> presentByDay,
        int present,
        int invited,
        int local,
        int invitedPresent,
        int localPresent,
        List<CountryCount> byCountry,
        List<DelegationCount> byDelegation,
        List<Category> categories,
        boolean smallGroupsHidden) {

    /** Funder categories with fewer people than this are shown only to the project's editors. */
    public static final int SMALLEST_SHOWN = 5;

    public AttendanceStatistics {
        presentByDay = java.util.Collections.unmodifiableMap(new java.util.TreeMap<>(presentByDay));
        byCountry = List.copyOf(byCountry);
        byDelegation = List.copyOf(byDelegation);
        categories = List.copyOf(categories);
    }

    /**
     * @param invited whether the country differs from the host country; this marks the host country's
     *     row only, who counts as invited is decided per delegation
     */
    public record CountryCount(String country, int registered, int present, boolean invited) {}

    /**
     * @param organisation the partner organisation's names, or {@code null} when not named
     * @param invited whether the delegation's people count as invited
     */
    public record DelegationCount(
            long delegationId,
            long partnerId,
            String country,
            @Nullable LocalizedText organisation,
            int registered,
            int present,
            boolean invited) {}

    /**
     * One optional funder statistic (gender, age band, first-time participant, fewer opportunities).
     *
     * @param name {@code gender}, {@code age-band}, {@code first-time} or {@code fewer-opportunities}
     */
    public record Category(String name, List<Group> groups) {

        public Category {
            groups = List.copyOf(groups);
        }
    }

    /**
     * The people who gave one answer.
     *
     * @param value the answer as stored ({@code true}/{@code false} for yes-no questions), or empty for no answer
     * @param registered registered people, or {@code null} when hidden as a small group
     * @param present people present on at least one day, or {@code null} when hidden as a small group
     */
    public record Group(
            String value,
            @Nullable Integer registered,
            @Nullable Integer present) {

        public boolean hidden() {
            return registered == null;
        }
    }
}
