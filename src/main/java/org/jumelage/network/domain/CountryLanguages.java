package org.jumelage.network.domain;

import java.util.HashMap;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;

/**
 * The languages of each country as the JDK's locale data (CLDR) has them: a language counts for a
 * country when the JDK has a locale for the pair ({@code lv_LV}, {@code de_BE}, {@code sv_FI}). No
 * hand-written table. CLDR also has regional languages (Sorbian in Germany) and English locales
 * for some countries where English is widely used (en_DE), so the filter is generous.
 */
final class CountryLanguages {

    private static final Map<String, Set<String>> COUNTRIES_BY_LANGUAGE = build();

    private CountryLanguages() {}

    private static Map<String, Set<String>> build() {
        Map<String, Set<String>> byLanguage = new HashMap<>();
        for (Locale locale : Locale.getAvailableLocales()) {
            String country = locale.getCountry();
            if (country.length() == 2 && !locale.getLanguage().isEmpty()) {
                byLanguage
                        .computeIfAbsent(locale.getLanguage(), key -> new TreeSet<>())
                        .add(country);
            }
        }
        byLanguage.replaceAll((language, countries) -> Set.copyOf(countries));
        return Map.copyOf(byLanguage);
    }

    /** Whether the JDK knows the language (ISO 639 code, any case) in some country. */
    static boolean isKnown(String language) {
        return COUNTRIES_BY_LANGUAGE.containsKey(normalised(language));
    }

    /** The countries (ISO codes) where the language is spoken; empty when unknown. */
    static Set<String> countriesSpeaking(String language) {
        return COUNTRIES_BY_LANGUAGE.getOrDefault(normalised(language), Set.of());
    }

    private static String normalised(String language) {
        return Locale.forLanguageTag(language.strip()).getLanguage();
    }

    /** The languages spoken in any of the countries, sorted by code. */
    static java.util.List<String> languagesOf(java.util.Collection<String> countries) {
        Set<String> languages = new TreeSet<>();
        COUNTRIES_BY_LANGUAGE.forEach((language, where) -> {
            if (where.stream().anyMatch(countries::contains)) {
                languages.add(language);
            }
        });
        return java.util.List.copyOf(languages);
    }
}
