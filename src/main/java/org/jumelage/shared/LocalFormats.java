package org.jumelage.shared;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.text.DecimalFormat;
import java.text.DecimalFormatSymbols;
import java.text.NumberFormat;
import java.time.Instant;
import java.time.ZoneOffset;
import java.time.format.DateTimeFormatter;
import java.time.format.FormatStyle;
import java.time.temporal.TemporalAccessor;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.ConcurrentHashMap;
import java.util.regex.Pattern;
import org.jspecify.annotations.Nullable;

/**
 * How each language writes and reads numbers, amounts and dates, the one definition that pages, forms,
 * mails, check-in and documents use. Latvian groups thousands with a no-break space and writes a
 * decimal comma ({@code 99 000,00}, {@code 08.11.2018}); English groups with a comma and writes a
 * decimal point ({@code 99,000.00}, {@code 8 Nov 2018}). Every other language of
 * {@link Languages#ALL} writes as CLDR (the JDK's locale data) says: its number symbols (German
 * {@code 99.000,00}, French {@code 99 000,00}) and its medium date ({@code 08.11.2018},
 * {@code 8 lis 2018}). Years are never grouped.
 */
public final class LocalFormats {

    /** The no-break space Latvian puts between groups of thousands. */
    public static final char GROUPING_SPACE = '\u00A0';

    private static final DateTimeFormatter LATVIAN_DATE = DateTimeFormatter.ofPattern("dd.MM.yyyy", Locale.ROOT);
    private static final DateTimeFormatter ENGLISH_DATE = DateTimeFormatter.ofPattern("d MMM yyyy", Locale.ENGLISH);

    private static final Map<Locale, DateTimeFormatter> DATES = new ConcurrentHashMap<>();

    /**
     * Each language's number formats, made once: a {@link DecimalFormat} looks up the language's
     * data and parses its pattern when it is made, which cost a dashboard with a few thousand numbers
     * a twentieth of its time (issue #17). Handed out as copies, since a format is neither
     * immutable nor safe for several threads.
     */
    private static final Map<NumberStyle, DecimalFormat> NUMBER_FORMATS = new ConcurrentHashMap<>();

    /** The formats {@link #number} and {@link #amount} write with, one set per thread: they never leave it. */
    private static final ThreadLocal<Map<NumberStyle, NumberFormat>> WRITING =
            ThreadLocal.withInitial(java.util.HashMap::new);

    private record NumberStyle(Locale locale, int minDecimals, int maxDecimals) {}

    /** Digits with optional grouping and one optional decimal separator, as {@link #parseNumber} reads them. */
    private static final Pattern PLAIN_NUMBER = Pattern.compile("-?[0-9]+([.,][0-9]+)?");

    private LocalFormats() {}

    private static boolean latvian(Locale locale) {
        return "lv".equals(locale.getLanguage());
    }

    /** English, and any locale that names no language of its own, write as English does. */
    private static boolean english(Locale locale) {
        return locale.getLanguage().isEmpty() || "en".equals(locale.getLanguage());
    }

    /** The symbols of the language: grouping and decimal separator (CLDR's, through the JDK). */
    public static DecimalFormatSymbols symbols(Locale locale) {
        if (english(locale)) {
            return DecimalFormatSymbols.getInstance(Locale.ENGLISH);
        }
        DecimalFormatSymbols symbols = DecimalFormatSymbols.getInstance(locale);
        if (latvian(locale)) {
            symbols.setGroupingSeparator(GROUPING_SPACE);
            symbols.setDecimalSeparator(',');
        }
        return symbols;
    }

    /** A grouped number format with between {@code minDecimals} and {@code maxDecimals} decimals. */
    public static NumberFormat numberFormat(Locale locale, int minDecimals, int maxDecimals) {
        return (NumberFormat) NUMBER_FORMATS
                .computeIfAbsent(new NumberStyle(locale, minDecimals, maxDecimals), LocalFormats::newNumberFormat)
                .clone();
    }

