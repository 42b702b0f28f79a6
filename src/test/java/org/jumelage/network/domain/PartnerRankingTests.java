package org.jumelage.network.domain;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.jspecify.annotations.Nullable;
import org.jumelage.network.PartnerCandidate;
import org.jumelage.network.PartnerCountryRules;
import org.jumelage.network.PartnerQuery;
import org.jumelage.network.PartnerReason;
import org.jumelage.network.PartnerReasonKind;
import org.jumelage.network.PastPartnerTowns;
import org.jumelage.network.TownSummary;
import org.jumelage.network.TwinKind;
import org.jumelage.network.TwinLink;
import org.jumelage.network.TwinStatus;
import org.jumelage.network.TwinTown;
import org.junit.jupiter.api.Test;

/** Partner search's ranking and reasons over a small network of towns. */
class PartnerRankingTests {

    // Daugavpils (LV) — twins Panevėžys (LT), Radom (PL), Lida (BY); Radom — Gniezno (PL);
    // Panevėžys — Kalmar (SE) and Radom (so Radom is both a twin and a twin of a twin); Lida — Grodno (BY).
    static final TownSummary DAUGAVPILS = town(1, "Daugavpils", "LV", 55.87, 26.53, 80_000);
    static final TownSummary PANEVEZYS = town(2, "Panevėžys", "LT", 55.73, 24.36, 87_000);
    static final TownSummary RADOM = town(3, "Radom", "PL", 51.40, 21.15, 210_000);
    static final TownSummary LIDA = town(4, "Lida", "BY", 53.89, 25.30, 100_000);
    static final TownSummary GNIEZNO = town(5, "Gniezno", "PL", 52.53, 17.60, 68_000);
    static final TownSummary KALMAR = town(6, "Kalmar", "SE", 56.66, 16.36, 30_000);
    static final TownSummary GRODNO = town(7, "Grodno", "BY", 53.68, 23.83, 370_000);
    static final TownSummary TARTU = town(8, "Tartu", "EE", 58.38, 26.72, 91_000);
    static final TownSummary SIAULIAI = town(9, "Šiauliai", "LT", 55.93, 23.31, 100_000);

    static final List<TownSummary> TOWNS =
            List.of(DAUGAVPILS, PANEVEZYS, RADOM, LIDA, GNIEZNO, KALMAR, GRODNO, TARTU, SIAULIAI);

    static final PartnerIndex INDEX = PartnerIndex.build(
            TOWNS,
            List.of(
                    link(1, DAUGAVPILS, PANEVEZYS, TwinStatus.ACTIVE),
                    link(2, DAUGAVPILS, RADOM, TwinStatus.ACTIVE),
                    link(3, LIDA, DAUGAVPILS, TwinStatus.ACTIVE),
                    link(4, RADOM, GNIEZNO, TwinStatus.ACTIVE),
                    link(5, PANEVEZYS, KALMAR, TwinStatus.ACTIVE),
                    link(6, PANEVEZYS, RADOM, TwinStatus.ACTIVE),
                    link(7, LIDA, GRODNO, TwinStatus.ACTIVE),
                    link(8, DAUGAVPILS, TARTU, TwinStatus.ENDED),
                    new TwinLink(
                            9,
                            twin(DAUGAVPILS),
                            new TwinTown(null, "Harbin", "CN"),
                            TwinKind.FORMAL,
                            TwinStatus.ACTIVE,
                            null,
                            null,
                            null,
                            "Wikipedia",
                            null,
                            0)));

    @Test
    void oneHopProposesTheTwinsOfTheStartingTownWithTheTownTheyAreTwinsOf() {
        List<PartnerCandidate> found = rank(query(1), null, Map.of());

        assertThat(names(found)).containsExactlyInAnyOrder("Panevėžys", "Radom", "Lida");
        assertThat(found.get(0).reasons())
                .contains(new PartnerReason(PartnerReasonKind.TWIN, new PartnerReason.TownRef(1, "Daugavpils"), null));
        assertThat(names(found)).as("an ended link is no twin").doesNotContain("Tartu");
    }

