package org.jumelage.event;

import java.util.List;
import java.util.Set;

/**
 * How many people of each partner registered for and attended a project's events, for the event
 * plans the project module shows. The participation module, which records registrations and
 * attendance, answers it; without it every event counts as recording nothing yet.
 */
public interface EventTurnout {

    /** Confirmed registrations of a partner's delegation, and how many of them were present on at least one day. */
    record PartnerTurnout(long eventId, long partnerId, int registered, int attended) {}

    /** The project's events that record registration (registration settings or a registration). */
    Set<Long> eventsRecordingRegistration(long projectId);

    /** The events of all these projects that record registration, in one read. */
    Set<Long> eventsRecordingRegistration(java.util.Collection<Long> projectIds);

    /** The registered and attended people per event and partner of the project. */
    List<PartnerTurnout> partnerCounts(long projectId);

    /** The registered and attended people per event and partner of all these projects, in one read. */
    List<PartnerTurnout> partnerCounts(java.util.Collection<Long> projectIds);
}
