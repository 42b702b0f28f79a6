package org.jumelage.publicity;

import java.time.LocalDate;
import java.util.Locale;
import org.jumelage.shared.Languages;

/**
 * The public information page of an event that has taken place, as a final report cites it: the
 * place and dates, the participants per country and the activities per day, kept online under a
 * stable address ({@code /{lang}/events/{id}/information}) that does not change with the event's
 * title and does not expire.
 *
 * @param language the page's language ({@code lv} or {@code en})
 * @param path the address on the site, for example {@code /en/events/7/information}
 * @param url the absolute address, on the instance's public URL
 * @param pdfFileName a file name for the page printed to PDF, for example {@code information-event-7-en.pdf}
 * @param lastDay the event's last day, in its time zone; the page exists from the day after
 */
public record InformationPage(
        long eventId, long projectId, String language, String path, String url, String pdfFileName, LocalDate lastDay) {

    /** The path of an event's information page in a language, the one definition of the address. */
    public static String path(Locale language, long eventId) {
        return "/" + Languages.tagOf(language) + "/events/" + eventId + "/information";
    }
}
