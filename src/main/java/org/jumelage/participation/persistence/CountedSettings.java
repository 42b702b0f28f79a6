package org.jumelage.participation.persistence;

import org.jumelage.participation.RegistrationSettings;

/**
 * An event's registration settings as read from their row, with the number of confirmed people the
 * row held at that moment ({@code event_registration_settings.confirmed}).
 */
public record CountedSettings(RegistrationSettings settings, int confirmed) {

    /** The settings of an event nobody has opened registration for: closed, nobody confirmed. */
    public static CountedSettings closed(long eventId) {
        return new CountedSettings(RegistrationSettings.closed(eventId), 0);
    }

    public long eventId() {
        return settings.eventId();
    }

    /** Whether every place is taken: the event has a capacity and that many people are confirmed. */
    public boolean full() {
        Integer capacity = settings.capacity();
        return capacity != null && confirmed >= capacity;
    }
}
