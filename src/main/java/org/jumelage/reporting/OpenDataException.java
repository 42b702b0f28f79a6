package org.jumelage.reporting;

import org.jumelage.shared.BusinessException;

/** A refusal of the open data. */
public final class OpenDataException extends BusinessException {

    private OpenDataException(Kind kind, String code, Object... arguments) {
        super(kind, code, "error." + code, arguments);
    }

    /** The organisation has no published project, or does not exist: nothing of it is open data. */
    public static OpenDataException organisationNotFound(long organisationId) {
        return new OpenDataException(Kind.NOT_FOUND, "reporting.open-data.no-organisation", organisationId);
    }

    /** An open-data file in a format other than csv, xlsx or json. */
    public static OpenDataException unknownFormat(String format) {
        return new OpenDataException(Kind.NOT_FOUND, "reporting.open-data.unknown-format", format);
    }
}
