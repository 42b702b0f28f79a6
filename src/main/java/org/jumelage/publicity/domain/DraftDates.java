package org.jumelage.publicity.domain;

import java.time.LocalDate;
import java.time.format.TextStyle;
import java.util.Locale;
import org.jspecify.annotations.Nullable;

/**
 * Dates and date ranges as Latvian and English readers expect them in a news item.
 *
 * <p>Latvian (month forms from {@code publicity/months-lv.csv}): the locative for days of one month,
 * “2018. gada 8. novembrī”, “2018. gada 8.–12. novembrī”; “no … līdz …” with the genitive and the
 * dative across months, “no 2018. gada 28. novembra līdz 2. decembrim”, and across years
 * “no 2018. gada 28. decembra līdz 2019. gada 2. janvārim”. Numeric dates end with a full stop, as
 * Latvian ordinals do: “08.11.2018.”.
 *
 * <p>English (day month year, the EU's English style): “8 November 2018”, “8–12 November 2018”,
 * “28 November – 2 December 2018”, “28 December 2018 – 2 January 2019”.
 */
final class DraftDates {

    /** The en dash between days of one range; spaced when either side holds more than a day. */
    static final String DASH = "–";

    private static final WordForms LATVIAN_MONTHS = WordForms.read("publicity/months-lv.csv");

    private DraftDates() {}

    /**
     * The day or days as an adverbial of time: “2018. gada 8.–12. novembrī”.
     *
     * @param end the last day, or {@code null} (or the start day itself) for a single day
     * @throws IllegalArgumentException when the end comes before the start
     */
    static String latvian(LocalDate start, @Nullable LocalDate end) {
        LocalDate last = lastDay(start, end);
        if (last.equals(start)) {
            return year(start) + " " + start.getDayOfMonth() + ". " + month(start, "locative");
        }
        if (sameMonth(start, last)) {
            return year(start) + " " + start.getDayOfMonth() + "." + DASH + last.getDayOfMonth() + ". "
                    + month(start, "locative");
        }
        String to = (start.getYear() == last.getYear() ? "" : year(last) + " ") + last.getDayOfMonth() + ". "
                + month(last, "dative");
        return "no " + year(start) + " " + start.getDayOfMonth() + ". " + month(start, "genitive") + " līdz " + to;
    }

    /** A day as Latvian official documents write it: “08.11.2018.”. */
    static String latvianNumeric(LocalDate date) {
        return String.format(
                Locale.ROOT, "%02d.%02d.%04d.", date.getDayOfMonth(), date.getMonthValue(), date.getYear());
    }

    /** A period in numbers, as the origin documents give the implementation period: “08.11.2018.–12.11.2018.”. */
    static String latvianNumeric(LocalDate start, @Nullable LocalDate end) {
        LocalDate last = lastDay(start, end);
        return last.equals(start) ? latvianNumeric(start) : latvianNumeric(start) + DASH + latvianNumeric(last);
    }

    /**
     * The day or days in English: “8–12 November 2018”.
     *
     * @param end the last day, or {@code null} (or the start day itself) for a single day
     * @throws IllegalArgumentException when the end comes before the start
     */
    static String english(LocalDate start, @Nullable LocalDate end) {
        LocalDate last = lastDay(start, end);
        if (last.equals(start)) {
            return englishDay(start) + " " + start.getYear();
        }
        if (sameMonth(start, last)) {
            return start.getDayOfMonth() + DASH + last.getDayOfMonth() + " " + englishMonth(start) + " "
                    + start.getYear();
        }
        if (start.getYear() == last.getYear()) {
            return englishDay(start) + " " + DASH + " " + englishDay(last) + " " + last.getYear();
        }
        return englishDay(start) + " " + start.getYear() + " " + DASH + " " + englishDay(last) + " " + last.getYear();
    }

    private static LocalDate lastDay(LocalDate start, @Nullable LocalDate end) {
        if (end == null) {
            return start;
        }
        if (end.isBefore(start)) {
            throw new IllegalArgumentException("The range ends (" + end + ") before it starts (" + start + ")");
        }
        return end;
    }

    private static boolean sameMonth(LocalDate a, LocalDate b) {
        return a.getYear() == b.getYear() && a.getMonth() == b.getMonth();
    }

    private static String year(LocalDate date) {
        return date.getYear() + ". gada";
    }

    private static String month(LocalDate date, String form) {
        return LATVIAN_MONTHS.form(Integer.toString(date.getMonthValue()), form);
    }

    private static String englishDay(LocalDate date) {
        return date.getDayOfMonth() + " " + englishMonth(date);
    }

    private static String englishMonth(LocalDate date) {
        return date.getMonth().getDisplayName(TextStyle.FULL, Locale.ENGLISH);
    }
}
