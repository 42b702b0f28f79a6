package org.jumelage.shared;

import org.jspecify.annotations.Nullable;

/**
 * How entered text is tidied and measured, the one rule every module uses: surrounding white space is
 * removed, a text with nothing left is no text ({@code null}), and a limit counts characters (UTF-16
 * units, as the database columns do).
 */
public final class TextLimits {

    private TextLimits() {}

    /** The text without surrounding white space, or {@code null} when it is {@code null} or blank. */
    public static @Nullable String stripToNull(@Nullable String text) {
        if (text == null) {
            return null;
        }
        String stripped = text.strip();
        return stripped.isEmpty() ? null : stripped;
    }

    /** Whether the text is {@code null} or has nothing but white space. */
    public static boolean isBlank(@Nullable String text) {
        return text == null || text.isBlank();
    }

    /** Whether the text is longer than {@code max} characters; {@code null} never is. */
    public static boolean tooLong(@Nullable String text, int max) {
        return text != null && text.length() > max;
    }
}
