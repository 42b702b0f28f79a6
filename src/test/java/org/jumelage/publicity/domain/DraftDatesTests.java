package org.jumelage.publicity.domain;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.LocalDate;
import java.time.Month;
import java.time.format.TextStyle;
import java.util.List;
import java.util.Locale;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.Combinators;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;
import net.jqwik.api.Tuple;
import net.jqwik.api.Tuple.Tuple2;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/**
 * Dates as Latvian and English readers expect them: every shape by example, and, over generated
 * ranges, that a reader gets back exactly the days that were meant (the text parses back to them).
 */
class DraftDatesTests {

    static final LocalDate NOV_8 = LocalDate.of(2018, 11, 8);

    @ParameterizedTest
    @CsvSource(delimiter = '|', textBlock = """
            2018-11-08 | 2018-11-08 | 2018. gada 8. novembrī
            2018-11-08 | 2018-11-12 | 2018. gada 8.–12. novembrī
            2018-11-28 | 2018-12-02 | no 2018. gada 28. novembra līdz 2. decembrim
            2018-12-28 | 2019-01-02 | no 2018. gada 28. decembra līdz 2019. gada 2. janvārim
            2018-05-23 | 2018-05-24 | 2018. gada 23.–24. maijā
            2018-03-31 | 2018-04-01 | no 2018. gada 31. marta līdz 1. aprīlim
            2019-04-30 | 2019-05-02 | no 2019. gada 30. aprīļa līdz 2. maijam
            2018-08-01 | 2018-09-30 | no 2018. gada 1. augusta līdz 30. septembrim
            2018-10-01 | 2018-10-01 | 2018. gada 1. oktobrī
            2018-02-01 | 2018-03-01 | no 2018. gada 1. februāra līdz 1. martam
            2018-06-30 | 2018-07-01 | no 2018. gada 30. jūnija līdz 1. jūlijam
            """)
    void latvianAsTheDocumentsWriteIt(LocalDate start, LocalDate end, String expected) {
        assertThat(DraftDates.latvian(start, end)).isEqualTo(expected);
    }

    @ParameterizedTest
    @CsvSource(delimiter = '|', textBlock = """
            2018-11-08 | 2018-11-08 | 8 November 2018
            2018-11-08 | 2018-11-12 | 8–12 November 2018
            2018-11-28 | 2018-12-02 | 28 November – 2 December 2018
            2018-12-28 | 2019-01-02 | 28 December 2018 – 2 January 2019
            """)
    void englishDayMonthYear(LocalDate start, LocalDate end, String expected) {
        assertThat(DraftDates.english(start, end)).isEqualTo(expected);
    }

    @Test
    void aMissingEndIsOneDay() {
        assertThat(DraftDates.latvian(NOV_8, null)).isEqualTo("2018. gada 8. novembrī");
        assertThat(DraftDates.english(NOV_8, null)).isEqualTo("8 November 2018");
        assertThat(DraftDates.latvianNumeric(NOV_8, null)).isEqualTo("08.11.2018.");
    }

    @Test
    void latvianNumbersEndWithAFullStopAsOrdinalsDo() {
        assertThat(DraftDates.latvianNumeric(NOV_8, LocalDate.of(2018, 11, 12))).isEqualTo("08.11.2018.–12.11.2018.");
        assertThat(DraftDates.latvianNumeric(LocalDate.of(2018, 3, 1), LocalDate.of(2020, 2, 1)))
                .isEqualTo("01.03.2018.–01.02.2020.");
    }

    @Test
    void aRangeEndingBeforeItStartsIsRefused() {
        assertThatThrownBy(() -> DraftDates.latvian(NOV_8, NOV_8.minusDays(1)))
                .isInstanceOf(IllegalArgumentException.class);
        assertThatThrownBy(() -> DraftDates.english(NOV_8, NOV_8.minusDays(1)))
                .isInstanceOf(IllegalArgumentException.class);
    }

    @Test
    void everyMonthHasItsFourLatvianForms() {
        WordForms months = WordForms.read("publicity/months-lv.csv");
        assertThat(months.keys()).hasSize(12);
        assertThat(months.columns()).containsExactly("nominative", "genitive", "locative", "dative");
        for (String month : months.keys()) {
            String locative = months.form(month, "locative");
            assertThat(locative.endsWith("ī") || locative.endsWith("ā"))
                    .as(locative)
                    .isTrue();
            assertThat(months.form(month, "dative")).endsWith("m");
        }
        assertThat(months.form("3", "locative")).isEqualTo("martā");
    }

    // --- properties -------------------------------------------------------------------------------

    @Provide
    Arbitrary<Tuple2<LocalDate, LocalDate>> ranges() {
        Arbitrary<LocalDate> starts = Arbitraries.longs()
                .between(
                        LocalDate.of(1990, 1, 1).toEpochDay(),
                        LocalDate.of(2060, 12, 31).toEpochDay())
                .map(LocalDate::ofEpochDay);
        Arbitrary<Integer> lengths = Arbitraries.frequencyOf(
                Tuple.of(3, Arbitraries.integers().between(0, 6)),
                Tuple.of(2, Arbitraries.integers().between(7, 45)),
                Tuple.of(1, Arbitraries.integers().between(46, 800)));
        return Combinators.combine(starts, lengths).as((start, days) -> Tuple.of(start, start.plusDays(days)));
    }

