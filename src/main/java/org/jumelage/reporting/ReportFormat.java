package org.jumelage.reporting;

import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import org.jspecify.annotations.Nullable;

/** The file formats of the final report: the same report printed, for word processing, and as tables. */
public enum ReportFormat {
    /** For reading, printing and annexing: the EU emblem and the funding statement on the first page, numbered pages. */
    PDF("application/pdf", "pdf"),
    /** For pasting into the portal's forms: headings and tables with header rows (Office Open XML, Apache POI). */
    DOCX("application/vnd.openxmlformats-officedocument.wordprocessingml.document", "docx"),
    /** One sheet per table, numbers as numbers (Office Open XML, fastexcel). */
    XLSX("application/vnd.openxmlformats-officedocument.spreadsheetml.sheet", "xlsx");

    private final String contentType;
    private final String extension;

    ReportFormat(String contentType, String extension) {
        this.contentType = contentType;
        this.extension = extension;
    }

    /** The media type of the file, for example {@code application/pdf}. */
    public String contentType() {
        return contentType;
    }

    /** The file name extension and the name of the format in addresses: {@code pdf}, {@code docx}, {@code xlsx}. */
    public String extension() {
        return extension;
    }

    /** The names of every format, as addresses use them: {@code pdf, docx, xlsx}. */
    public static List<String> names() {
        return Arrays.stream(values()).map(ReportFormat::extension).toList();
    }

    /**
     * The format named {@code pdf}, {@code docx} or {@code xlsx} (any letter case, spaces around ignored).
     *
     * @throws ReportFormatException for a missing, blank or unknown name
     */
    public static ReportFormat parse(@Nullable String name) {
        if (name == null || name.isBlank()) {
            throw ReportFormatException.missing();
        }
        String wanted = name.strip().toLowerCase(Locale.ROOT);
        for (ReportFormat format : values()) {
            if (format.extension.equals(wanted)) {
                return format;
            }
        }
        throw ReportFormatException.unknown(name);
    }
}
