package org.jumelage.participation.domain;

import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import org.jspecify.annotations.Nullable;
import org.jumelage.shared.Countries;
import org.jumelage.shared.SearchText;

/**
 * The values of a delegation list's cells as people type them, in Latvian or English: yes/no,
 * gender, age band, and countries by code or name. Unknown text gives an empty answer, which the
 * import reports for its row and column.
 */
final class DelegationListValues {

    private static final Map<String, Boolean> YES_NO = Map.ofEntries(
            Map.entry("yes", true),
            Map.entry("y", true),
            Map.entry("true", true),
            Map.entry("1", true),
            Map.entry("x", true),
            Map.entry("ja", true),
            Map.entry("j", true),
            Map.entry("no", false),
            Map.entry("n", false),
            Map.entry("false", false),
            Map.entry("0", false),
            Map.entry("ne", false));

    private static final Map<String, String> GENDERS = Map.ofEntries(
            Map.entry("female", "female"),
            Map.entry("f", "female"),
            Map.entry("woman", "female"),
            Map.entry("sieviete", "female"),
            Map.entry("s", "female"),
            Map.entry("male", "male"),
            Map.entry("m", "male"),
            Map.entry("man", "male"),
            Map.entry("virietis", "male"),
            Map.entry("v", "male"),
            Map.entry("other", "other"),
            Map.entry("cits", "other"),
            Map.entry("cita", "other"));

    private static final Map<String, String> AGE_BANDS = Map.ofEntries(
            Map.entry("under18", "under-18"),
            Map.entry("<18", "under-18"),
            Map.entry("lidz18", "under-18"),
            Map.entry("1825", "18-25"),
            Map.entry("2630", "26-30"),
            Map.entry("3154", "31-54"),
            Map.entry("55plus", "55-plus"),
            Map.entry("55+", "55-plus"),
            Map.entry("55unvairak", "55-plus"));

    private DelegationListValues() {}

    /** Whether the text is empty (not given) or a yes or no the list understands. */
    static boolean isYesNo(String text) {
        return text.isBlank() || YES_NO.containsKey(key(text));
    }

    /** {@code null} for empty text (or text {@link #isYesNo} refuses). */
    static @Nullable Boolean yesNo(String text) {
        return text.isBlank() ? null : YES_NO.get(key(text));
    }

    static Optional<String> gender(String text) {
        return Optional.ofNullable(GENDERS.get(key(text)));
    }

    static Optional<String> ageBand(String text) {
        String compact = SearchText.normalize(text).replaceAll("[\\s\\-–]", "");
        return Optional.ofNullable(AGE_BANDS.get(compact));
    }

    /** A country code from a code ("lt") or a name in Latvian or English ("Lietuva", "Lithuania"). */
    static Optional<String> country(String text) {
        String code = text.strip().toUpperCase(Locale.ROOT);
        if (Countries.isKnown(code)) {
            return Optional.of(code);
        }
        String name = key(text);
        for (String candidate : Countries.CODES) {
            if (key(Countries.name(candidate, Locale.ENGLISH)).equals(name)
                    || key(Countries.name(candidate, Locale.forLanguageTag("lv")))
                            .equals(name)) {
                return Optional.of(candidate);
            }
        }
        return Optional.empty();
    }

    private static String key(String text) {
        return SearchText.normalize(text.strip()).replaceAll("\\s+", " ");
    }
}
