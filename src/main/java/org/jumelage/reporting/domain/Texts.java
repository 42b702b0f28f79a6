package org.jumelage.reporting.domain;

import java.util.Locale;
import org.springframework.context.MessageSource;

/** The bundles in one language: what the report's resolved texts are written with. */
record Texts(MessageSource messages, Locale locale) {

    String get(String key, Object... arguments) {
        return messages.getMessage(key, arguments, locale);
    }

    /** The text of the key, or {@code fallback} when no bundle has it (a rule id the bundles do not name). */
    String getOr(String key, String fallback) {
        return messages.getMessage(key, null, fallback, locale);
    }
}
