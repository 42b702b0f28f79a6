package org.jumelage.network;

import java.util.Set;
import org.jspecify.annotations.Nullable;

/**
 * What a partner search looks for. At least a town or a project is given.
 *
 * @param townId the town to search from (GeoNames id); without it the project's lead town
 * @param projectId the project to find partners for: its towns are the starting points
 * @param measure the measure's code; without it the project's measure
 * @param hops 1 (twins of the starting towns) or 2 (twins of their twins, not their own twins)
 * @param countries only towns of these countries (ISO codes); empty for all
 * @param minPopulation at least this many inhabitants, or {@code null}
 * @param maxPopulation at most this many inhabitants, or {@code null}
 * @param minKm at least this far from the lead town, or {@code null}
 * @param maxKm at most this far from the lead town, or {@code null}
 * @param withOrganisation only towns with an organisation in Jumelage
 * @param language only towns of countries where the language is spoken (ISO 639 code), or {@code null}
 * @param page from 0
 * @param size 1 to {@link PartnerSearch#MAX_SIZE}
 */
public record PartnerQuery(
        @Nullable Long townId,
        @Nullable Long projectId,
        @Nullable String measure,
        int hops,
        Set<String> countries,
        @Nullable Long minPopulation,
        @Nullable Long maxPopulation,
        @Nullable Double minKm,
        @Nullable Double maxKm,
        boolean withOrganisation,
        @Nullable String language,
        int page,
        int size) {

    public PartnerQuery {
        countries = Set.copyOf(countries);
    }

    /** A one-hop search from a town, first page, no filters. */
    public static PartnerQuery fromTown(long townId) {
        return new PartnerQuery(
                townId, null, null, 1, Set.of(), null, null, null, null, false, null, 0, PartnerSearch.DEFAULT_SIZE);
    }

    public PartnerQuery withHops(int value) {
        return new PartnerQuery(
                townId,
                projectId,
                measure,
                value,
                countries,
                minPopulation,
                maxPopulation,
                minKm,
                maxKm,
                withOrganisation,
                language,
                page,
                size);
    }

    public PartnerQuery withMeasure(@Nullable String value) {
        return new PartnerQuery(
                townId,
                projectId,
                value,
                hops,
                countries,
                minPopulation,
                maxPopulation,
                minKm,
                maxKm,
                withOrganisation,
                language,
                page,
                size);
    }

    public PartnerQuery withPage(int value, int pageSize) {
        return new PartnerQuery(
                townId,
                projectId,
                measure,
                hops,
                countries,
                minPopulation,
                maxPopulation,
                minKm,
                maxKm,
                withOrganisation,
                language,
                value,
                pageSize);
    }
}
