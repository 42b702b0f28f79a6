package org.jumelage.publicity.domain;

import java.time.LocalDate;
import java.util.List;
import java.util.Locale;
import org.jspecify.annotations.Nullable;
import org.jumelage.event.EventSummary;
import org.jumelage.participation.AttendanceStatistics;
import org.jumelage.programme.MeasureSummary;
import org.jumelage.project.ProjectDetails;
import org.jumelage.publicity.InformationPage;
import org.jumelage.shared.LocalFormats;

/**
 * What an event's public information page shows, the same for the page and its PDF.
 *
 * @param places the host places as "town (country)" in the page's language
 * @param countries the participants' countries, most participants first
 * @param participants the participants (present on at least one day), exact
 * @param agenda the agenda in the page's language (or the other one when missing), by day when it names the days
 * @param agendaLanguage the language the agenda is written in
 * @param agendaFallback whether the agenda is in the other language because the page's is missing
 * @param fundingKey the message key of the programme's funding statement
 */
public record InformationPageView(
        InformationPage page,
        EventSummary event,
        ProjectDetails project,
        @Nullable MeasureSummary measure,
        List<String> places,
        List<CountryRow> countries,
        int participants,
        AgendaDays.Agenda agenda,
        String agendaLanguage,
        boolean agendaFallback,
        String fundingKey) {

    /** The smallest group shown with its number; smaller ones read "fewer than" this. */
    public static final int SMALLEST_SHOWN = AttendanceStatistics.SMALLEST_SHOWN;

    public InformationPageView {
        places = List.copyOf(places);
        countries = List.copyOf(countries);
    }

    /** The first day: the start date, or the last day when the event has no start date. */
    public LocalDate firstDay() {
        return event.startDate() == null ? page.lastDay() : event.startDate();
    }

    /** Whether the event lasted one day. */
    public boolean oneDay() {
        return firstDay().equals(page.lastDay());
    }

    /** Whether every country's exact figure is shown ({@link InformationPageCounts#EXACT}). */
    public boolean exact() {
        return InformationPageCounts.EXACT;
    }

    /** The smallest group shown with its number. */
    public int smallestShown() {
        return SMALLEST_SHOWN;
    }

    /** Whether anyone was recorded present: without attendance the page says so instead of showing zeros. */
    public boolean attendanceRecorded() {
        return participants > 0;
    }

    /**
     * A country and its participants.
     *
     * @param participants the people present, or {@code null} when not shown
     * @param fewer whether not shown for being fewer than {@value AttendanceStatistics#SMALLEST_SHOWN}; a figure not
     *     shown otherwise is withheld so that the small one cannot be worked out from the total
     */
    public record CountryRow(
            String code, String name, @Nullable Integer participants, boolean fewer) {

        public boolean withheld() {
            return participants == null && !fewer;
        }
    }

    /** Whether a figure is withheld to protect a small one (the page then says why). */
    public boolean anyWithheld() {
        return countries.stream().anyMatch(CountryRow::withheld);
    }

    /** Dates and numbers as the site writes them in a language, for the PDF (pages use {@code @formats}). */
    public record Formats(Locale locale) {

        public String date(LocalDate date) {
            return LocalFormats.date(date, locale);
        }

        public String number(Number number) {
            return LocalFormats.number(number, locale);
        }
    }
}
