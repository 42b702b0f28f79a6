package org.jumelage.network.domain;

import java.text.Normalizer;
import java.util.Locale;
import java.util.Map;

/**
 * The form of a name that searches compare: lower case, without accents or other diacritics, the
 * letters that do not decompose spelt out in Latin letters (ł → l, ß → ss, æ → ae, ø → o…), and
 * every run of characters that are not letters or digits turned into one space. So "Łódź",
 * "LODZ" and "lodz" share the key {@code lodz}, and "Saint-Étienne" has {@code saint etienne}.
 */
final class SearchKeys {

    /** Letters that Unicode does not decompose into a base letter and a combining mark. */
    private static final Map<Character, String> LETTERS = Map.ofEntries(
            Map.entry('ł', "l"),
            Map.entry('ß', "ss"),
            Map.entry('æ', "ae"),
            Map.entry('ø', "o"),
            Map.entry('œ', "oe"),
            Map.entry('đ', "d"),
            Map.entry('ð', "d"),
            Map.entry('þ', "th"),
            Map.entry('ı', "i"),
            Map.entry('ħ', "h"),
            Map.entry('ŀ', "l"),
            Map.entry('ŧ', "t"),
            Map.entry('ŋ', "n"),
            Map.entry('ĸ', "k"),
            Map.entry('ſ', "s"));

    private SearchKeys() {}

    /** The search key of a text; empty when the text has no letter or digit. */
    static String of(String text) {
        // Most names are plain ASCII: skip the Unicode decomposition for them (the gazetteer loads faster).
        String base = isAscii(text) ? text : Normalizer.normalize(text.toLowerCase(Locale.ROOT), Normalizer.Form.NFD);
        StringBuilder key = new StringBuilder(base.length());
        boolean pendingSpace = false;
        for (int i = 0; i < base.length(); i++) {
            char c = Character.toLowerCase(base.charAt(i));
            if (Character.getType(c) == Character.NON_SPACING_MARK
                    || Character.getType(c) == Character.COMBINING_SPACING_MARK
                    || Character.getType(c) == Character.ENCLOSING_MARK) {
                continue;
            }
            if (!Character.isLetterOrDigit(c)) {
                pendingSpace = key.length() > 0;
                continue;
            }
            if (pendingSpace) {
                key.append(' ');
                pendingSpace = false;
            }
            String spelt = LETTERS.get(c);
            if (spelt != null) {
                key.append(spelt);
            } else {
                key.append(c);
            }
        }
        return key.toString();
    }

    private static boolean isAscii(String text) {
        for (int i = 0; i < text.length(); i++) {
            if (text.charAt(i) >= 0x80) {
                return false;
            }
        }
        return true;
    }
}
