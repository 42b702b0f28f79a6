package org.jumelage.participation.web;

import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import org.jspecify.annotations.Nullable;
import org.jumelage.event.EventException;

/** Reads the query parameters of participant lists and evidence the same way for pages and the API. */
final class ListParameters {

    private ListParameters() {}

    /** An ISO date ({@code 2018-11-08}); {@code null} or blank means none. */
    static @Nullable LocalDate day(@Nullable String text) {
        if (text == null || text.isBlank()) {
            return null;
        }
        try {
            return LocalDate.parse(text.strip());
        } catch (DateTimeParseException e) {
            throw EventException.listDayInvalid(text);
        }
    }
}