    private static DecimalFormat newNumberFormat(NumberStyle style) {
        DecimalFormat format = new DecimalFormat("#,##0", symbols(style.locale()));
        format.setMinimumFractionDigits(style.minDecimals());
        format.setMaximumFractionDigits(style.maxDecimals());
        format.setRoundingMode(RoundingMode.HALF_UP);
        format.setParseBigDecimal(true);
        return format;
    }

    /** A number as the language writes it, with the decimals it has (at most six). */
    public static String number(Number number, Locale locale) {
        return write(number, locale, 0, 6);
    }

    /** An amount of money, always with two decimals (rounded half up): {@code 99 000,00}, {@code 99,000.00}. */
    public static String amount(BigDecimal amount, Locale locale) {
        return write(amount, locale, 2, 2);
    }

    private static String write(Number number, Locale locale, int minDecimals, int maxDecimals) {
        return WRITING.get()
                .computeIfAbsent(
                        new NumberStyle(locale, minDecimals, maxDecimals),
                        style -> numberFormat(style.locale(), style.minDecimals(), style.maxDecimals()))
                .format(number);
    }

    /**
     * A number as a person types it in the language: Latvian {@code 99 000,00}, {@code 99000,5} (spaces,
     * no-break spaces or apostrophes between groups, a decimal comma; a decimal point is read too when
     * there is no comma), English {@code 99,000.00}, {@code 99000.5}. Empty when it is no number, or
     * when a separator stands where the language does not put it (English {@code 99.000,00}).
     */
    public static Optional<BigDecimal> parseNumber(@Nullable String text, Locale locale) {
        if (text == null) {
            return Optional.empty();
        }
        String squeezed =
                text.strip().replaceAll("[\\s\\u00A0\\u202F\\u2009']", "").replace('\u2212', '-');
        String plain;
        DecimalFormatSymbols symbols = symbols(locale);
        boolean decimalComma = symbols.getDecimalSeparator() == ',';
        if (decimalComma && symbols.getGroupingSeparator() == '.') {
            // German, Italian, Serbian …: 99.000,00; a lone point is a decimal point unless it groups thousands.
            if (squeezed.matches("-?[0-9]{1,3}(\\.[0-9]{3})+(,[0-9]+)?")) {
                plain = squeezed.replace(".", "").replace(',', '.');
            } else if (squeezed.contains(",") && squeezed.contains(".")) {
                return Optional.empty();
            } else {
                plain = squeezed.replace(',', '.');
            }
        } else if (decimalComma) {
            if (squeezed.contains(",") && squeezed.contains(".")) {
                return Optional.empty();
            }
            plain = squeezed.replace(',', '.');
        } else {
            if (!squeezed.matches("-?[0-9]{1,3}(,[0-9]{3})*(\\.[0-9]+)?") && squeezed.contains(",")) {
                return Optional.empty();
            }
            plain = squeezed.replace(",", "");
        }
        if (!PLAIN_NUMBER.matcher(plain).matches()) {
            return Optional.empty();
        }
        return Optional.of(new BigDecimal(plain));
    }

    /**
     * The one date format of the language: {@code 08.11.2018} in Latvian, {@code 8 Nov 2018} in English,
     * CLDR's medium date in any other language ({@code 08.11.2018} in German, {@code 8 lis 2018} in Polish).
     */
    public static DateTimeFormatter dateFormat(Locale locale) {
        if (latvian(locale)) {
            return LATVIAN_DATE;
        }
        if (english(locale)) {
            return ENGLISH_DATE;
        }
        return DATES.computeIfAbsent(
                locale,
                language ->
                        DateTimeFormatter.ofLocalizedDate(FormatStyle.MEDIUM).withLocale(language));
    }

    /** A date (or date-time; an instant is taken in UTC, as the staff pages show times) as the language writes it. */
    public static String date(TemporalAccessor date, Locale locale) {
        TemporalAccessor day = date instanceof Instant instant ? instant.atOffset(ZoneOffset.UTC) : date;
        return dateFormat(locale).format(day);
    }

    /** A year, never grouped: {@code 2014}, not {@code 2 014}. */
    public static String year(int year) {
        return Integer.toString(year);
    }
}
