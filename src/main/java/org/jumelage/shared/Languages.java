package org.jumelage.shared;

import java.util.List;
import java.util.Locale;

/**
 * The languages of Jumelage. {@link #ALL} are the languages a participant can read Jumelage in: the 24
 * official languages of the EU and those of the non-EU countries that take part in its programmes
 * (Albanian, Bosnian, Serbian in Cyrillic and in Latin script, Macedonian, Ukrainian; Montenegrin is
 * written as Serbian in Latin script). {@link #SUPPORTED} are the languages of the staff interface.
 * Texts are in the bundles under {@code i18n/}; a language beyond Latvian and English has one file,
 * {@code i18n/translation_<tag>.properties} ({@code sr-Latn} → {@code translation_sr_Latn}).
 */
public final class Languages {

    /** Language tags (BCP 47) of every language Jumelage speaks to participants, in the EU's order by code. */
    public static final List<String> ALL = List.of(
            "bg", "cs", "da", "de", "el", "en", "es", "et", "fi", "fr", "ga", "hr", "hu", "it", "lt", "lv", "mt", "nl",
            "pl", "pt", "ro", "sk", "sl", "sv", "sq", "bs", "sr", "sr-Latn", "mk", "uk");

    /**
     * The same tags as a regular expression for request mappings, {@code "/{lang:" + PATH_PATTERN + "}"};
     * {@code LanguagesTests} checks that it names exactly {@link #ALL}.
     */
    public static final String PATH_PATTERN =
            "bg|cs|da|de|el|en|es|et|fi|fr|ga|hr|hu|it|lt|lv|mt|nl|pl|pt|ro|sk|sl|sv|sq|bs|sr|sr-Latn|mk|uk";

    /** Supported language tags of the staff interface, the default first. */
    public static final List<String> SUPPORTED = List.of("en", "lv");

    public static final String DEFAULT = "en";

    private Languages() {}

    public static boolean isSupported(String tag) {
        return SUPPORTED.contains(tag);
    }

    /** True for a tag of {@link #ALL}, written as there ({@code sr-Latn}, not {@code sr-latn}). */
    public static boolean isKnown(String tag) {
        return ALL.contains(tag);
    }

    /** The tag of {@link #ALL} a locale is written in: {@code sr} with script {@code Latn} is {@code sr-Latn}. */
    public static String tagOf(Locale locale) {
        String language = locale.getLanguage();
        if ("sr".equals(language) && "Latn".equals(locale.getScript())) {
            return "sr-Latn";
        }
        return language;
    }

    public static List<Locale> locales() {
        return SUPPORTED.stream().map(Locale::forLanguageTag).toList();
    }
}
