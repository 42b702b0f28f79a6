package org.jumelage.event;

import java.util.Collection;
import java.util.List;
import java.util.Optional;

/**
 * Reads of events that check no permission, for modules that have decided access themselves (the
 * participation module once it holds a delegation, registration or public token; the publicity
 * module for published events). Every such
 * bypass goes through this interface, so it stays visible in one place.
 */
public interface UnrestrictedEventReads {

    /** The event whoever asks, whatever the state of its project (deleted ones included). */
    Optional<EventSummary> findAnyUnrestricted(long eventId);

    /**
     * An event whoever asks, when it and its project exist. Only for modules that decide visibility
     * themselves: the publicity module shows published events of published projects.
     */
    Optional<EventSummary> findUnrestricted(long eventId);

    /**
     * The events with these ids whoever asks, in one read (deleted ones are left out; whether their
     * projects exist is the caller's business). Only for modules that decide visibility themselves.
     */
    List<EventSummary> findAllUnrestricted(Collection<Long> eventIds);

    /** A project's events whoever asks, by start date. Only for modules that decide visibility themselves. */
    List<EventSummary> forProjectUnrestricted(long projectId);
}
