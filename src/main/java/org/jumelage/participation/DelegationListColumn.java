package org.jumelage.participation;

import java.util.Locale;

/**
 * The columns of a delegation list. Each has a stable {@link #key()} that a header may always use
 * (whatever the language); the templates name the columns in the reader's language, and a file's
 * header may use the Latvian or the English name. Only the required columns must be present.
 */
public enum DelegationListColumn {
    FIRST_NAME(true),
    LAST_NAME(true),
    EMAIL(true),
    ORGANISATION(false),
    TOWN(false),
    COUNTRY(true),
    MINOR(false),
    GENDER(false),
    AGE_BAND(false),
    FIRST_TIME(false),
    FEWER_OPPORTUNITIES(false);

    private final boolean required;

    DelegationListColumn(boolean required) {
        this.required = required;
    }

    /** The stable key, e.g. {@code first_name}. */
    public String key() {
        return name().toLowerCase(Locale.ROOT);
    }

    public boolean required() {
        return required;
    }

    /** The message key of the column's header text, e.g. {@code event.import.column.first_name}. */
    public String messageKey() {
        return "event.import.column." + key();
    }
}
