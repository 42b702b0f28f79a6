package org.jumelage.reporting;

import org.jspecify.annotations.Nullable;

/**
 * How many people from one country attended one published event (present on at least one day).
 * Groups of 1 to {@value org.jumelage.participation.AttendanceStatistics#SMALLEST_SHOWN}−1 people
 * are not given as a number: {@code attended} is {@code null} and {@code fewerThan5} is true, as on
 * the public information page.
 *
 * @param invited whether the country differs from the event's host country
 */
public record OpenParticipation(
        long eventId,
        long projectId,
        String country,
        boolean invited,
        @Nullable Integer attended,
        boolean fewerThan5) {}
