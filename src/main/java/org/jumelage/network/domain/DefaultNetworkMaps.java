package org.jumelage.network.domain;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import org.jspecify.annotations.Nullable;
import org.jumelage.account.SignedInUser;
import org.jumelage.network.MapPoint;
import org.jumelage.network.MapReason;
import org.jumelage.network.MapRole;
import org.jumelage.network.NetworkMap;
import org.jumelage.network.NetworkMaps;
import org.jumelage.network.NetworkPartner;
import org.jumelage.network.NetworkProject;
import org.jumelage.network.NetworkProjects;
import org.jumelage.network.OrganisationManagement;
import org.jumelage.network.OrganisationSummary;
import org.jumelage.network.TownDirectory;
import org.jumelage.network.TownSummary;
import org.jumelage.network.TwinLink;
import org.jumelage.network.TwinStatus;
import org.jumelage.network.TwinTown;
import org.jumelage.network.Twinnings;
import org.jumelage.shared.GreatCircle;
import org.springframework.stereotype.Service;

/**
 * Places a project's and an organisation's towns for a map: one point per town, with every reason
 * it is there. Reads in a few calls (all towns, all organisations at once), never one per partner.
 */
@Service
class DefaultNetworkMaps implements NetworkMaps {

    static final String REASON_LEAD = "map.reason.lead";
    static final String REASON_PARTNER = "map.reason.partner";
    static final String REASON_HOME = "map.reason.home";
    static final String REASON_TWIN = "map.reason.twin";
    static final String REASON_TWIN_ENDED = "map.reason.twin-ended";
    static final String REASON_PROJECT_PARTNER = "map.reason.project-partner";

    private final NetworkProjects projects;
    private final OrganisationManagement organisations;
    private final TownDirectory towns;
    private final Twinnings twinnings;

    DefaultNetworkMaps(
            NetworkProjects projects, OrganisationManagement organisations, TownDirectory towns, Twinnings twinnings) {
        this.projects = projects;
        this.organisations = organisations;
        this.towns = towns;
        this.twinnings = twinnings;
    }

    @Override
    public Optional<NetworkMap> ofProject(SignedInUser viewer, long projectId, Locale locale) {
        return projects.viewable(viewer, projectId).map(project -> {
            Map<Long, OrganisationSummary> partners = organisationsOf(List.of(project));
            Points points = new Points(towns.findAll(townIdsOf(List.of(project))));
            for (NetworkPartner partner : project.partners()) {
                String name = organisationName(partners, partner, locale);
                MapRole role = partner.lead() ? MapRole.HOME : MapRole.PARTNER;
                points.add(partner, name, role, new MapReason(partner.lead() ? REASON_LEAD : REASON_PARTNER, name));
            }
            return new NetworkMap(project.title(), points.sorted());
        });
    }

    @Override
    public Optional<NetworkMap> ofOrganisation(SignedInUser viewer, long organisationId, Locale locale) {
        return organisations.find(organisationId).map(organisation -> {
            String name = organisation.name(locale);
            List<NetworkProject> itsProjects = projects.ofOrganisation(viewer, organisationId);
            List<TwinLink> links = organisation.townId() == null ? List.of() : twinnings.linksOf(organisation.townId());
            Set<Long> townIds = new HashSet<>(townIdsOf(itsProjects));
            if (organisation.townId() != null) {
                townIds.add(organisation.townId());
            }
            for (TwinLink link : links) {
                TwinTown other = link.otherSide(organisation.townId());
                if (other.id() != null) {
                    townIds.add(other.id());
                }
            }
            Points points = new Points(towns.findAll(townIds));
            if (organisation.townId() != null) {
                points.add(
                        new NetworkPartner(organisationId, organisation.townId(), organisation.country(), false),
                        name,
                        MapRole.HOME,
                        new MapReason(REASON_HOME, name));
                String home = points.townName(organisation.townId(), name);
                for (TwinLink link : links) {
                    TwinTown other = link.otherSide(organisation.townId());
                    String key = link.status() == TwinStatus.ENDED ? REASON_TWIN_ENDED : REASON_TWIN;
                    points.addTwin(other, new MapReason(key, home));
                }
            }
            Map<Long, OrganisationSummary> partners = organisationsOf(itsProjects);
            for (NetworkProject project : itsProjects) {
                for (NetworkPartner partner : project.partners()) {
                    if (partner.organisationId() != null && partner.organisationId() == organisationId) {
                        continue;
                    }
                    points.add(
                            partner,
                            organisationName(partners, partner, locale),
                            MapRole.PARTNER,
                            new MapReason(REASON_PROJECT_PARTNER, project.title()));
                }
            }
            return new NetworkMap(name, points.sorted());
        });
    }

