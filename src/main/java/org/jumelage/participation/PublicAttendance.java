package org.jumelage.participation;

import java.util.List;

/**
 * An event's participants per country for pages the public reads (the publicity module's
 * information page of an event that has taken place): counts only, never names. It checks no
 * permission: the caller shows it only for events it has decided are public.
 */
public interface PublicAttendance {

    /**
     * The event's people: in total, and per participant's own country ({@link
     * AttendanceStatistics.Group#value()} is the country code, ISO 3166-1 alpha-2), confirmed
     * ({@code registered}) and present on at least one day ({@code present}), most present first.
     * Unless {@code exact}, in each of the two columns the groups of fewer than {@value
     * AttendanceStatistics#SMALLEST_SHOWN} people (but not 0, which names nobody) are hidden ({@code null}) as the funder
     * statistics hide them from non-editors, with one more group hidden when only one is, so that a
     * hidden group cannot be worked out from the totals. An unknown event has no people.
     *
     * @param exact whether to give every figure (when a programme requires the exact numbers)
     */
    Counts byCountry(long eventId, boolean exact);

    /**
     * @param registered confirmed people, exact
     * @param present people present on at least one day, exact
     */
    record Counts(int registered, int present, List<AttendanceStatistics.Group> byCountry) {

        public Counts {
            byCountry = List.copyOf(byCountry);
        }
    }
}
