package org.jumelage.participation;

import java.util.Optional;

/**
 * Counts of an event that check no viewer's rights, for modules that decide visibility themselves
 * (the reporting module's open data publishes the counts of public events only, as
 * {@code publicity.PublicContent} decides). The counts are those a viewer who is not an editor
 * gets: funder groups of fewer than {@value AttendanceStatistics#SMALLEST_SHOWN} hidden. Every such
 * bypass goes through this interface, so that it stays visible in one place.
 */
public interface UnrestrictedAttendanceReads {

    /** The event's counts, or empty when the event or its project does not exist (or is deleted). */
    Optional<AttendanceStatistics> statisticsUnrestricted(long eventId);
}
