package org.jumelage.publicity.domain;

import java.time.Clock;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.List;
import java.util.Locale;
import java.util.Objects;
import java.util.Optional;
import org.jspecify.annotations.Nullable;
import org.jumelage.event.EventSummary;
import org.jumelage.participation.PublicAttendance;
import org.jumelage.programme.FundingStatement;
import org.jumelage.programme.MeasureSummary;
import org.jumelage.programme.ProgrammeCatalogue;
import org.jumelage.project.ProjectDetails;
import org.jumelage.publicity.InformationPage;
import org.jumelage.publicity.PublicContent;
import org.jumelage.shared.Countries;
import org.jumelage.shared.Languages;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Transactional;

/**
 * Reads the public information page of an event: it exists while the event is public ({@link
 * PublicContent}, the one definition) and its last day is before today in the event's own time zone.
 * Nothing here expires: the page stays for as long as the event stays public.
 */
@Component
@Transactional(readOnly = true)
public class InformationPageReader {

    private final PublicContent content;
    private final PublicAttendance attendance;
    private final ProgrammeCatalogue catalogue;
    private final Clock clock;
    private final FeedAddresses addresses;

    InformationPageReader(
            PublicContent content,
            PublicAttendance attendance,
            ProgrammeCatalogue catalogue,
            Clock clock,
            @Value("${jumelage.public-url:http://localhost:8080}") String publicUrl) {
        this.content = content;
        this.attendance = attendance;
        this.catalogue = catalogue;
        this.clock = clock;
        this.addresses = new FeedAddresses(publicUrl);
    }

    /** The requested language when it is one of {@link Languages#ALL}, English otherwise. */
    public static Locale language(Locale requested) {
        return Languages.locale(Languages.knownOrDefault(Languages.tagOf(requested)));
    }

    /** The page's address, when the event has one. */
    public Optional<InformationPage> page(long eventId, Locale language) {
        return content.event(eventId).flatMap(event -> page(event, language));
    }

    /** The pages of the project's public events that are over, by date. */
    public List<InformationPage> pages(long projectId, Locale language) {
        return content.events(projectId).stream()
                .flatMap(event -> page(event, language).stream())
                .toList();
    }

    /** The page of a public event (as {@link PublicContent} answered it), when it is over. */
    public Optional<InformationPage> page(EventSummary publicEvent, Locale language) {
        LocalDate lastDay = lastDay(publicEvent);
        if (lastDay == null || !lastDay.isBefore(today(publicEvent))) {
            return Optional.empty();
        }
        Locale locale = language(language);
        String lang = Languages.tagOf(locale);
        return Optional.of(new InformationPage(
                publicEvent.id(),
                publicEvent.projectId(),
                lang,
                InformationPage.path(locale, publicEvent.id()),
                addresses.informationPage(locale, publicEvent.id()),
                "information-event-" + publicEvent.id() + "-" + lang + ".pdf",
                lastDay));
    }

    /** Everything the page shows, when the event has one. */
    public Optional<InformationPageView> view(long eventId, Locale language) {
        Locale locale = language(language);
        EventSummary event = content.event(eventId).orElse(null);
        if (event == null) {
            return Optional.empty();
        }
        InformationPage page = page(event, locale).orElse(null);
        ProjectDetails project = content.project(event.projectId()).orElse(null);
        if (page == null || project == null) {
            return Optional.empty();
        }
        MeasureSummary measure = catalogue.measure(project.summary().measure()).orElse(null);
        PublicAttendance.Counts counts = attendance.byCountry(eventId, InformationPageCounts.EXACT);
        boolean fallback = event.agenda().isFallbackIn(locale);
        String agendaLanguage = Objects.requireNonNullElse(event.agenda().languageIn(locale), Languages.tagOf(locale));
        return Optional.of(new InformationPageView(
                page,
                event,
                project,
                measure,
                event.hostPlaces().stream()
                        .map(place -> place.name() + " (" + Countries.name(place.country(), locale) + ")")
                        .toList(),
                InformationPageCounts.rows(counts, locale),
                counts.present(),
                AgendaDays.read(event.agenda().in(locale), event.startDate(), event.endDate()),
                agendaLanguage,
                fallback,
                FundingStatement.messageKey(measure == null ? null : measure.programmeCode())));
    }

    private static @Nullable LocalDate lastDay(EventSummary event) {
        return event.endDate() != null ? event.endDate() : event.startDate();
    }

    private LocalDate today(EventSummary event) {
        return LocalDate.now(clock.withZone(ZoneId.of(event.timeZone())));
    }
}
