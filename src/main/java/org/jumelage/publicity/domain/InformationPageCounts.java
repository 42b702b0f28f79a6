package org.jumelage.publicity.domain;

import java.text.Collator;
import java.util.Comparator;
import java.util.List;
import java.util.Locale;
import org.jspecify.annotations.Nullable;
import org.jumelage.participation.AttendanceStatistics;
import org.jumelage.participation.PublicAttendance;
import org.jumelage.shared.Countries;

/**
 * How the public information page counts participants, the one place to change it. A participant is
 * a confirmed person present on at least one day of the event, counted under their own country
 * ({@link PublicAttendance}, the same counting as the event's statistics and the final report). Never
 * a name.
 *
 * <p>Countries with fewer than {@value AttendanceStatistics#SMALLEST_SHOWN} participants are shown
 * as "fewer than 5" ({@link #EXACT} is {@code false}), and when only one country is, the smallest
 * other one is shown as "not shown" so that the small one cannot be worked out from the total: the page is public for years and a group of
 * two people from one town is recognisable, while the Europe for Citizens condition ("the number of
 * participants per country") is met by the exact total and the countries named. Should a programme
 * body insist on the exact figure per country, set {@link PublicAttendance#EXACT_IN_PUBLIC} to {@code true}: the page, its PDF
 * and the address stay the same.
 */
final class InformationPageCounts {

    /** Whether the page gives every country's exact figure; see the class comment. */
    static final boolean EXACT = PublicAttendance.EXACT_IN_PUBLIC;

    private InformationPageCounts() {}

    /** The countries with participants, most first (then by name in the language); figures not shown as {@code null}. */
    static List<InformationPageView.CountryRow> rows(PublicAttendance.Counts counts, Locale locale) {
        Collator collator = Collator.getInstance(locale);
        return counts.byCountry().stream()
                .map(count -> new InformationPageView.CountryRow(
                        count.country(), Countries.name(count.country(), locale), count.present(), count.fewer()))
                .sorted(Comparator.comparingInt(InformationPageCounts::sortKey)
                        .thenComparing(InformationPageView.CountryRow::name, collator))
                .toList();
    }

    /** Larger groups first; those without a figure after every shown one. */
    private static int sortKey(InformationPageView.CountryRow row) {
        @Nullable Integer participants = row.participants();
        return participants == null ? 0 : -participants;
    }
}
