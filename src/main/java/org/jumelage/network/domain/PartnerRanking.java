package org.jumelage.network.domain;

import java.util.ArrayList;
import java.util.Collection;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.jspecify.annotations.Nullable;
import org.jumelage.network.PartnerCandidate;
import org.jumelage.network.PartnerCountryRules;
import org.jumelage.network.PartnerQuery;
import org.jumelage.network.PartnerReason;
import org.jumelage.network.PartnerReason.TownRef;
import org.jumelage.network.PartnerReasonKind;
import org.jumelage.network.PastPartnerTowns;
import org.jumelage.network.TownSummary;
import org.jumelage.shared.GreatCircle;

/**
 * Ranks the candidate towns of a partner search. Pure Java over a {@link PartnerIndex}, no state.
 *
 * <p>Candidates come from the twin links (one hop: twins of the starting towns; two hops: twins of
 * their twins, never a starting town or one of its own twins), from the partner towns of the
 * instance's other projects (same measure, shared themes: {@link PastPartnerTowns}) and, when the measure's rules still need a country, from the towns
 * of the countries that would meet the rule (the {@link #FILL} nearest). Similar population is a
 * reason only next to another one. A country the measure does not allow is never proposed; the
 * filters apply last. Ranking: the reasons' weights, then distance, then population.
 */
final class PartnerRanking {

    /** How many towns of a needed country are proposed on that ground alone. */
    static final int FILL = 30;

    /** The most "via" towns named for one kind of reason. */
    static final int MAX_VIA = 3;

    private PartnerRanking() {}

    /** Where a search starts: the starting towns' positions and the lead town's position (or -1). */
    record Start(int[] origins, int lead) {}

    /** The country and population filters, and the measure's rules, as the search applies them. */
    record Filters(
            PartnerQuery query,
            PartnerCountryRules.@Nullable Requirements rules,
            @Nullable Set<String> languageCountries) {}

    private static final class Candidate {
        final int position;
        final List<PartnerReason> reasons = new ArrayList<>();
        double km = Double.NaN;
        int score;

        Candidate(int position) {
            this.position = position;
        }

        void add(PartnerReason reason) {
            long same = reasons.stream().filter(r -> r.kind() == reason.kind()).count();
            if (same >= MAX_VIA || reasons.contains(reason)) {
                return;
            }
            reasons.add(reason);
        }

        boolean has(PartnerReasonKind kind) {
            return reasons.stream().anyMatch(reason -> reason.kind() == kind);
        }
    }

    /**
     * Town id → an organisation there (a municipality first), for the towns asked about; towns
     * without one are left out.
     */
    @FunctionalInterface
    interface OrganisationsInTowns {
        Map<Long, Long> of(Collection<Long> townIds);
    }

    /** How many towns {@link #fill} asks {@link OrganisationsInTowns} about at once. */
    static final int FILL_BATCH = 500;

    static List<PartnerCandidate> rank(
            PartnerIndex index,
            Start start,
            PastPartnerTowns past,
            OrganisationsInTowns organisations,
            Filters filters) {
        int n = index.size();
        boolean[] excluded = new boolean[n];
        for (int origin : start.origins()) {
            excluded[origin] = true;
        }
        Map<Integer, Candidate> found = new HashMap<>();
        int hops = filters.query().hops();
        if (hops == 1) {
            for (int origin : start.origins()) {
                for (int twin : index.twins(origin)) {
                    if (!excluded[twin]) {
                        found.computeIfAbsent(twin, Candidate::new)
                                .add(new PartnerReason(PartnerReasonKind.TWIN, ref(index, origin), null));
                    }
                }
            }
        } else {
            for (int origin : start.origins()) {
                for (int twin : index.twins(origin)) {
                    excluded[twin] = true;
                }
            }
            for (int origin : start.origins()) {
                for (int twin : index.twins(origin)) {
                    for (int second : index.twins(twin)) {
                        if (!excluded[second]) {
                            found.computeIfAbsent(second, Candidate::new)
                                    .add(new PartnerReason(
                                            PartnerReasonKind.TWIN_OF_TWIN, ref(index, twin), ref(index, origin)));
                        }
                    }
                }
            }
        }
        addPast(index, excluded, found, past.sameMeasure(), PartnerReasonKind.PAST_PROJECT);
        addPast(index, excluded, found, past.sharedTheme(), PartnerReasonKind.THEME);
        TownSummary lead = start.lead() < 0 ? null : index.town(start.lead());
        Set<String> needed = neededCountries(filters.rules());
        if (!needed.isEmpty()) {
            for (Candidate candidate : found.values()) {
                if (needed.contains(index.town(candidate.position).country())) {
                    candidate.add(PartnerReason.of(PartnerReasonKind.COUNTRY_NEEDED));
                }
            }
            fill(index, excluded, found, needed, lead, filters, organisations);
        }
        Map<Long, Long> organisationByTown = organisations.of(found.keySet().stream()
                .map(position -> index.town(position).id())
                .toList());
        List<Candidate> kept = new ArrayList<>();
        for (Candidate candidate : found.values()) {
            TownSummary town = index.town(candidate.position);
            if (lead != null) {
                candidate.km = km(lead, town);
            }
            if (!passes(town, candidate.km, filters, organisationByTown)) {
                continue;
            }
            if (lead != null && similarPopulation(lead.population(), town.population())) {
                candidate.add(PartnerReason.of(PartnerReasonKind.POPULATION));
            }
            candidate.reasons.sort(Comparator.comparing(PartnerReason::kind));
            candidate.score = score(candidate, organisationByTown.containsKey(town.id()));
            kept.add(candidate);
        }
        kept.sort(Comparator.comparingInt((Candidate c) -> -c.score)
                .thenComparingDouble(c -> Double.isNaN(c.km) ? Double.MAX_VALUE : c.km)
                .thenComparingLong(c -> -index.town(c.position).population())
                .thenComparingLong(c -> index.town(c.position).id()));
        List<PartnerCandidate> ranked = new ArrayList<>(kept.size());
        for (Candidate candidate : kept) {
            TownSummary town = index.town(candidate.position);
            ranked.add(new PartnerCandidate(
                    town,
                    Double.isNaN(candidate.km) ? null : Math.round(candidate.km),
                    List.copyOf(candidate.reasons),
                    organisationByTown.get(town.id())));
        }
        return ranked;
    }

