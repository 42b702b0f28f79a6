package org.jumelage.participation;

import java.time.LocalDate;
import java.util.List;

/**
 * The check-in page's live counter: confirmed people present on one day, against those registered.
 * Staff see exact counts (they see the names anyway).
 */
public record AttendanceCounter(
        LocalDate day,
        int registered,
        int present,
        List<AttendanceStatistics.CountryCount> byCountry,
        List<AttendanceStatistics.DelegationCount> byDelegation) {

    public AttendanceCounter {
        byCountry = List.copyOf(byCountry);
        byDelegation = List.copyOf(byDelegation);
    }
}
