package org.jumelage.shared;

import java.util.regex.Pattern;
import org.jspecify.annotations.Nullable;

/**
 * What an e-mail address is, the one rule every form, API and import checks: a local part and a
 * domain of at least two labels (so {@code a@b} is refused, as no mail can reach it), no white space,
 * one {@code @}, no empty label, at most {@value #MAX_LENGTH} characters (the longest address a mail
 * server must accept, RFC 5321 §4.5.3.1.3). Callers strip surrounding white space first.
 */
public final class EmailAddress {

    /** The longest address accepted, in characters. */
    public static final int MAX_LENGTH = 254;

    private static final Pattern SHAPE = Pattern.compile("[^@\\s]+@[^@\\s.]+(\\.[^@\\s.]+)+");

    private EmailAddress() {}

    /** Whether the text is an e-mail address; {@code null} is not. */
    public static boolean isValid(@Nullable String text) {
        return text != null
                && text.length() <= MAX_LENGTH
                && SHAPE.matcher(text).matches();
    }
}
