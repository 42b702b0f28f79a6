package org.jumelage.participation;

import java.util.List;
import org.jspecify.annotations.Nullable;

/**
 * An event's participants per country for pages the public reads (the publicity module's
 * information page of an event that has taken place): counts only, never names. It checks no
 * permission: the caller shows it only for events it has decided are public.
 */
public interface PublicAttendance {

    /**
     * Whether pages and files the public reads (the information page, its PDF, the open data) give
     * every country's exact figure. {@code false}: groups of fewer than {@value
     * AttendanceStatistics#SMALLEST_SHOWN} are withheld, as the publicity module's information page
     * explains; the one place to change should a programme body require the exact figures.
     */
    boolean EXACT_IN_PUBLIC = false;

    /** The counts as the public may read them: {@link #byCountry(long, boolean)} with {@link #EXACT_IN_PUBLIC}. */
    default Counts byCountry(long eventId) {
        return byCountry(eventId, EXACT_IN_PUBLIC);
    }

    /**
     * The people present on at least one day of the event (confirmed ones, counted as in {@link
     * AttendanceStatistics}): in total, and per participant's own country, most first; countries
     * nobody came from are left out. Unless {@code exact}, a country with fewer than {@value
     * AttendanceStatistics#SMALLEST_SHOWN} participants has no figure ({@link CountryCount#fewer()}),
     * and when that is one country only, the smallest other one has no figure either, as the funder
     * statistics hide small groups from non-editors, so that the small one cannot be worked out from
     * the total. An unknown event has no people.
     *
     * @param exact whether to give every figure (when a programme requires the exact numbers)
     */
    Counts byCountry(long eventId, boolean exact);

    /**
     * {@link #byCountry(long)} for each of these events already read, by event id, with the
     * registrations and presences of all of them read in one go (the open data's participation).
     */
    java.util.Map<Long, Counts> byCountry(java.util.Collection<org.jumelage.event.EventSummary> events);

    /** @param present people present on at least one day, exact */
    record Counts(int present, List<CountryCount> byCountry) {

        public Counts {
            byCountry = List.copyOf(byCountry);
        }
    }

    /**
     * @param country ISO 3166-1 alpha-2 code of the participants' country
     * @param present the participants, or {@code null} when not shown
     * @param fewer whether the figure is not shown because it is under {@value AttendanceStatistics#SMALLEST_SHOWN}
     *     (otherwise a figure not shown is withheld to protect a small one)
     */
    record CountryCount(String country, @Nullable Integer present, boolean fewer) {}
}
