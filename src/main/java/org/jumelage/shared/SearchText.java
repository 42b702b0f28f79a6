package org.jumelage.shared;

import java.text.Normalizer;
import java.util.Locale;
import java.util.regex.Pattern;
import org.jspecify.annotations.Nullable;

/**
 * The form of a text that searches compare: lower case, without accents and diacritics, so that
 * "lodz" finds "Łódź" and "uzulina" finds "Ūzuliņa".
 */
public final class SearchText {

    private static final Pattern MARKS = Pattern.compile("\\p{M}+");

    private SearchText() {}

    public static String normalize(@Nullable String text) {
        if (text == null) {
            return "";
        }
        String decomposed = Normalizer.normalize(text.strip().toLowerCase(Locale.ROOT), Normalizer.Form.NFD);
        String withoutMarks = MARKS.matcher(decomposed).replaceAll("");
        // Letters that Unicode does not decompose into a base letter and a mark.
        return withoutMarks
                .replace("ł", "l")
                .replace("ß", "ss")
                .replace("æ", "ae")
                .replace("ø", "o")
                .replace("đ", "d")
                .replace("ı", "i")
                .replace("œ", "oe")
                .replace("þ", "th");
    }
}
