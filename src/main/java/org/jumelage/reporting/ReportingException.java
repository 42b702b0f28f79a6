package org.jumelage.reporting;

import org.jumelage.shared.BusinessException;

/** A refusal of the reporting module: one factory per rule, each with a stable code, message key and field. */
public final class ReportingException extends BusinessException {

    private ReportingException(Kind kind, String code, String field, Object... arguments) {
        super(kind, code, "error." + code, field, arguments);
    }

    /** Only the project's editors write the report's sections. */
    public static ReportingException editorRequired() {
        return new ReportingException(Kind.FORBIDDEN, "reporting.editor-required", "");
    }

    /** @param field for example {@code summary.de} */
    public static ReportingException unknownLanguage(String field, String language) {
        return new ReportingException(Kind.INVALID, "reporting.unknown-language", field, language);
    }

    public static ReportingException textTooLong(String field, int max) {
        return new ReportingException(Kind.INVALID, "reporting.text-too-long", field, max);
    }
}