    @Test
    void twoHopsProposesTwinsOfTwinsButNeverTheTownsOwnTwins() {
        List<PartnerCandidate> found = rank(query(2), null, Map.of());

        assertThat(names(found)).containsExactlyInAnyOrder("Gniezno", "Kalmar", "Grodno");
        assertThat(names(found)).doesNotContain("Radom", "Panevėžys", "Lida", "Daugavpils");
        PartnerCandidate kalmar = byName(found, "Kalmar");
        assertThat(kalmar.reasons())
                .containsExactly(new PartnerReason(
                        PartnerReasonKind.TWIN_OF_TWIN,
                        new PartnerReason.TownRef(2, "Panevėžys"),
                        new PartnerReason.TownRef(1, "Daugavpils")));
    }

    @Test
    void aCountryTheMeasureDoesNotAllowIsNeverProposed() {
        PartnerCountryRules.Requirements cerv =
                new PartnerCountryRules.Requirements(Set.of("LV", "LT", "PL", "SE", "EE", "UA"), List.of());

        assertThat(names(rank(query(1), cerv, Map.of()))).containsExactlyInAnyOrder("Panevėžys", "Radom");
        assertThat(names(rank(query(2), cerv, Map.of()))).containsExactlyInAnyOrder("Gniezno", "Kalmar");
    }

    @Test
    void aCountryTheRulesStillNeedIsSaidAndItsTownsAreProposed() {
        PartnerCountryRules.Requirements network = new PartnerCountryRules.Requirements(
                Set.of("LV", "LT", "PL", "SE", "EE"),
                List.of(new PartnerCountryRules.CountryNeed(true, 1, 2, Set.of("EE", "LT"))));

        List<PartnerCandidate> found = rank(query(2), network, Map.of());

        assertThat(names(found)).contains("Tartu", "Šiauliai");
        assertThat(byName(found, "Tartu").reasons())
                .extracting(PartnerReason::kind)
                .contains(PartnerReasonKind.COUNTRY_NEEDED);
        assertThat(byName(found, "Kalmar").reasons())
                .extracting(PartnerReason::kind)
                .doesNotContain(PartnerReasonKind.COUNTRY_NEEDED);
        assertThat(names(found)).doesNotContain("Panevėžys").as("a starting town's own twin stays out at two hops");
    }

    @Test
    void earlierProjectsOnTheSameMeasureOrThemesAreReasons() {
        PastPartnerTowns past =
                new PastPartnerTowns(Set.of(SIAULIAI.id(), TARTU.id(), 12345L), Set.of(KALMAR.id(), DAUGAVPILS.id()));
        PartnerRanking.Start start = new PartnerRanking.Start(new int[] {INDEX.indexOf(1)}, INDEX.indexOf(1));

        List<PartnerCandidate> found = PartnerRanking.rank(
                INDEX, start, past, organisations(Map.of()), new PartnerRanking.Filters(query(1), null, null));

        assertThat(byName(found, "Šiauliai").reasons())
                .extracting(PartnerReason::kind)
                .containsExactly(PartnerReasonKind.PAST_PROJECT, PartnerReasonKind.POPULATION);
        assertThat(byName(found, "Kalmar").reasons())
                .extracting(PartnerReason::kind)
                .containsExactly(PartnerReasonKind.THEME);
        assertThat(found.get(0).town().name()).as("a twin ranks first").isIn("Panevėžys", "Radom", "Lida");
        assertThat(names(found))
                .as("never the starting town, never a town outside the gazetteer")
                .doesNotContain("Daugavpils")
                .contains("Tartu");
    }

