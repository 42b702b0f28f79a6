package org.jumelage.network;

import org.jspecify.annotations.Nullable;

/**
 * A node of the cooperation graph.
 *
 * @param id {@code g:<geonamesId>} for a town of the gazetteer, {@code n:<country>:<name>} for a
 *     town outside it (the name lower case, without accents), {@code o<id>} for an organisation
 * @param kind {@link #TOWN} or {@link #ORGANISATION}
 * @param label the town's or organisation's name
 * @param country ISO 3166-1 alpha-2 code
 * @param townId the GeoNames id of a gazetteer town, else {@code null}
 * @param organisationId the organisation's id, else {@code null}
 * @param town for an organisation, the id of its town's node, else {@code null}
 * @param degree for a town, the number of towns it is linked with in the years asked; 0 for an
 *     organisation
 */
public record GraphNode(
        String id,
        String kind,
        String label,
        String country,
        @Nullable Long townId,
        @Nullable Long organisationId,
        @Nullable String town,
        int degree) {

    public static final String TOWN = "town";
    public static final String ORGANISATION = "organisation";
}
