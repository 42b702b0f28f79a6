package org.jumelage.shared;

import java.util.Comparator;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.regex.Pattern;

/**
 * The countries Jumelage knows: the 45 of the town gazetteer (EU member states, candidate and
 * neighbouring countries, ISO 3166-1 alpha-2; {@code XK} is Kosovo as GeoNames uses it). Names come
 * from the Java runtime's CLDR data in the reader's language.
 */
public final class Countries {

    /** ISO 3166-1 alpha-2 codes, EU member states first, as in the gazetteer's documentation. */
    public static final List<String> CODES = List.of(
            "AT", "BE", "BG", "HR", "CY", "CZ", "DK", "EE", "FI", "FR", "DE", "GR", "HU", "IE", "IT", "LV", "LT", "LU",
            "MT", "NL", "PL", "PT", "RO", "SK", "SI", "ES", "SE", "AL", "BA", "ME", "MK", "RS", "XK", "UA", "MD", "GB",
            "NO", "IS", "LI", "CH", "TR", "GE", "AM", "AZ", "BY");

    private static final Set<String> KNOWN = Set.copyOf(CODES);

    private static final Pattern ALPHA_2 = Pattern.compile("[A-Za-z]{2}");

    private Countries() {}

    public static boolean isKnown(String code) {
        return KNOWN.contains(code);
    }

    /**
     * The country's name in the locale's language, for example {@code LT} → "Lietuva" in Latvian; a
     * text that is no ISO 3166-1 alpha-2 code at all (anything a client sent, such as "L V") is named
     * by itself rather than refused, so that a message can quote it.
     */
    public static String name(String code, Locale locale) {
        if (!ALPHA_2.matcher(code).matches()) {
            return code;
        }
        String name = new Locale.Builder().setRegion(code).build().getDisplayCountry(locale);
        return name.isBlank() || name.equals(code) ? code : name;
    }

    /** All known codes ordered by their name in the locale's language, as its collation sorts them (Č after C). */
    public static List<String> sortedByName(Locale locale) {
        return CODES.stream()
                .sorted(Comparator.comparing(code -> name(code, locale), Languages.collator(locale)))
                .toList();
    }
}