    @Property(tries = 500)
    void aLatvianReaderGetsBackTheDaysMeant(@ForAll("ranges") Tuple2<LocalDate, LocalDate> range) {
        String text = DraftDates.latvian(range.get1(), range.get2());
        assertThat(Latvian.parse(text)).isEqualTo(range);
        assertThat(text.startsWith("no ")).isEqualTo(!sameMonth(range.get1(), range.get2()));
        assertThat(text).doesNotContain("  ").doesNotEndWith(" ");
    }

    @Property(tries = 500)
    void anEnglishReaderGetsBackTheDaysMeant(@ForAll("ranges") Tuple2<LocalDate, LocalDate> range) {
        String text = DraftDates.english(range.get1(), range.get2());
        assertThat(English.parse(text)).isEqualTo(range);
        assertThat(text.split("20\\d\\d|19\\d\\d", -1).length - 1)
                .as("the year is written once unless the range crosses years")
                .isEqualTo(range.get1().getYear() == range.get2().getYear() ? 1 : 2);
    }

    private static boolean sameMonth(LocalDate a, LocalDate b) {
        return a.getYear() == b.getYear() && a.getMonth() == b.getMonth();
    }

    /** A reader of the Latvian forms, written from the grammar, not from the code under test. */
    static final class Latvian {

        static final List<String> LOCATIVE = List.of(
                "janvārī",
                "februārī",
                "martā",
                "aprīlī",
                "maijā",
                "jūnijā",
                "jūlijā",
                "augustā",
                "septembrī",
                "oktobrī",
                "novembrī",
                "decembrī");
        static final List<String> GENITIVE = List.of(
                "janvāra",
                "februāra",
                "marta",
                "aprīļa",
                "maija",
                "jūnija",
                "jūlija",
                "augusta",
                "septembra",
                "oktobra",
                "novembra",
                "decembra");
        static final List<String> DATIVE = List.of(
                "janvārim",
                "februārim",
                "martam",
                "aprīlim",
                "maijam",
                "jūnijam",
                "jūlijam",
                "augustam",
                "septembrim",
                "oktobrim",
                "novembrim",
                "decembrim");

        static final Pattern ONE_MONTH = Pattern.compile("(\\d{4})\\. gada (\\d{1,2})\\.(?:–(\\d{1,2})\\.)? (\\S+)");
        static final Pattern ACROSS = Pattern.compile(
                "no (\\d{4})\\. gada (\\d{1,2})\\. (\\S+) līdz (?:(\\d{4})\\. gada )?(\\d{1,2})\\. (\\S+)");

        static Tuple2<LocalDate, LocalDate> parse(String text) {
            Matcher one = ONE_MONTH.matcher(text);
            if (one.matches()) {
                int year = Integer.parseInt(one.group(1));
                int month = index(LOCATIVE, one.group(4));
                LocalDate start = LocalDate.of(year, month, Integer.parseInt(one.group(2)));
                return Tuple.of(
                        start, one.group(3) == null ? start : start.withDayOfMonth(Integer.parseInt(one.group(3))));
            }
            Matcher across = ACROSS.matcher(text);
            assertThat(across.matches()).as(text).isTrue();
            int year = Integer.parseInt(across.group(1));
            int endYear = across.group(4) == null ? year : Integer.parseInt(across.group(4));
            return Tuple.of(
                    LocalDate.of(year, index(GENITIVE, across.group(3)), Integer.parseInt(across.group(2))),
                    LocalDate.of(endYear, index(DATIVE, across.group(6)), Integer.parseInt(across.group(5))));
        }

        private static int index(List<String> forms, String form) {
            int index = forms.indexOf(form);
            assertThat(index).as(form).isNotNegative();
            return index + 1;
        }
    }

    /** A reader of the English forms. */
    static final class English {

        static final Pattern DATE = Pattern.compile("(?:(\\d{1,2})–)?(\\d{1,2}) ([A-Z][a-z]+)(?: (\\d{4}))?");

        static Tuple2<LocalDate, LocalDate> parse(String text) {
            String[] sides = text.split(" – ", -1);
            assertThat(sides.length).as(text).isBetween(1, 2);
            Matcher last = DATE.matcher(sides[sides.length - 1]);
            assertThat(last.matches()).as(text).isTrue();
            LocalDate end = LocalDate.of(
                    Integer.parseInt(last.group(4)), month(last.group(3)), Integer.parseInt(last.group(2)));
            if (sides.length == 1) {
                return Tuple.of(last.group(1) == null ? end : end.withDayOfMonth(Integer.parseInt(last.group(1))), end);
            }
            assertThat(last.group(1)).isNull();
            Matcher first = DATE.matcher(sides[0]);
            assertThat(first.matches()).as(text).isTrue();
            assertThat(first.group(1)).isNull();
            int year = first.group(4) == null ? end.getYear() : Integer.parseInt(first.group(4));
            return Tuple.of(LocalDate.of(year, month(first.group(3)), Integer.parseInt(first.group(2))), end);
        }

        private static int month(String name) {
            for (Month month : Month.values()) {
                if (month.getDisplayName(TextStyle.FULL, Locale.ENGLISH).equals(name)) {
                    return month.getValue();
                }
            }
            throw new AssertionError("No month " + name);
        }
    }
}
