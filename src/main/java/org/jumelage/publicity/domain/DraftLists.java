package org.jumelage.publicity.domain;

import java.util.List;

/**
 * Lists as a sentence writes them: “Lietuvas, Polijas un Latvijas”, “Lithuania, Poland and Latvia”.
 * Items are joined with a comma and the last one with the language's conjunction; no serial comma,
 * as the origin documents and the EU's English style guide write lists.
 */
final class DraftLists {

    static final String LATVIAN_AND = " un ";
    static final String ENGLISH_AND = " and ";

    private DraftLists() {}

    /** The items joined; an empty list gives the empty string, one item itself. */
    static String join(List<String> items, String lastSeparator) {
        int size = items.size();
        if (size == 0) {
            return "";
        }
        if (size == 1) {
            return items.get(0);
        }
        return String.join(", ", items.subList(0, size - 1)) + lastSeparator + items.get(size - 1);
    }
}
