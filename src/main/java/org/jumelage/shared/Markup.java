package org.jumelage.shared;

import java.util.regex.Pattern;

/**
 * What counts as markup in a plain text a person sends (a message relayed by mail, for example):
 * an HTML or XML tag, comment or declaration ({@code <} directly followed by a letter, {@code /},
 * {@code !} or {@code ?}, so {@code <script>}, {@code </b>}, {@code <!--}), or a {@code javascript:}
 * address. A comparison such as {@code a < b} or {@code <3} is not markup. Texts that are only ever
 * shown as plain text are refused when they carry it, rather than silently escaped or stripped.
 */
public final class Markup {

    private static final Pattern MARKUP = Pattern.compile("<[\\p{L}/!?]|javascript\\s*:", Pattern.CASE_INSENSITIVE);

    private Markup() {}

    /** Whether the text carries markup; {@code null} does not. */
    public static boolean present(CharSequence text) {
        return MARKUP.matcher(text).find();
    }
}
