package org.jumelage.network.domain;

import java.time.Clock;
import java.time.LocalDate;
import java.util.Collection;
import java.util.HashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.atomic.AtomicReference;
import org.jspecify.annotations.Nullable;
import org.jumelage.account.SignedInUser;
import org.jumelage.network.NetworkException;
import org.jumelage.network.NetworkPartner;
import org.jumelage.network.NetworkProject;
import org.jumelage.network.NetworkProjects;
import org.jumelage.network.PartnerCandidate;
import org.jumelage.network.PartnerCountryRules;
import org.jumelage.network.PartnerQuery;
import org.jumelage.network.PartnerSearch;
import org.jumelage.network.PartnerSearchResult;
import org.jumelage.network.PastPartnerTowns;
import org.jumelage.network.TownSummary;
import org.jumelage.network.TwinLinksChanged;
import org.jumelage.network.Twinnings;
import org.jumelage.network.persistence.TownStore;
import org.jumelage.shared.Countries;
import org.springframework.beans.factory.ObjectProvider;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;
import org.springframework.transaction.event.TransactionalEventListener;

/**
 * Partner search over an in-memory {@link PartnerIndex} of all towns and twin links, built on the
 * first search and dropped on {@link TwinLinksChanged} (the next search builds it again). Projects
 * are read through {@link NetworkProjects} at each search, so a project's change counts at once;
 * the measure's rules through {@link PartnerCountryRules}.
 */
@Service
class DefaultPartnerSearch implements PartnerSearch {

    private final TownStore towns;
    private final ObjectProvider<Twinnings> twinnings;
    private final NetworkProjects projects;
    private final ObjectProvider<PartnerCountryRules> countryRules;
    private final OrganisationRepository organisations;
    private final Clock clock;
    private final AtomicReference<@Nullable PartnerIndex> index = new AtomicReference<>();

    DefaultPartnerSearch(
            TownStore towns,
            ObjectProvider<Twinnings> twinnings,
            NetworkProjects projects,
            ObjectProvider<PartnerCountryRules> countryRules,
            OrganisationRepository organisations,
            Clock clock) {
        this.towns = towns;
        this.twinnings = twinnings;
        this.projects = projects;
        this.countryRules = countryRules;
        this.organisations = organisations;
        this.clock = clock;
    }

    @TransactionalEventListener(fallbackExecution = true)
    void on(TwinLinksChanged changed) {
        index.set(null);
    }

    /** Drops the index (for example after towns were added); the next search builds it again. */
    void forget() {
        index.set(null);
    }

    PartnerIndex index() {
        PartnerIndex current = index.get();
        if (current == null) {
            Twinnings links = twinnings.getIfAvailable();
            current = PartnerIndex.build(towns.allTowns(), links == null ? List.of() : links.all());
            index.set(current);
        }
        return current;
    }

    @Override
    @Transactional(readOnly = true)
    public PartnerSearchResult search(SignedInUser viewer, PartnerQuery query) {
        validate(query);
        PartnerIndex towns = index();
        NetworkProject project = null;
        if (query.projectId() != null) {
            project = projects.viewable(viewer, query.projectId())
                    .orElseThrow(() -> NetworkException.partnerSearchProjectNotFound(query.projectId()));
        }
        Set<Integer> origins = new LinkedHashSet<>();
        int lead = -1;
        if (query.townId() != null) {
            lead = towns.indexOf(query.townId());
            if (lead < 0) {
                throw NetworkException.unknownTown(query.townId());
            }
            origins.add(lead);
        }
        Set<String> partnership = new LinkedHashSet<>();
        if (project != null) {
            for (NetworkPartner partner : project.partners()) {
                partnership.add(partner.country());
                int position = partner.townId() == null ? -1 : towns.indexOf(partner.townId());
                if (position >= 0) {
                    origins.add(position);
                    if (lead < 0 && partner.lead()) {
                        lead = position;
                    }
                }
            }
            if (lead < 0 && !origins.isEmpty()) {
                lead = origins.iterator().next();
            }
        } else if (lead >= 0) {
            partnership.add(towns.town(lead).country());
        }
        String measure = query.measure() != null && !query.measure().isBlank()
                ? query.measure().strip()
                : project == null ? null : project.measure();
        PartnerCountryRules.Requirements rules = null;
        if (measure != null) {
            PartnerCountryRules port = countryRules.getIfAvailable();
            if (port != null) {
                String code = measure;
                rules = port.requirements(measure, year(project), partnership)
                        .orElseThrow(() -> NetworkException.partnerSearchUnknownMeasure(code));
            }
        }
        Set<String> languageCountries =
                query.language() == null || query.language().isBlank()
                        ? null
                        : CountryLanguages.countriesSpeaking(query.language());
        PastPartnerTowns past = project == null && measure == null
                ? PastPartnerTowns.NONE
                : projects.pastPartnerTowns(
                        measure, project == null ? Set.of() : project.themes(), project == null ? null : project.id());
        PartnerRanking.Start start = new PartnerRanking.Start(
                origins.stream().mapToInt(Integer::intValue).toArray(), lead);
        List<PartnerCandidate> ranked = PartnerRanking.rank(
                towns,
                start,
                past,
                this::organisationsInTowns,
                new PartnerRanking.Filters(query, rules, languageCountries));
        int from = (int) Math.min((long) query.page() * query.size(), ranked.size());
        int to = Math.min(from + query.size(), ranked.size());
        TownSummary leadTown = lead < 0 ? null : towns.town(lead);
        return new PartnerSearchResult(
                List.copyOf(ranked.subList(from, to)),
                ranked.size(),
                query.page(),
                query.size(),
                leadTown,
                measure,
                rules == null ? List.of() : rules.needs());
    }

