package org.jumelage.shared;

/**
 * What a person may send as text: any Unicode text except the C0 control characters other than tab,
 * line feed and carriage return (U+0000–U+001F), and lone UTF-16 surrogates. Such
 * characters cannot be typed, PostgreSQL refuses U+0000, and exports and feeds would carry them raw;
 * every boundary (query parameters, form fields, JSON bodies) refuses them with this one rule.
 */
public final class ControlCharacters {

    private ControlCharacters() {}

    /** The index of the first character a person may not send, or -1 when the text is acceptable. */
    public static int firstForbidden(CharSequence text) {
        for (int i = 0; i < text.length(); i++) {
            char c = text.charAt(i);
            if (c < 0x20 && c != '\t' && c != '\n' && c != '\r') {
                return i;
            }
            if (Character.isHighSurrogate(c)) {
                if (i + 1 < text.length() && Character.isLowSurrogate(text.charAt(i + 1))) {
                    i++;
                } else {
                    return i;
                }
            } else if (Character.isLowSurrogate(c)) {
                return i;
            }
        }
        return -1;
    }

    /** Whether a person may send this text: it has none of the characters {@link #firstForbidden} finds. */
    public static boolean acceptable(CharSequence text) {
        return firstForbidden(text) < 0;
    }
}
