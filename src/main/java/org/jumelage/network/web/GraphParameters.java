package org.jumelage.network.web;

import org.jspecify.annotations.Nullable;
import org.jumelage.network.GraphException;
import org.jumelage.network.GraphQuery;

/**
 * The query parameters of the cooperation graph (page and API) read as text, so that "abc" in a
 * year or an id gets the graph's own message rather than a conversion error.
 */
final class GraphParameters {

    private GraphParameters() {}

    static GraphQuery query(
            @Nullable String organisation,
            @Nullable String project,
            @Nullable String from,
            @Nullable String to,
            @Nullable String country) {
        return new GraphQuery(
                number("organisation", organisation, true),
                number("project", project, true),
                year("from", from),
                year("to", to),
                country == null || country.isBlank() ? null : country.strip());
    }

    private static @Nullable Integer year(String field, @Nullable String text) {
        Long value = number(field, text, false);
        if (value == null) {
            return null;
        }
        if (value < Integer.MIN_VALUE || value > Integer.MAX_VALUE) {
            throw GraphException.yearNotANumber(field, text);
        }
        return value.intValue();
    }

    private static @Nullable Long number(String field, @Nullable String text, boolean id) {
        if (text == null || text.isBlank()) {
            return null;
        }
        try {
            return Long.parseLong(text.strip());
        } catch (NumberFormatException e) {
            throw id ? GraphException.idNotANumber(field, text) : GraphException.yearNotANumber(field, text);
        }
    }
}
