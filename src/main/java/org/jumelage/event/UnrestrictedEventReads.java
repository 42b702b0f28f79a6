package org.jumelage.event;

import java.util.Optional;

/**
 * Reads of events that check no permission, for modules that have decided access themselves (the
 * participation module, once it holds a delegation, registration or public token). Every such
 * bypass goes through this interface, so it stays visible in one place.
 */
public interface UnrestrictedEventReads {

    /** The event whoever asks, whatever the state of its project. */
    Optional<EventSummary> event(long eventId);
}
