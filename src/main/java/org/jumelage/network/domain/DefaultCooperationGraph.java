package org.jumelage.network.domain;

import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.atomic.AtomicLong;
import org.jspecify.annotations.Nullable;
import org.jumelage.account.SignedInUser;
import org.jumelage.network.CooperationGraph;
import org.jumelage.network.GraphException;
import org.jumelage.network.GraphQuery;
import org.jumelage.network.GraphView;
import org.jumelage.network.NetworkPartner;
import org.jumelage.network.NetworkProject;
import org.jumelage.network.NetworkProjects;
import org.jumelage.network.OrganisationManagement;
import org.jumelage.network.OrganisationSummary;
import org.jumelage.network.TownDirectory;
import org.jumelage.network.TwinLinksChanged;
import org.jumelage.network.TwinTown;
import org.jumelage.network.Twinnings;
import org.jumelage.shared.Countries;
import org.springframework.context.event.EventListener;
import org.springframework.context.i18n.LocaleContextHolder;
import org.springframework.stereotype.Service;

/**
 * The cooperation graph over the twin links and this instance's projects. The twin links (about
 * 23,000) are read once into a {@link TwinIndex} and read again after {@link TwinLinksChanged}; the
 * projects (a few queries, no event tells when they change) are read on every request, so a new
 * partner shows at once.
 */
@Service
class DefaultCooperationGraph implements CooperationGraph {

    private final Twinnings twinnings;
    private final NetworkProjects projects;
    private final OrganisationManagement organisations;
    private final TownDirectory towns;
    private final AtomicLong generation = new AtomicLong();
    private volatile @Nullable TwinIndex cached;

    DefaultCooperationGraph(
            Twinnings twinnings, NetworkProjects projects, OrganisationManagement organisations, TownDirectory towns) {
        this.twinnings = twinnings;
        this.projects = projects;
        this.organisations = organisations;
        this.towns = towns;
    }

    @EventListener
    synchronized void linksChanged(TwinLinksChanged changed) {
        generation.incrementAndGet();
        cached = null;
    }

    @Override
    public GraphView graph(SignedInUser viewer, GraphQuery query) {
        int from = checkedYear("from", query.from(), Integer.MIN_VALUE);
        int to = checkedYear("to", query.to(), Integer.MAX_VALUE);
        if (query.from() != null && query.to() != null && from > to) {
            throw GraphException.yearsReversed(from, to);
        }
        if (query.organisation() != null && query.project() != null) {
            throw GraphException.twoScopes();
        }
        String country = query.country() == null || query.country().isBlank()
                ? null
                : query.country().strip().toUpperCase(Locale.ROOT);
        if (country != null && !Countries.isKnown(country)) {
            throw GraphException.unknownCountry(query.country());
        }
        Locale locale = LocaleContextHolder.getLocale();
        if (query.project() != null) {
            long id = query.project();
            NetworkProject project =
                    projects.viewable(viewer, id).orElseThrow(() -> GraphException.projectNotFound(id));
            return build(GraphBuilder.Scope.project(), List.of(project), Set.of(), true, from, to, country, locale);
        }
        if (query.organisation() != null) {
            long id = query.organisation();
            OrganisationSummary organisation =
                    organisations.find(id).orElseThrow(() -> GraphException.organisationNotFound(id));
            return build(
                    GraphBuilder.Scope.organisation(id, organisation.townId()),
                    projects.ofOrganisation(viewer, id),
                    Set.of(id),
                    true,
                    from,
                    to,
                    country,
                    locale);
        }
        return build(
                GraphBuilder.Scope.whole(), projects.allUnrestricted(), Set.of(), false, from, to, country, locale);
    }

    private GraphView build(
            GraphBuilder.Scope scope,
            List<NetworkProject> inScope,
            Set<Long> moreOrganisations,
            boolean named,
            int from,
            int to,
            @Nullable String country,
            Locale locale) {
        Set<Long> organisationIds = new HashSet<>(moreOrganisations);
        Set<Long> townIds = new HashSet<>();
        if (scope.townId() != null) {
            townIds.add(scope.townId());
        }
        for (NetworkProject project : inScope) {
            for (NetworkPartner partner : project.partners()) {
                if (partner.organisationId() != null) {
                    organisationIds.add(partner.organisationId());
                }
                if (partner.townId() != null) {
                    townIds.add(partner.townId());
                }
            }
        }
        Map<Long, GraphBuilder.Organisation> organisationNodes = new HashMap<>();
        for (OrganisationSummary organisation :
                organisations.findAll(organisationIds).values()) {
            organisationNodes.put(
                    organisation.id(),
                    new GraphBuilder.Organisation(
                            organisation.name(locale), organisation.country(), organisation.townId()));
            if (organisation.townId() != null) {
                townIds.add(organisation.townId());
            }
        }
        TwinIndex links = index();
        townIds.removeIf(id -> links.byKey.containsKey(TwinIndex.townKey(id)));
        Map<Long, TwinTown> gazetteer = new HashMap<>();
        towns.findAll(townIds).forEach((id, town) -> gazetteer.put(id, new TwinTown(id, town.name(), town.country())));
        return new GraphBuilder(links, gazetteer, organisationNodes).build(scope, inScope, named, from, to, country);
    }

    private TwinIndex index() {
        TwinIndex known = cached;
        if (known != null) {
            return known;
        }
        long before = generation.get();
        TwinIndex fresh = TwinIndex.of(twinnings.all());
        synchronized (this) {
            // A change while reading makes this index stale: use it for this answer only.
            if (generation.get() == before) {
                cached = fresh;
            }
        }
        return fresh;
    }

    private static int checkedYear(String field, @Nullable Integer year, int otherwise) {
        if (year == null) {
            return otherwise;
        }
        if (year < MIN_YEAR || year > MAX_YEAR) {
            throw GraphException.yearOutOfRange(field, year);
        }
        return year;
    }
}
