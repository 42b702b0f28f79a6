package org.jumelage.shared;

import java.util.List;
import java.util.Locale;

/** The interface languages of Jumelage. Latvian and English first; more arrive as bundle files. */
public final class Languages {

    /** Supported language tags, the default first. */
    public static final List<String> SUPPORTED = List.of("en", "lv");

    public static final String DEFAULT = "en";

    private Languages() {}

    public static boolean isSupported(String tag) {
        return SUPPORTED.contains(tag);
    }

    public static List<Locale> locales() {
        return SUPPORTED.stream().map(Locale::forLanguageTag).toList();
    }
}
