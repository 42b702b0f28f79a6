package org.jumelage.network;

import org.jumelage.shared.BusinessException;

/**
 * A refusal of the cooperation graph: bad input names its parameter ({@link #field()}); codes are
 * {@code network.graph.<kebab>}, message keys {@code error.network.graph.<kebab>}.
 */
public final class GraphException extends BusinessException {

    private GraphException(Kind kind, String field, String code, Object... arguments) {
        super(kind, "network.graph." + code, "error.network.graph." + code, field, arguments);
    }

    /** A year parameter that is not a whole number. */
    public static GraphException yearNotANumber(String field, String text) {
        return new GraphException(Kind.INVALID, field, "year-not-a-number", text);
    }

    public static GraphException yearOutOfRange(String field, int year) {
        return new GraphException(
                Kind.INVALID, field, "year-out-of-range", year, CooperationGraph.MIN_YEAR, CooperationGraph.MAX_YEAR);
    }

    public static GraphException yearsReversed(int from, int to) {
        return new GraphException(Kind.INVALID, "from", "years-reversed", from, to);
    }

    public static GraphException twoScopes() {
        return new GraphException(Kind.INVALID, "project", "two-scopes");
    }

    /** An id parameter that is not a whole number. */
    public static GraphException idNotANumber(String field, String text) {
        return new GraphException(Kind.INVALID, field, "id-not-a-number", text);
    }

    public static GraphException unknownCountry(String country) {
        return new GraphException(Kind.INVALID, "country", "unknown-country", country);
    }

    public static GraphException organisationNotFound(long id) {
        return new GraphException(Kind.NOT_FOUND, "organisation", "organisation-not-found", id);
    }

    /** No such project, or one the viewer may not see. */
    public static GraphException projectNotFound(long id) {
        return new GraphException(Kind.NOT_FOUND, "project", "project-not-found", id);
    }
}
