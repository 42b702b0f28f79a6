package org.jumelage.network;

import org.jspecify.annotations.Nullable;

/**
 * What part of the cooperation graph to answer.
 *
 * @param organisation an organisation's network, or {@code null}
 * @param project a project's partners, or {@code null}; at most one of the two (neither: the whole
 *     instance)
 * @param from the first year (inclusive), or {@code null} for no lower bound
 * @param to the last year (inclusive), or {@code null} for no upper bound
 * @param country when set, the answer's nodes and edges are only those touching a town of this
 *     country (ISO 3166-1 alpha-2); the figures stay those of the whole scope
 */
public record GraphQuery(
        @Nullable Long organisation,
        @Nullable Long project,
        @Nullable Integer from,
        @Nullable Integer to,
        @Nullable String country) {

    /** The whole instance over all years. */
    public static GraphQuery wholeInstance() {
        return new GraphQuery(null, null, null, null, null);
    }
}
