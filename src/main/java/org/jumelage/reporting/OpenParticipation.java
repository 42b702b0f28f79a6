package org.jumelage.reporting;

import org.jspecify.annotations.Nullable;

/**
 * How many people from one country attended one published event (present on at least one day).
 * Small groups are not given as a number, exactly as on the public information page ({@link
 * org.jumelage.participation.PublicAttendance#byCountry(long)}): a country with 1 to {@value
 * org.jumelage.participation.AttendanceStatistics#SMALLEST_SHOWN}−1 people, and when only one country
 * is that small one more, so that the small one cannot be worked out; then {@code attended} is
 * {@code null} and {@code withheld} is true.
 *
 * @param invited whether the country differs from the event's host country
 */
public record OpenParticipation(
        long eventId,
        long projectId,
        String country,
        boolean invited,
        @Nullable Integer attended,
        boolean withheld) {}
