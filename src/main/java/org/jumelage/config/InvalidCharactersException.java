package org.jumelage.config;

import org.jumelage.shared.ControlCharacters;

/**
 * A request carried text a person may not send (see {@link org.jumelage.shared.ControlCharacters}):
 * answered 400, with the field named, before anything reads or stores it.
 */
final class InvalidCharactersException extends RuntimeException {

    private final String field;
    private final int position;

    /**
     * @param field the parameter, form field or JSON path (for example {@code events[0].hostCountry})
     * @param position 1-based position of the first refused character in the field's text
     */
    InvalidCharactersException(String field, int position) {
        super("Refused characters in a field");
        this.field = printable(field);
        this.position = position;
    }

    /** A field name that is itself refused is quoted with each refused character shown as U+FFFD. */
    private static String printable(String name) {
        StringBuilder result = new StringBuilder(name);
        for (int i = ControlCharacters.firstForbidden(result); i >= 0; i = ControlCharacters.firstForbidden(result)) {
            result.setCharAt(i, '\uFFFD');
        }
        return result.toString();
    }

    String field() {
        return field;
    }

    int position() {
        return position;
    }
}
