package org.jumelage.publicity;

import java.io.OutputStream;
import java.util.List;
import java.util.Locale;
import java.util.Optional;

/**
 * The public information pages of events, which the Europe for Citizens programme makes a condition
 * of payment (published per event: place and dates, participants per country, activities per day)
 * and a final report links to. An event has one while it is public ({@link PublicContent}) and its
 * last day is before today in the event's time zone; there is one per site language (Latvian and
 * English). The counts are per participant's country, never names; small groups are shown as
 * "fewer than 5" (see docs/architecture.md, "The public information page"). No permission is checked:
 * everything here is public.
 */
public interface InformationPages {

    /**
     * The information page of the event in the language, or empty when the event is not public, not
     * over yet or unknown.
     *
     * @param language Latvian or English; any other language gets the English page
     */
    Optional<InformationPage> informationPage(long eventId, Locale language);

    /** The information pages of the project's public events that have taken place, in the language, by date. */
    List<InformationPage> informationPages(long projectId, Locale language);

    /**
     * Prints the event's information page as PDF (A4, with the EU emblem and the programme's funding
     * statement, DejaVu fonts) to {@code out}, which stays open.
     *
     * @param language Latvian or English; any other language gets the English page
     * @throws PublicityException not found when the event has no information page
     */
    void writePdf(long eventId, Locale language, OutputStream out);
}