    /** The countries some unmet rule of the measure asks for. */
    static Set<String> neededCountries(PartnerCountryRules.@Nullable Requirements rules) {
        if (rules == null || rules.needs().isEmpty()) {
            return Set.of();
        }
        Set<String> needed = new java.util.TreeSet<>();
        rules.needs().forEach(need -> needed.addAll(need.countries()));
        return needed;
    }

    /** Gives every town of the set that is not excluded the reason (an earlier project's partner town). */
    private static void addPast(
            PartnerIndex index,
            boolean[] excluded,
            Map<Integer, Candidate> found,
            Set<Long> townIds,
            PartnerReasonKind kind) {
        for (long townId : townIds) {
            int position = index.indexOf(townId);
            if (position >= 0 && !excluded[position]) {
                found.computeIfAbsent(position, Candidate::new).add(PartnerReason.of(kind));
            }
        }
    }

    /**
     * Adds the {@link #FILL} towns of needed countries nearest the lead (largest without one) that
     * pass the filters. With "only towns with an organisation" the organisations are asked for in
     * that order, {@link #FILL_BATCH} towns at a time, until there are enough.
     */
    private static void fill(
            PartnerIndex index,
            boolean[] excluded,
            Map<Integer, Candidate> found,
            Set<String> needed,
            @Nullable TownSummary lead,
            Filters filters,
            OrganisationsInTowns organisations) {
        List<Candidate> options = new ArrayList<>();
        for (int position = 0; position < index.size(); position++) {
            TownSummary town = index.town(position);
            if (excluded[position] || found.containsKey(position) || !needed.contains(town.country())) {
                continue;
            }
            Candidate option = new Candidate(position);
            if (lead != null) {
                option.km = km(lead, town);
            }
            if (passes(town, option.km, filters, null)) {
                options.add(option);
            }
        }
        Comparator<Candidate> order = lead == null
                ? Comparator.comparingLong(
                        (Candidate c) -> -index.town(c.position).population())
                : Comparator.comparingDouble((Candidate c) -> c.km);
        options.sort(order.thenComparingLong(c -> index.town(c.position).id()));
        List<Candidate> chosen = new ArrayList<>(FILL);
        if (!filters.query().withOrganisation()) {
            chosen.addAll(options.subList(0, Math.min(FILL, options.size())));
        } else {
            for (int from = 0; from < options.size() && chosen.size() < FILL; from += FILL_BATCH) {
                List<Candidate> batch = options.subList(from, Math.min(from + FILL_BATCH, options.size()));
                Map<Long, Long> withOrganisation = organisations.of(batch.stream()
                        .map(option -> index.town(option.position).id())
                        .toList());
                for (Candidate option : batch) {
                    if (chosen.size() < FILL
                            && withOrganisation.containsKey(
                                    index.town(option.position).id())) {
                        chosen.add(option);
                    }
                }
            }
        }
        for (Candidate option : chosen) {
            option.add(PartnerReason.of(PartnerReasonKind.COUNTRY_NEEDED));
            found.put(option.position, option);
        }
    }

    /**
     * Whether the town passes the measure's rules and the query's filters; "only towns with an
     * organisation" is left out when {@code organisationByTown} is {@code null}.
     */
    private static boolean passes(
            TownSummary town, double km, Filters filters, @Nullable Map<Long, Long> organisationByTown) {
        PartnerQuery query = filters.query();
        if (filters.rules() != null && !filters.rules().allows(town.country())) {
            return false;
        }
        if (!query.countries().isEmpty() && !query.countries().contains(town.country())) {
            return false;
        }
        if (filters.languageCountries() != null && !filters.languageCountries().contains(town.country())) {
            return false;
        }
        if (query.minPopulation() != null && town.population() < query.minPopulation()) {
            return false;
        }
        if (query.maxPopulation() != null && town.population() > query.maxPopulation()) {
            return false;
        }
        if (!Double.isNaN(km)) {
            if (query.minKm() != null && km < query.minKm()) {
                return false;
            }
            if (query.maxKm() != null && km > query.maxKm()) {
                return false;
            }
        }
        return organisationByTown == null || !query.withOrganisation() || organisationByTown.containsKey(town.id());
    }

    /** Half to twice the lead town's population (both known). */
    static boolean similarPopulation(long lead, long other) {
        return lead > 0 && other > 0 && other * 2 >= lead && other <= lead * 2;
    }

    private static int score(Candidate candidate, boolean hasOrganisation) {
        int score = hasOrganisation ? 1 : 0;
        for (PartnerReason reason : candidate.reasons) {
            score += switch (reason.kind()) {
                case TWIN -> 6;
                case TWIN_OF_TWIN -> 3;
                case PAST_PROJECT -> 4;
                case THEME -> 2;
                case COUNTRY_NEEDED -> 4;
                case POPULATION -> 1;
            };
        }
        return score;
    }

    private static double km(TownSummary from, TownSummary to) {
        return GreatCircle.km(from.latitude(), from.longitude(), to.latitude(), to.longitude());
    }

    private static TownRef ref(PartnerIndex index, int position) {
        TownSummary town = index.town(position);
        return new TownRef(town.id(), town.name());
    }
}
