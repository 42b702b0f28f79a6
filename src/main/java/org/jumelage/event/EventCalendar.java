package org.jumelage.event;

import java.net.URI;
import java.util.Locale;
import java.util.stream.Collectors;
import net.fortuna.ical4j.model.Calendar;
import net.fortuna.ical4j.model.component.VEvent;
import net.fortuna.ical4j.model.property.Description;
import net.fortuna.ical4j.model.property.Location;
import net.fortuna.ical4j.model.property.ProdId;
import net.fortuna.ical4j.model.property.Uid;
import net.fortuna.ical4j.model.property.immutable.ImmutableCalScale;
import net.fortuna.ical4j.model.property.immutable.ImmutableMethod;
import net.fortuna.ical4j.model.property.immutable.ImmutableVersion;
import org.jspecify.annotations.Nullable;

/**
 * The {@code .ics} file of an event: one all-day event over its days. The days are the event's own
 * (in its time zone), so they are written as dates without a time, which calendars show on the
 * same days wherever the reader is. The UID is the same for every mail about one event, so a
 * calendar updates its entry rather than adding another.
 */
public final class EventCalendar {

    private EventCalendar() {}

    /** The calendar file, or {@code null} while the event has no dates. */
    public static byte @Nullable [] ics(
            EventSummary event, Locale locale, String publicUrl, @Nullable String description) {
        if (event.startDate() == null || event.endDate() == null) {
            return null;
        }
        String title = event.titles().in(locale);
        // DTEND of an all-day event is the day after the last day (RFC 5545, 3.6.1).
        VEvent vevent = new VEvent(event.startDate(), event.endDate().plusDays(1), title);
        vevent.add(new Uid("jumelage-event-" + event.id() + "@" + host(publicUrl)));
        String location = location(event);
        if (!location.isEmpty()) {
            vevent.add(new Location(location));
        }
        if (description != null) {
            vevent.add(new Description(description));
        }
        Calendar calendar = new Calendar();
        calendar.add(new ProdId("-//Jumelage//Event registration//EN"));
        calendar.add(ImmutableVersion.VERSION_2_0);
        calendar.add(ImmutableCalScale.GREGORIAN);
        calendar.add(ImmutableMethod.PUBLISH);
        calendar.add(vevent);
        return calendar.toString().getBytes(java.nio.charset.StandardCharsets.UTF_8);
    }

    /** The venue and the host towns, as one line. */
    static String location(EventSummary event) {
        String towns = event.hostPlaces().stream().map(HostPlace::name).collect(Collectors.joining(", "));
        if (event.venue() == null || event.venue().isBlank()) {
            return towns;
        }
        return towns.isEmpty() ? event.venue().strip() : event.venue().strip() + ", " + towns;
    }

    private static String host(String publicUrl) {
        try {
            String host = URI.create(publicUrl).getHost();
            return host == null ? "jumelage" : host;
        } catch (IllegalArgumentException e) {
            return "jumelage";
        }
    }
}
