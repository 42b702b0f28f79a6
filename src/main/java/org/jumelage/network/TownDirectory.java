package org.jumelage.network;

import java.util.Collection;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.jspecify.annotations.Nullable;

/**
 * The gazetteer of European towns: 64,880 places from GeoNames, loaded at first start, plus the
 * towns administrators add. Names match ignoring letter case and accents: "lodz" finds Łódź,
 * "klaipeda" Klaipėda, "dusseldorf" Düsseldorf.
 */
public interface TownDirectory {

    /** The most towns one search answers. */
    int MAX_LIMIT = 100;

    /**
     * Towns whose name starts with {@code query} (ignoring case and accents), largest population
     * first (ties by id).
     *
     * @param country ISO code to search one country only, or {@code null} for all
     * @param limit the most towns to answer, 1 to {@link #MAX_LIMIT}
     * @return empty when the query has no letter or digit
     */
    List<TownSummary> search(String query, @Nullable String country, int limit);

    /** How many towns {@link #search} would find without a limit. */
    long count(String query, @Nullable String country);

    Optional<TownSummary> find(long id);

    /** The towns of the given ids that exist, by id. */
    Map<Long, TownSummary> findAll(Collection<Long> ids);

    /**
     * Turns the text of a town field into a town. Text ending in a GeoNames id in parentheses
     * ({@code Łódź (3093133)}) resolves to that town. Text as {@link TownSummary#fieldText()} writes
     * it ({@code Poznań, Greater Poland (PL)}) is looked up by its name in its country (which wins over
     * {@code country}) and region. Otherwise a name equal to the text (ignoring case and accents), in
     * the country if one is given, resolves when it is the only one or
     * clearly the largest (at least twice the population of the next). Else the answer carries up
     * to 10 candidates (names with a word starting with the text), and no town.
     */
    TownResolution resolve(String typed, @Nullable String country);

    /**
     * Adds a town missing from the gazetteer (administrators). Its id comes from a sequence that
     * starts at 900,000,000, far above GeoNames ids. Refuses a town with the same name in the same
     * country within about 10 km of a known one.
     */
    TownSummary addTown(NewTown town);
}
