package org.jumelage.shared;

import com.ibm.icu.text.DisplayContext;
import com.ibm.icu.text.LocaleDisplayNames;
import com.ibm.icu.util.ULocale;
import java.text.Collator;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import org.jspecify.annotations.Nullable;

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

    /** The cookie that remembers a visitor's choice of language ({@code ?lang=} on any page sets it). */
    public static final String COOKIE = "JUMELAGE_LANG";

    private Languages() {}

    /**
     * True for a language the staff interface always has (Latvian, English). Other languages join the
     * staff interface when their bundle is complete; {@code config.TranslationCoverage} knows which.
     */
    public static boolean isSupported(String tag) {
        return SUPPORTED.contains(tag);
    }

    /** The tag of {@link #ALL} for a tag written in any case ({@code SR-latn} → {@code sr-Latn}), or null. */
    public static @Nullable String known(@Nullable String tag) {
        if (tag == null) {
            return null;
        }
        for (String language : ALL) {
            if (language.equalsIgnoreCase(tag.strip().replace('_', '-'))) {
                return language;
            }
        }
        return null;
    }

    /** The tag if it is one of {@link #ALL} (any case), else {@link #DEFAULT}. */
    public static String knownOrDefault(@Nullable String tag) {
        String known = known(tag);
        return known != null ? known : DEFAULT;
    }

    /** The locale of a tag of {@link #ALL}: {@code sr-Latn} is Serbian with script {@code Latn}. */
    public static Locale locale(String tag) {
        return Locale.forLanguageTag(tag);
    }

    /** The locales of {@link #ALL}, in its order. */
    public static List<Locale> allLocales() {
        return ALL.stream().map(Languages::locale).toList();
    }

    /**
     * The language's name in itself, as CLDR (through ICU4J) writes it for a menu: {@code pl} →
     * "Polski", {@code sr-Latn} → "Srpski (latinica)", {@code sr} → "Српски". No hand-written table.
     */
    public static String ownName(String tag) {
        return nameIn(tag, tag);
    }

    /** The language's name in English, from CLDR: {@code sr-Latn} → "Serbian (Latin)". */
    public static String englishName(String tag) {
        return nameIn(tag, "en");
    }

    /**
     * Names already asked for, by tag and reader, both of {@link #ALL} (at most 30 × 30): every page
     * writes the language menu, and ICU builds a display-name table each time it is asked.
     */
    private static final Map<String, String> NAMES = new ConcurrentHashMap<>();

    /** The language's name in the reader's language, from CLDR, capitalised as a menu entry. */
    public static String nameIn(String tag, String reader) {
        if (!ALL.contains(tag) || !ALL.contains(reader)) {
            return displayName(tag, reader);
        }
        return NAMES.computeIfAbsent(tag + ' ' + reader, key -> displayName(tag, reader));
    }

    private static String displayName(String tag, String reader) {
        ULocale language = ULocale.forLanguageTag(tag);
        String name = LocaleDisplayNames.getInstance(
                        ULocale.forLanguageTag(reader),
                        DisplayContext.CAPITALIZATION_FOR_UI_LIST_OR_MENU,
                        DisplayContext.DIALECT_NAMES)
                .localeDisplayName(language);
        // CLDR leaves some names lower case even in menus ("polski"); a menu entry starts with a capital.
        int first = name.offsetByCodePoints(0, 1);
        return name.substring(0, first).toUpperCase(Locale.forLanguageTag(reader)) + name.substring(first);
    }

    /** The script a language is written in (ISO 15924, {@code Latn}, {@code Cyrl}, {@code Grek}), from CLDR. */
    public static String script(String tag) {
        return ULocale.addLikelySubtags(ULocale.forLanguageTag(tag)).getScript();
    }

    /**
     * The language of a country (ISO 3166-1 alpha-2) for a participant from there: CLDR's likely
     * language of the country through ICU4J ({@code und_RS} → Serbian in Cyrillic, {@code und_ME} →
     * Serbian in Latin script, {@code und_BE} → Dutch), when it is one of {@link #ALL}; else English.
     * The one definition of "the language a delegation from that country reads".
     */
    public static String ofCountry(@Nullable String country) {
        if (country == null || !country.strip().matches("[A-Za-z]{2}")) {
            return DEFAULT;
        }
        ULocale likely =
                ULocale.addLikelySubtags(new ULocale("und_" + country.strip().toUpperCase(Locale.ROOT)));
        String language = likely.getLanguage();
        if ("sr".equals(language) && "Latn".equals(likely.getScript())) {
            return "sr-Latn";
        }
        return isKnown(language) ? language : DEFAULT;
    }

    /** A collator for sorting names in the language (country names, people's names). */
    public static Collator collator(Locale locale) {
        Collator collator = Collator.getInstance(locale);
        collator.setStrength(Collator.SECONDARY);
        return collator;
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

    /** The locales of the staff-interface languages that are always there ({@link #SUPPORTED}). */
    public static List<Locale> locales() {
        return SUPPORTED.stream().map(Locale::forLanguageTag).toList();
    }
}