    private Map<Long, OrganisationSummary> organisationsOf(List<NetworkProject> projects) {
        Set<Long> ids = new HashSet<>();
        projects.forEach(project -> project.partners().stream()
                .map(NetworkPartner::organisationId)
                .filter(id -> id != null)
                .forEach(ids::add));
        return ids.isEmpty() ? Map.of() : organisations.findAll(ids);
    }

    private static Set<Long> townIdsOf(List<NetworkProject> projects) {
        Set<Long> ids = new HashSet<>();
        projects.forEach(project -> project.partners().stream()
                .map(NetworkPartner::townId)
                .filter(id -> id != null)
                .forEach(ids::add));
        return ids;
    }

    private static String organisationName(
            Map<Long, OrganisationSummary> organisations, NetworkPartner partner, Locale locale) {
        OrganisationSummary organisation =
                partner.organisationId() == null ? null : organisations.get(partner.organisationId());
        return organisation == null ? partner.country() : organisation.name(locale);
    }

    /** The points being gathered: one per gazetteer town, one per other place (by name and country). */
    private static final class Points {

        private final Map<Long, TownSummary> towns;
        private final Map<String, Builder> byPlace = new LinkedHashMap<>();

        Points(Map<Long, TownSummary> towns) {
            this.towns = towns;
        }

        String townName(long townId, String otherwise) {
            TownSummary town = towns.get(townId);
            return town == null ? otherwise : town.name();
        }

        /** A partner's town, or the partner itself (by its name) when its town is not known. */
        void add(NetworkPartner partner, String organisationName, MapRole role, MapReason reason) {
            TownSummary town = partner.townId() == null ? null : towns.get(partner.townId());
            if (town == null) {
                builder(
                                "organisation:" + organisationName + ":" + partner.country(),
                                null,
                                organisationName,
                                partner.country(),
                                role)
                        .add(role, reason);
            } else {
                builder("town:" + town.id(), town, town.name(), town.country(), role)
                        .add(role, reason);
            }
        }

        void addTwin(TwinTown twin, MapReason reason) {
            TownSummary town = twin.id() == null ? null : towns.get(twin.id());
            if (town == null) {
                builder("place:" + twin.name() + ":" + twin.country(), null, twin.name(), twin.country(), MapRole.TWIN)
                        .add(MapRole.TWIN, reason);
            } else {
                builder("town:" + town.id(), town, town.name(), town.country(), MapRole.TWIN)
                        .add(MapRole.TWIN, reason);
            }
        }

        private Builder builder(String key, @Nullable TownSummary town, String name, String country, MapRole role) {
            return byPlace.computeIfAbsent(key, k -> new Builder(town, name, country, role));
        }

        List<MapPoint> sorted() {
            TownSummary home = byPlace.values().stream()
                    .filter(b -> b.role == MapRole.HOME && b.town != null)
                    .map(b -> b.town)
                    .findFirst()
                    .orElse(null);
            return byPlace.values().stream()
                    .map(b -> b.point(home))
                    .sorted(Comparator.comparing(MapPoint::role)
                            .thenComparing(p -> p.distanceKm() == null ? Integer.MAX_VALUE : p.distanceKm())
                            .thenComparing(MapPoint::name))
                    .toList();
        }
    }

    private static final class Builder {

        final @Nullable TownSummary town;
        final String name;
        final String country;
        MapRole role;
        final List<MapReason> reasons = new ArrayList<>();

        Builder(@Nullable TownSummary town, String name, String country, MapRole role) {
            this.town = town;
            this.name = name;
            this.country = country;
            this.role = role;
        }

        /** Adds a reason; the town keeps the strongest role (home before partner before twin). */
        void add(MapRole role, MapReason reason) {
            if (role.compareTo(this.role) < 0) {
                this.role = role;
            }
            if (!reasons.contains(reason)) {
                reasons.add(reason);
            }
        }

        MapPoint point(@Nullable TownSummary home) {
            if (town == null) {
                return new MapPoint(null, name, country, null, null, role, reasons, null);
            }
            Integer distance = home == null
                    ? null
                    : (int) Math.round(
                            GreatCircle.km(home.latitude(), home.longitude(), town.latitude(), town.longitude()));
            return new MapPoint(town.id(), name, country, town.latitude(), town.longitude(), role, reasons, distance);
        }
    }
}
