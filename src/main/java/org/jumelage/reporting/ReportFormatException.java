package org.jumelage.reporting;

import org.jumelage.shared.BusinessException;

/**
 * A report was asked for in a format there is none of, or in none at all. The message names the
 * formats there are. The page and the API both answer 400 (a malformed parameter, not a broken
 * business rule), with the code {@value #UNKNOWN} or {@value #MISSING} and the field {@code format}.
 */
public final class ReportFormatException extends BusinessException {

    public static final String UNKNOWN = "reporting.report.format-unknown";
    public static final String MISSING = "reporting.report.format-missing";

    private ReportFormatException(String code, Object... arguments) {
        super(Kind.INVALID, code, "error." + code, "format", arguments);
    }

    static ReportFormatException unknown(String name) {
        String stripped = name.strip();
        // A long address must not become a long message.
        String shown = stripped.length() > 20 ? stripped.substring(0, 20) + "…" : stripped;
        return new ReportFormatException(UNKNOWN, shown, String.join(", ", ReportFormat.names()));
    }

    static ReportFormatException missing() {
        return new ReportFormatException(MISSING, String.join(", ", ReportFormat.names()));
    }
}
