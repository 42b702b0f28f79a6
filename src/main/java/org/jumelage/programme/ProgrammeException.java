package org.jumelage.programme;

import org.jumelage.shared.BusinessException;

/** A refusal of the programme module. The static factories name every kind with its code and message key. */
public final class ProgrammeException extends BusinessException {

    private ProgrammeException(Kind kind, String code, Object... arguments) {
        super(kind, code, "error." + code, arguments);
    }

    public static ProgrammeException unknownMeasure(String code) {
        return new ProgrammeException(Kind.NOT_FOUND, "programme.unknown-measure", code);
    }

    public static ProgrammeException unknownCall(String code) {
        return new ProgrammeException(Kind.NOT_FOUND, "programme.unknown-call", code);
    }
}
