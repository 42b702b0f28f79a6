package org.jumelage.shared;

import static org.assertj.core.api.Assertions.assertThat;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.Locale;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.ValueSource;

/** Numbers, amounts and dates as Latvian and English write and read them. */
class LocalFormatsTests {

    static final Locale LV = Locale.forLanguageTag("lv");
    static final Locale EN = Locale.ENGLISH;

    @ParameterizedTest
    @CsvSource(
            delimiter = '|',
            value = {
                "99 000,00 | 99000.00",
                "99000,5 | 99000.5",
                "99 000 | 99000",
                "1\u00A0234,56 | 1234.56",
                "1\u202F234 | 1234",
                "12.5 | 12.5",
                "-3,25 | -3.25"
            })
    void readsLatvianNumbers(String text, String expected) {
        assertThat(LocalFormats.parseNumber(text, LV)).hasValue(new BigDecimal(expected));
    }

    @ParameterizedTest
    @CsvSource(
            delimiter = '|',
            value = {"99,000.00 | 99000.00", "99000.5 | 99000.5", "1,234,567 | 1234567", "99 000 | 99000"})
    void readsEnglishNumbers(String text, String expected) {
        assertThat(LocalFormats.parseNumber(text, EN)).hasValue(new BigDecimal(expected));
    }

    @ParameterizedTest
    @ValueSource(strings = {"99.000,00", "99,00", "1,2,3", "EUR 5", "", "12a"})
    void refusesWhatEnglishDoesNotWrite(String text) {
        assertThat(LocalFormats.parseNumber(text, EN)).isEmpty();
    }

    @ParameterizedTest
    @ValueSource(strings = {"99.000,00", "EUR 5", "", "1,2,3"})
    void refusesWhatLatvianDoesNotWrite(String text) {
        assertThat(LocalFormats.parseNumber(text, LV)).isEmpty();
    }

    @Test
    void writesAmountsAsEachLanguageDoes() {
        assertThat(LocalFormats.amount(new BigDecimal("99000"), LV)).isEqualTo("99\u00A0000,00");
        assertThat(LocalFormats.amount(new BigDecimal("99000"), EN)).isEqualTo("99,000.00");
        assertThat(LocalFormats.amount(new BigDecimal("0.005"), EN)).isEqualTo("0.01");
        assertThat(LocalFormats.number(new BigDecimal("1234.5"), LV)).isEqualTo("1\u00A0234,5");
    }

    @Test
    void aFormatHandedOutIsACopyThatMayBeChanged() {
        java.text.NumberFormat changed = LocalFormats.numberFormat(LV, 2, 2);
        changed.setMaximumFractionDigits(0);
        changed.setGroupingUsed(false);

        assertThat(changed.format(new BigDecimal("99000.25"))).isEqualTo("99000");
        assertThat(LocalFormats.numberFormat(LV, 2, 2).format(new BigDecimal("99000.25")))
                .isEqualTo("99\u00A0000,25");
        assertThat(LocalFormats.amount(new BigDecimal("99000.25"), LV)).isEqualTo("99\u00A0000,25");
    }

    @Test
    void whatIsWrittenIsReadBack() {
        for (Locale locale : new Locale[] {LV, EN}) {
            BigDecimal amount = new BigDecimal("1234567.89");
            assertThat(LocalFormats.parseNumber(LocalFormats.amount(amount, locale), locale))
                    .hasValue(amount);
        }
    }

    @Test
    void oneDateFormatPerLanguageAndYearsAreNotGrouped() {
        LocalDate day = LocalDate.of(2014, 11, 8);
        assertThat(LocalFormats.date(day, LV)).isEqualTo("08.11.2014");
        assertThat(LocalFormats.date(day, EN)).isEqualTo("8 Nov 2014");
        assertThat(LocalFormats.year(2014)).isEqualTo("2014");
        assertThat(LocalFormats.date(java.time.Instant.parse("2014-11-08T23:30:00Z"), LV))
                .isEqualTo("08.11.2014");
    }

    @Test
    void aYearInAMessageIsNotGrouped() {
        IcuMessageSource messages = IcuMessageSourceTests.MESSAGES;
        assertThat(messages.getMessage(
                        "project.page.reference-reading", new Object[] {"601234", 2014, 1, "LV", "TT"}, LV))
                .contains("gads 2014,")
                .doesNotContain("2\u00A0014");
        assertThat(messages.getMessage("programme.plan.year-not-deadline", new Object[] {2014, 2015}, EN))
                .isEqualTo("The call year 2014 is not the year of the deadline (2015).");
    }

    /** Templates not yet converted to {@code @formats.date} read {@code format.date}: it must say the same. */
    @Test
    void theBundlesDatePatternIsTheSameDefinition() {
        LocalDate day = LocalDate.of(2018, 11, 8);
        for (Locale locale : new Locale[] {LV, EN}) {
            String pattern = IcuMessageSourceTests.MESSAGES.getMessage("format.date", null, locale);
            assertThat(java.time.format.DateTimeFormatter.ofPattern(pattern, locale)
                            .format(day))
                    .isEqualTo(LocalFormats.date(day, locale));
        }
    }

    @Test
    void everyLanguageWritesAsCldrSays() {
        LocalDate day = LocalDate.of(2014, 11, 8);
        assertThat(LocalFormats.date(day, Locale.GERMAN)).isEqualTo("08.11.2014");
        assertThat(LocalFormats.date(day, Locale.forLanguageTag("pl"))).isEqualTo("8 lis 2014");
        assertThat(LocalFormats.date(day, Locale.forLanguageTag("hu"))).isEqualTo("2014. nov. 8.");
        assertThat(LocalFormats.amount(new BigDecimal("99000"), Locale.GERMAN)).isEqualTo("99.000,00");
        assertThat(LocalFormats.amount(new BigDecimal("99000"), Locale.forLanguageTag("ga")))
                .isEqualTo("99,000.00");
        assertThat(LocalFormats.parseNumber("99.000,50", Locale.GERMAN)).hasValue(new BigDecimal("99000.50"));
        assertThat(LocalFormats.parseNumber("12,5", Locale.GERMAN)).hasValue(new BigDecimal("12.5"));
        assertThat(LocalFormats.parseNumber("99,000.00", Locale.GERMAN)).isEmpty();
    }

    @Test
    void inEveryLanguageWhatIsWrittenIsReadBackAndDatesDiffer() {
        BigDecimal amount = new BigDecimal("-1234567.89");
        java.util.Set<String> dates = new java.util.HashSet<>();
        for (String tag : Languages.ALL) {
            Locale locale = Languages.locale(tag);
            assertThat(LocalFormats.parseNumber(LocalFormats.amount(amount, locale), locale))
                    .as(tag)
                    .hasValue(amount);
            String date = LocalFormats.date(LocalDate.of(2014, 11, 8), locale);
            assertThat(date).as(tag).contains("2014");
            dates.add(date);
        }
        assertThat(dates).as("not one format for all").hasSizeGreaterThan(10);
    }
}