    @Test
    void filtersNarrowAndTheNearestComesFirstAmongEquals() {
        PartnerQuery base = query(1);
        PartnerQuery nearby =
                new PartnerQuery(1L, null, null, 1, Set.of(), null, null, null, 400.0, false, null, 0, 20);
        PartnerQuery lithuanian =
                new PartnerQuery(1L, null, null, 1, Set.of("LT"), null, null, null, null, false, null, 0, 20);
        PartnerQuery withOrganisation =
                new PartnerQuery(1L, null, null, 1, Set.of(), null, null, null, null, true, null, 0, 20);
        PartnerQuery small =
                new PartnerQuery(1L, null, null, 1, Set.of(), null, 150_000L, null, null, false, null, 0, 20);
        PartnerQuery belarusian =
                new PartnerQuery(1L, null, null, 1, Set.of(), null, null, null, null, false, "be", 0, 20);

        assertThat(names(rank(nearby, null, Map.of()))).containsExactlyInAnyOrder("Panevėžys", "Lida");
        assertThat(names(rank(lithuanian, null, Map.of()))).containsExactly("Panevėžys");
        assertThat(names(rank(withOrganisation, null, Map.of(3L, 77L)))).containsExactly("Radom");
        assertThat(rank(withOrganisation, null, Map.of(3L, 77L)).get(0).organisationId())
                .isEqualTo(77L);
        assertThat(names(rank(small, null, Map.of()))).containsExactlyInAnyOrder("Panevėžys", "Lida");
        assertThat(names(rank(belarusian, null, Map.of(), CountryLanguages.countriesSpeaking("be"))))
                .containsExactly("Lida");
        List<PartnerCandidate> all = rank(base, null, Map.of());
        assertThat(all.get(0).town().name()).as("same reasons: nearest first").isEqualTo("Panevėžys");
        assertThat(all.get(0).distanceKm()).isBetween(130L, 145L);
    }

    @Test
    void populationIsSimilarFromHalfToTwice() {
        assertThat(PartnerRanking.similarPopulation(80_000, 40_000)).isTrue();
        assertThat(PartnerRanking.similarPopulation(80_000, 160_000)).isTrue();
        assertThat(PartnerRanking.similarPopulation(80_000, 39_999)).isFalse();
        assertThat(PartnerRanking.similarPopulation(80_000, 160_001)).isFalse();
        assertThat(PartnerRanking.similarPopulation(0, 100)).isFalse();
    }

    @Test
    void theIndexKeepsOnlyLinksBetweenGazetteerTownsThatHaveNotEnded() {
        assertThat(INDEX.links()).isEqualTo(7);
        assertThat(INDEX.indexOf(12345)).isEqualTo(-1);
        assertThat(INDEX.twins(INDEX.indexOf(1))).hasSize(3);
    }

    private static List<PartnerCandidate> rank(
            PartnerQuery query, PartnerCountryRules.@Nullable Requirements rules, Map<Long, Long> organisations) {
        return rank(query, rules, organisations, null);
    }

    private static List<PartnerCandidate> rank(
            PartnerQuery query,
            PartnerCountryRules.@Nullable Requirements rules,
            Map<Long, Long> organisations,
            @Nullable Set<String> languageCountries) {
        PartnerRanking.Start start = new PartnerRanking.Start(new int[] {INDEX.indexOf(1)}, INDEX.indexOf(1));
        return PartnerRanking.rank(
                INDEX,
                start,
                PastPartnerTowns.NONE,
                organisations(organisations),
                new PartnerRanking.Filters(query, rules, languageCountries));
    }

    /** The organisations of a map, answered only for the towns asked about (as the database does). */
    private static PartnerRanking.OrganisationsInTowns organisations(Map<Long, Long> byTown) {
        return townIds -> {
            Map<Long, Long> answer = new java.util.HashMap<>();
            townIds.stream().filter(byTown::containsKey).forEach(id -> answer.put(id, byTown.get(id)));
            return answer;
        };
    }

    private static PartnerQuery query(int hops) {
        return PartnerQuery.fromTown(1).withHops(hops);
    }

    private static List<String> names(List<PartnerCandidate> candidates) {
        List<String> names = new ArrayList<>();
        candidates.forEach(candidate -> names.add(candidate.town().name()));
        return names;
    }

    private static PartnerCandidate byName(List<PartnerCandidate> candidates, String name) {
        return candidates.stream()
                .filter(candidate -> candidate.town().name().equals(name))
                .findFirst()
                .orElseThrow();
    }

    private static TwinTown twin(TownSummary town) {
        return new TwinTown(town.id(), town.name(), town.country());
    }

    private static TwinLink link(long id, TownSummary a, TownSummary b, TwinStatus status) {
        return new TwinLink(id, twin(a), twin(b), TwinKind.FORMAL, status, null, null, null, "Wikipedia", null, 0);
    }

    private static TownSummary town(long id, String name, String country, double lat, double lon, long population) {
        return new TownSummary(id, name, country, lat, lon, population, null);
    }
}
