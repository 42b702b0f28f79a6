package org.jumelage.participation;

import java.util.Locale;
import org.jumelage.event.EventException;

/** The formats of the official participant list. */
public enum ListFormat {
    /** For printing and signing: one table with a signature column, page numbers and the funding statement. */
    PDF("application/pdf", "pdf"),
    /** The same rows as a spreadsheet. */
    XLSX("application/vnd.openxmlformats-officedocument.spreadsheetml.sheet", "xlsx"),
    /** The same rows as comma-separated values, UTF-8 with a byte order mark so that Excel reads the letters right. */
    CSV("text/csv;charset=UTF-8", "csv");

    private final String contentType;
    private final String extension;

    ListFormat(String contentType, String extension) {
        this.contentType = contentType;
        this.extension = extension;
    }

    public String contentType() {
        return contentType;
    }

    public String extension() {
        return extension;
    }

    /**
     * The format named {@code pdf}, {@code xlsx} or {@code csv} (any letter case); {@code null} or
     * blank means PDF.
     *
     * @throws EventException naming the field {@code format} for anything else
     */
    public static ListFormat parse(@org.jspecify.annotations.Nullable String text) {
        if (text == null || text.isBlank()) {
            return PDF;
        }
        for (ListFormat format : values()) {
            if (format.extension.equals(text.strip().toLowerCase(Locale.ROOT))) {
                return format;
            }
        }
        throw EventException.listFormatUnknown(text);
    }
}
