package org.jumelage.network.web;

import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.stream.Collectors;
import org.jumelage.shared.Countries;

/** A country in a select list: its code and its name in the reader's language. */
record CountryOption(String code, String name) {

    /** All known countries, ordered by name in the locale's language. */
    static List<CountryOption> all(Locale locale) {
        return Countries.sortedByName(locale).stream()
                .map(code -> new CountryOption(code, Countries.name(code, locale)))
                .toList();
    }

    /** Country names by code, for tables. */
    static Map<String, String> names(Locale locale) {
        return Countries.CODES.stream().collect(Collectors.toMap(code -> code, code -> Countries.name(code, locale)));
    }
}
