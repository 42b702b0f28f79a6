package org.jumelage.publicity.domain;

import java.net.URI;
import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.util.List;
import java.util.Locale;
import java.util.function.Function;
import java.util.stream.Collectors;
import net.fortuna.ical4j.model.Calendar;
import net.fortuna.ical4j.model.ParameterList;
import net.fortuna.ical4j.model.TimeZoneRegistryFactory;
import net.fortuna.ical4j.model.component.VEvent;
import net.fortuna.ical4j.model.component.VTimeZone;
import net.fortuna.ical4j.model.parameter.Language;
import net.fortuna.ical4j.model.property.Description;
import net.fortuna.ical4j.model.property.DtStamp;
import net.fortuna.ical4j.model.property.Location;
import net.fortuna.ical4j.model.property.ProdId;
import net.fortuna.ical4j.model.property.Sequence;
import net.fortuna.ical4j.model.property.Summary;
import net.fortuna.ical4j.model.property.Uid;
import net.fortuna.ical4j.model.property.Url;
import net.fortuna.ical4j.model.property.XProperty;
import net.fortuna.ical4j.model.property.immutable.ImmutableCalScale;
import net.fortuna.ical4j.model.property.immutable.ImmutableVersion;
import org.jumelage.event.EventSummary;
import org.jumelage.event.HostPlace;
import org.jumelage.shared.Languages;
import org.jumelage.shared.LocalizedText;

/**
 * The iCalendar feed of public events (RFC 5545), built the way the confirmation mail's
 * {@code .ics} is (event/domain/EventCalendar): one all-day VEVENT per event over its own days
 * (DTEND is the day after the last day), with the same UID. Texts are in the feed's language or,
 * where an event lacks it, in the other one, marked with a LANGUAGE parameter. DTSTAMP is the
 * moment the public data last changed, not the moment of the request, so the same data gives the
 * same bytes (and ETag). Events without dates are left out: a VEVENT needs a start. There is no
 * METHOD: a subscribed calendar is not an iTIP message (METHOD:PUBLISH would require an ORGANIZER
 * on every event, RFC 5546 3.2.1).
 */
final class EventFeedCalendar {

    static final String PRODUCT_ID = "-//Jumelage//Public events//EN";

    private EventFeedCalendar() {}

    /**
     * @param name the calendar's name (X-WR-CALNAME)
     * @param projectLine the first line of an event's description, naming its project, by project id
     * @param stamp DTSTAMP of every event
     */
    static byte[] ics(
            List<EventSummary> events,
            Locale language,
            String name,
            String description,
            Function<Long, String> projectLine,
            Instant stamp,
            FeedAddresses addresses) {
        Calendar calendar = new Calendar();
        calendar.add(new ProdId(PRODUCT_ID));
        calendar.add(ImmutableVersion.VERSION_2_0);
        calendar.add(ImmutableCalScale.GREGORIAN);
        calendar.add(new XProperty("X-WR-CALNAME", name));
        calendar.add(new XProperty("X-WR-CALDESC", description));
        boolean empty = true;
        for (EventSummary event : events) {
            if (event.startDate() == null) {
                continue;
            }
            empty = false;
            // DTEND of an all-day event is the day after the last day (RFC 5545, 3.6.1).
            VEvent vevent = new VEvent(
                    event.startDate(),
                    (event.endDate() == null ? event.startDate() : event.endDate()).plusDays(1),
                    event.titles().in(language));
            vevent.replace(new DtStamp(stamp));
            vevent.replace(new Summary(
                    languageOf(event.titles(), language), event.titles().in(language)));
            vevent.add(new Uid(addresses.eventUid(event.id())));
            vevent.add(new Sequence((int) Math.min(Integer.MAX_VALUE, Math.max(0, event.version()))));
            String location = location(event);
            if (!location.isEmpty()) {
                vevent.add(new Location(location));
            }
            String text = projectLine.apply(event.projectId());
            if (event.agenda().isEmpty()) {
                vevent.add(new Description(new ParameterList(List.of(new Language(Languages.tagOf(language)))), text));
            } else if (event.agenda().isFallbackIn(language)) {
                // Two languages in one text: no LANGUAGE parameter rather than a wrong one.
                vevent.add(new Description(text + "\n\n" + event.agenda().in(language)));
            } else {
                vevent.add(new Description(
                        new ParameterList(List.of(new Language(Languages.tagOf(language)))),
                        text + "\n\n" + event.agenda().in(language)));
            }
            vevent.add(new Url(URI.create(addresses.event(language, event.id()))));
            calendar.add(vevent);
        }
        if (empty) {
            // A calendar needs at least one component (RFC 5545, 3.4): without events, the time
            // zone the events are held in stands in, so that a project's calendar can be
            // subscribed to before its first event is public.
            calendar.add(DefaultZone.RIGA.copy());
        }
        return calendar.toString().getBytes(StandardCharsets.UTF_8);
    }

    /** The venue and the host towns, as one line (as the confirmation mail writes it). */
    static String location(EventSummary event) {
        String towns = event.hostPlaces().stream().map(HostPlace::name).collect(Collectors.joining(", "));
        if (event.venue() == null || event.venue().isBlank()) {
            return towns;
        }
        return towns.isEmpty() ? event.venue().strip() : event.venue().strip() + ", " + towns;
    }

    /** A LANGUAGE parameter naming the language the text is actually in (the other one when it falls back). */
    private static ParameterList languageOf(LocalizedText text, Locale language) {
        return new ParameterList(List.of(new Language(shownIn(text, language))));
    }

    /** The time zone events have when none is given, as ical4j's bundled definitions describe it; loaded once. */
    private static final class DefaultZone {
        static final VTimeZone RIGA = TimeZoneRegistryFactory.getInstance()
                .createRegistry()
                .getTimeZone("Europe/Riga")
                .getVTimeZone();
    }

    /** The tag of the language a text is shown in for a reader of {@code language} (its own, else the fallback). */
    static String shownIn(LocalizedText text, Locale language) {
        String shown = text.languageIn(language);
        return shown == null ? Languages.tagOf(language) : shown;
    }
}
