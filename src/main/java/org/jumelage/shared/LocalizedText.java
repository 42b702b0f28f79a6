package org.jumelage.shared;

import java.util.Locale;
import org.jspecify.annotations.Nullable;

/**
 * A text people enter in Latvian and English (a title, a name), serialised in the API as
 * {@code {"lv":"…","en":"…"}}. Either language may be missing; {@link #in(Locale)} falls back to the
 * other one.
 *
 * @param lv the Latvian text, or {@code null}
 * @param en the English text, or {@code null}
 */
public record LocalizedText(@Nullable String lv, @Nullable String en) {

    public LocalizedText {
        lv = blankToNull(lv);
        en = blankToNull(en);
    }

    public static LocalizedText of(@Nullable String lv, @Nullable String en) {
        return new LocalizedText(lv, en);
    }

    /** The text in the locale's language, else in the other language, else the empty string. */
    public String in(Locale locale) {
        String preferred = "lv".equals(locale.getLanguage()) ? lv : en;
        String other = "lv".equals(locale.getLanguage()) ? en : lv;
        return preferred != null ? preferred : other != null ? other : "";
    }

    /** True when the text in the locale's language is missing and {@link #in(Locale)} shows the other. */
    public boolean isFallbackIn(Locale locale) {
        String preferred = "lv".equals(locale.getLanguage()) ? lv : en;
        return preferred == null && !isEmpty();
    }

    public boolean isEmpty() {
        return lv == null && en == null;
    }

    private static @Nullable String blankToNull(@Nullable String text) {
        return text == null || text.isBlank() ? null : text.strip();
    }
}
