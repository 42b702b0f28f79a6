package org.jumelage.participation;

import java.util.Locale;
import java.util.Optional;
import org.jspecify.annotations.Nullable;

/**
 * The short check-in code of a registration, the one a person reads out or types at the door: eight
 * characters from an alphabet without the look-alikes 0/O, 1/I/L, unique within its event. It is
 * stored as the eight characters and shown in two groups of four ({@code ABCD-EFGH}); what a person
 * types is read case-insensitively, with spaces and dashes ignored. The QR code carries a signed
 * token instead (see the check-in page); both find the same person.
 */
public final class CheckInCode {

    /** The characters a code is made of: A–Z and 2–9 without I, L, O (and without 0 and 1). */
    public static final String ALPHABET = "ABCDEFGHJKMNPQRSTUVWXYZ23456789";

    /** The number of characters of a code. */
    public static final int LENGTH = 8;

    private CheckInCode() {}

    /**
     * The stored form of what a person typed: upper case, without spaces and dashes; empty when it
     * cannot be a check-in code (wrong length or a character outside the alphabet).
     */
    public static Optional<String> normalise(@Nullable String typed) {
        if (typed == null || typed.length() > 4 * LENGTH) {
            return Optional.empty();
        }
        StringBuilder code = new StringBuilder(LENGTH);
        for (char c : typed.strip().toUpperCase(Locale.ROOT).toCharArray()) {
            if (Character.isWhitespace(c) || c == '-' || c == '\u2010' || c == '\u2013') {
                continue;
            }
            if (ALPHABET.indexOf(c) < 0) {
                return Optional.empty();
            }
            code.append(c);
        }
        return code.length() == LENGTH ? Optional.of(code.toString()) : Optional.empty();
    }

    /** A stored code as people read it, in two groups of four: {@code ABCD-EFGH}. */
    public static String display(String stored) {
        if (stored.length() != LENGTH) {
            return stored;
        }
        return stored.substring(0, LENGTH / 2) + "-" + stored.substring(LENGTH / 2);
    }

    /** Whether what was entered at the door is a QR token (it has dots) rather than a short code. */
    public static boolean isToken(@Nullable String entered) {
        return entered != null && entered.indexOf('.') >= 0;
    }
}
