package org.jumelage.publicity.domain;

import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Text that generated Markdown (the news draft writer) writes as it is, so that rendering never changes
 * its meaning: a Latvian date at the start of a paragraph ({@code 2027. gada …}) stays a sentence and does
 * not become a numbered list, a name such as {@code *Ars* <Vita>} is not emphasis or a tag, a line that
 * starts with {@code #}, {@code -}, {@code +}, {@code >}, {@code =} or {@code ~} is no heading, list,
 * quotation, underline or code fence. One definition for every text the writer inserts.
 */
final class MarkdownEscaping {

    /** Characters that start inline markup anywhere in a line; escaped with a backslash. */
    private static final String INLINE = "\\`*_[]#&";

    /**
     * What opens a block at the start of a line (after up to three spaces): a list item ({@code 1.},
     * {@code 2027)}, {@code -}, {@code +}, {@code *} before a blank), a heading or its underline, a
     * quotation, a code fence or a thematic break ({@code ***}, {@code ---}). Emphasis that opens a line
     * ({@code **bold**}) is no block and stays. Group 1 and 2 are a number and its full stop or bracket,
     * group 3 the character to escape.
     */
    private static final Pattern BLOCK_START = Pattern.compile(
            "(?m)^[ \\t]*(?:(\\d{1,9})([.)])(?=[ \\t]|$)|([-+*](?=[ \\t]|$)|[-*_](?=[-*_ \\t]*$)|[>=~#]))");

    private MarkdownEscaping() {}

    /**
     * A value from the data (a name, a title, an agenda) inside a sentence: inline markup characters are
     * escaped and angle brackets become entities (so the news safety check sees no tag). The paragraph it
     * ends up in goes through {@link #lineStarts} as a whole.
     */
    static String text(String value) {
        StringBuilder escaped = new StringBuilder(value.length() + 8);
        for (int i = 0; i < value.length(); i++) {
            char c = value.charAt(i);
            if (c == '<') {
                escaped.append("&lt;");
            } else if (c == '>') {
                escaped.append("&gt;");
            } else {
                if (INLINE.indexOf(c) >= 0) {
                    escaped.append('\\');
                }
                escaped.append(c);
            }
        }
        return escaped.toString();
    }

    /**
     * A paragraph the writer has put together from bundle texts and escaped values: whatever would open
     * a block at the start of one of its lines is escaped (leading blanks, which could make code, go).
     * Escaped text stays as it is, so applying this twice changes nothing more.
     */
    static String lineStarts(String paragraph) {
        Matcher matcher = BLOCK_START.matcher(paragraph);
        StringBuilder escaped = new StringBuilder(paragraph.length() + 4);
        while (matcher.find()) {
            String replacement =
                    matcher.group(1) != null ? matcher.group(1) + "\\" + matcher.group(2) : "\\" + matcher.group(3);
            matcher.appendReplacement(escaped, Matcher.quoteReplacement(replacement));
        }
        matcher.appendTail(escaped);
        return escaped.toString().replaceAll("(?m)^[ \\t]+", "");
    }
}