    @Override
    public List<String> languages() {
        return CountryLanguages.languagesOf(Countries.CODES);
    }

    /** The call year the rules are read for: the project's first year, else this year. */
    private int year(@Nullable NetworkProject project) {
        LocalDate start = project == null ? null : project.start();
        return start != null ? start.getYear() : LocalDate.now(clock).getYear();
    }

    /**
     * Town id → an organisation there (a municipality first), for these towns only: by {@code
     * organisation_town_ix}, {@link PartnerRanking#FILL_BATCH} towns a statement.
     */
    private Map<Long, Long> organisationsInTowns(Collection<Long> townIds) {
        Map<Long, Long> byTown = new HashMap<>();
        List<Long> ids = List.copyOf(new LinkedHashSet<>(townIds));
        for (int from = 0; from < ids.size(); from += PartnerRanking.FILL_BATCH) {
            List<Long> batch = ids.subList(from, Math.min(from + PartnerRanking.FILL_BATCH, ids.size()));
            for (Object[] row : organisations.inTowns(batch)) {
                byTown.putIfAbsent(((Number) row[0]).longValue(), ((Number) row[1]).longValue());
            }
        }
        return byTown;
    }

    static void validate(PartnerQuery query) {
        if (query.townId() == null && query.projectId() == null) {
            throw NetworkException.partnerSearchStartMissing();
        }
        if (query.hops() != 1 && query.hops() != 2) {
            throw NetworkException.partnerSearchHopsInvalid(query.hops());
        }
        for (String country : query.countries()) {
            if (!Countries.isKnown(country)) {
                throw NetworkException.partnerSearchUnknownCountry(country);
            }
        }
        if (query.language() != null && !query.language().isBlank() && !CountryLanguages.isKnown(query.language())) {
            throw NetworkException.partnerSearchUnknownLanguage(query.language());
        }
        nonNegative(query.minPopulation(), "minPopulation");
        nonNegative(query.maxPopulation(), "maxPopulation");
        nonNegative(query.minKm(), "minKm");
        nonNegative(query.maxKm(), "maxKm");
        if (query.minPopulation() != null
                && query.maxPopulation() != null
                && query.minPopulation() > query.maxPopulation()) {
            throw NetworkException.partnerSearchRangeInvalid("minPopulation");
        }
        if (query.minKm() != null && query.maxKm() != null && query.minKm() > query.maxKm()) {
            throw NetworkException.partnerSearchRangeInvalid("minKm");
        }
        if (query.page() < 0) {
            throw NetworkException.partnerSearchPageInvalid();
        }
        if (query.size() < 1 || query.size() > MAX_SIZE) {
            throw NetworkException.partnerSearchSizeInvalid(MAX_SIZE);
        }
    }

    private static void nonNegative(@Nullable Number value, String field) {
        if (value != null && (value.doubleValue() < 0 || Double.isNaN(value.doubleValue()))) {
            throw NetworkException.partnerSearchNegative(field);
        }
    }
}
