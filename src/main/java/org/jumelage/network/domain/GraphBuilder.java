package org.jumelage.network.domain;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Comparator;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.jspecify.annotations.Nullable;
import org.jumelage.network.CooperationGraph;
import org.jumelage.network.GraphEdge;
import org.jumelage.network.GraphFigures;
import org.jumelage.network.GraphNode;
import org.jumelage.network.GraphView;
import org.jumelage.network.NetworkPartner;
import org.jumelage.network.NetworkProject;
import org.jumelage.network.TwinTown;

/**
 * Computes one scope of the cooperation graph from the twin links ({@link TwinIndex}) and the
 * projects: which edges are alive in the years, the towns they join, and the figures. Towns are
 * numbered; distinct pairs of towns are found by sorting {@code long} keys, components with a
 * union-find over an {@code int} array, so the whole instance (about 30,000 towns and links) takes
 * milliseconds. Pure Java, no Spring.
 */
final class GraphBuilder {

    /** Which part of the graph: the whole instance, an organisation's network or a project's partners. */
    enum ScopeKind {
        WHOLE,
        ORGANISATION,
        PROJECT
    }

    /**
     * The scope.
     *
     * @param organisationId the organisation of an organisation's network
     * @param townId that organisation's town, where known
     */
    record Scope(
            ScopeKind kind,
            @Nullable Long organisationId,
            @Nullable Long townId) {

        static Scope whole() {
            return new Scope(ScopeKind.WHOLE, null, null);
        }

        static Scope organisation(long organisationId, @Nullable Long townId) {
            return new Scope(ScopeKind.ORGANISATION, organisationId, townId);
        }

        static Scope project() {
            return new Scope(ScopeKind.PROJECT, null, null);
        }
    }

    /** An organisation as a node: its name in the viewer's language, country and town. */
    record Organisation(
            String label, String country, @Nullable Long townId) {}

    private final TwinIndex index;
    private final Map<Long, TwinTown> gazetteer;
    private final Map<Long, Organisation> organisations;

    // Towns: the index's, then those only projects name, appended.
    private final List<String> extraKeys = new ArrayList<>();
    private final List<String> extraLabels = new ArrayList<>();
    private final List<String> extraCountries = new ArrayList<>();
    private final List<Long> extraIds = new ArrayList<>();
    private final Map<String, Integer> extraByKey = new HashMap<>();

    /**
     * @param gazetteer the gazetteer towns that projects and organisations name, by GeoNames id
     *     (those missing from the twin links need it for their name and country)
     * @param organisations the organisations of the projects and the scope, by id
     */
    GraphBuilder(TwinIndex index, Map<Long, TwinTown> gazetteer, Map<Long, Organisation> organisations) {
        this.index = index;
        this.gazetteer = gazetteer;
        this.organisations = organisations;
    }

    /**
     * The graph of the scope in the years {@code from} to {@code to} (inclusive).
     *
     * @param projects the projects of the scope (all of them for the whole instance)
     * @param named whether edges may name the projects (not in the whole instance's graph)
     * @param country when set, the answer keeps only the nodes and edges touching this country's
     *     towns; the figures stay those of the whole scope
     */
    GraphView build(
            Scope scope, List<NetworkProject> projects, boolean named, int from, int to, @Nullable String country) {
        // Anchors: the towns and organisations a scope always shows.
        Set<Integer> anchorTowns = new LinkedHashSet<>();
        Set<Long> anchorOrganisations = new LinkedHashSet<>();
        if (scope.kind() == ScopeKind.ORGANISATION) {
            anchorOrganisations.add(scope.organisationId());
            if (scope.townId() != null) {
                anchorTowns.add(gazetteerTown(scope.townId()));
            }
        }
        if (scope.kind() == ScopeKind.PROJECT) {
            for (NetworkProject project : projects) {
                for (NetworkPartner partner : project.partners()) {
                    if (partner.organisationId() != null) {
                        anchorOrganisations.add(partner.organisationId());
                    }
                    Long town = partnerTown(partner);
                    if (town != null) {
                        anchorTowns.add(gazetteerTown(town));
                    }
                }
            }
        }
        // Number every organisation's town now, so that the arrays below have room for them all.
        for (Long organisation : organisations.keySet()) {
            organisationTown(organisation);
        }
        int firstYear = Integer.MAX_VALUE;
        int lastYear = Integer.MIN_VALUE;

        // Twin links of the scope alive in the years.
        int[] twins = new int[index.links()];
        int twinCount = 0;
        int anchor = anchorTowns.size() == 1 && scope.kind() == ScopeKind.ORGANISATION
                ? anchorTowns.iterator().next()
                : -1;
        for (int e = 0; e < index.links(); e++) {
            int a = index.sideA[e];
            int b = index.sideB[e];
            boolean inScope = switch (scope.kind()) {
                case WHOLE -> true;
                case ORGANISATION -> a == anchor || b == anchor;
                case PROJECT -> anchorTowns.contains(a) && anchorTowns.contains(b);
            };
            if (!inScope) {
                continue;
            }
            int since = index.since[e];
            int until = index.until[e];
            if (since != Integer.MIN_VALUE) {
                firstYear = Math.min(firstYear, since);
                lastYear = Math.max(lastYear, since);
            }
            if (until != Integer.MAX_VALUE) {
                firstYear = Math.min(firstYear, until);
                lastYear = Math.max(lastYear, until);
            }
            if (since <= to && until >= from) {
                twins[twinCount++] = e;
            }
        }

        // Shared projects alive in the years: every pair of partners.
        List<ProjectPair> pairs = new ArrayList<>();
        for (NetworkProject project : projects) {
            int start = project.start() == null
                    ? Integer.MIN_VALUE
                    : project.start().getYear();
            int end = project.end() == null ? Integer.MAX_VALUE : project.end().getYear();
            if (project.start() != null) {
                firstYear = Math.min(firstYear, start);
                lastYear = Math.max(lastYear, start);
            }
            if (project.end() != null) {
                firstYear = Math.min(firstYear, end);
                lastYear = Math.max(lastYear, end);
            }
            if (start > to || end < from) {
                continue;
            }
            List<Endpoint> ends = endpoints(project);
            for (int i = 0; i < ends.size(); i++) {
                for (int j = i + 1; j < ends.size(); j++) {
                    pairs.add(new ProjectPair(project, ends.get(i), ends.get(j), start, end));
                }
            }
        }

        // Towns present: anchors and the ends of living edges; distinct pairs of towns.
        int size = index.towns() + extraKeys.size();
        boolean[] present = new boolean[size];
        for (int town : anchorTowns) {
            present[town] = true;
        }
        for (Long organisation : anchorOrganisations) {
            Integer town = organisationTown(organisation);
            if (town != null) {
                present[town] = true;
            }
        }
        long[] keys = new long[twinCount + pairs.size()];
        int keyCount = 0;
        for (int t = 0; t < twinCount; t++) {
            int e = twins[t];
            keyCount = addPair(keys, keyCount, present, index.sideA[e], index.sideB[e]);
        }
        for (ProjectPair pair : pairs) {
            if (pair.first().town() >= 0) {
                present[pair.first().town()] = true;
            }
            if (pair.second().town() >= 0) {
                present[pair.second().town()] = true;
            }
            if (pair.first().town() >= 0 && pair.second().town() >= 0) {
                keyCount = addPair(
                        keys,
                        keyCount,
                        present,
                        pair.first().town(),
                        pair.second().town());
            }
        }
        Arrays.sort(keys, 0, keyCount);
        int[] degree = new int[size];
        int[] parent = new int[size];
        for (int t = 0; t < size; t++) {
            parent[t] = t;
        }
        int links = 0;
        for (int k = 0; k < keyCount; k++) {
            if (k > 0 && keys[k] == keys[k - 1]) {
                continue;
            }
            int a = (int) (keys[k] >>> 32);
            int b = (int) keys[k];
            links++;
            degree[a]++;
            degree[b]++;
            union(parent, a, b);
        }
        int towns = 0;
        int[] componentSize = new int[size];
        for (int t = 0; t < size; t++) {
            if (present[t]) {
                towns++;
                componentSize[find(parent, t)]++;
            }
        }
        int components = 0;
        int largest = 0;
        for (int t = 0; t < size; t++) {
            if (componentSize[t] > 0) {
                components++;
                largest = Math.max(largest, componentSize[t]);
            }
        }

        // The answer: nodes and edges (narrowed to a country if asked), figures.
        List<GraphEdge> edges = new ArrayList<>(twinCount + pairs.size());
        boolean[] shown = new boolean[size];
        Set<Long> shownOrganisations = new LinkedHashSet<>(anchorOrganisations);
        for (int t = 0; t < twinCount; t++) {
            int e = twins[t];
            int a = index.sideA[e];
            int b = index.sideB[e];
            if (country != null && !country.equals(countryOf(a)) && !country.equals(countryOf(b))) {
                continue;
            }
            shown[a] = true;
            shown[b] = true;
            edges.add(new GraphEdge(
                    "l" + index.linkIds[e],
                    keyOf(a),
                    keyOf(b),
                    GraphEdge.TWIN,
                    year(index.since[e]),
                    year(index.until[e]),
                    null,
                    null,
                    index.linkIds[e]));
        }
        int projectEdge = 0;
        for (ProjectPair pair : pairs) {
            projectEdge++;
            if (country != null
                    && !country.equals(pair.first().country())
                    && !country.equals(pair.second().country())) {
                continue;
            }
            for (Endpoint end : List.of(pair.first(), pair.second())) {
                if (end.town() >= 0) {
                    shown[end.town()] = true;
                }
                if (end.organisationId() != null) {
                    shownOrganisations.add(end.organisationId());
                }
            }
            edges.add(new GraphEdge(
                    named
                            ? "p" + pair.project().id() + "-" + pair.first().id() + "-"
                                    + pair.second().id()
                            : "p" + projectEdge,
                    pair.first().id(),
                    pair.second().id(),
                    GraphEdge.PROJECT,
                    year(pair.start()),
                    year(pair.end()),
                    named ? pair.project().id() : null,
                    named ? pair.project().title() : null,
                    null));
        }
        List<GraphNode> nodes = new ArrayList<>();
        for (int t = 0; t < size; t++) {
            if (present[t] && (shown[t] || country == null || country.equals(countryOf(t)))) {
                long geonamesId = geonamesIdOf(t);
                nodes.add(new GraphNode(
                        keyOf(t),
                        GraphNode.TOWN,
                        labelOf(t),
                        countryOf(t),
                        geonamesId < 0 ? null : geonamesId,
                        null,
                        null,
                        degree[t]));
            }
        }
        for (Long id : shownOrganisations) {
            Organisation organisation = organisations.get(id);
            if (organisation == null) {
                continue;
            }
            Integer town = organisationTown(id);
            if (country != null && !country.equals(organisation.country()) && (town == null || !shown[town])) {
                continue;
            }
            nodes.add(new GraphNode(
                    organisationKey(id),
                    GraphNode.ORGANISATION,
                    organisation.label(),
                    organisation.country(),
                    null,
                    id,
                    town == null ? null : keyOf(town),
                    0));
        }
        Set<Long> organisationsInScope = new LinkedHashSet<>(anchorOrganisations);
        for (ProjectPair pair : pairs) {
            for (Endpoint end : List.of(pair.first(), pair.second())) {
                if (end.organisationId() != null && organisations.containsKey(end.organisationId())) {
                    organisationsInScope.add(end.organisationId());
                }
            }
        }
        List<GraphFigures.TopTown> top = topTowns(present, degree);
        GraphFigures figures = new GraphFigures(
                towns,
                links,
                components,
                largest,
                averageDegree(links, towns),
                twinCount,
                pairs.size(),
                organisationsInScope.size(),
                top);
        return new GraphView(
                nodes,
                edges,
                figures,
                firstYear == Integer.MAX_VALUE ? null : firstYear,
                lastYear == Integer.MIN_VALUE ? null : lastYear);
    }

    /** 2 · links / towns, half up to two decimals; 0 without towns. */
    static double averageDegree(int links, int towns) {
        if (towns == 0) {
            return 0;
        }
        return BigDecimal.valueOf(2L * links)
                .divide(BigDecimal.valueOf(towns), 2, RoundingMode.HALF_UP)
                .doubleValue();
    }

    private List<GraphFigures.TopTown> topTowns(boolean[] present, int[] degree) {
        List<Integer> candidates = new ArrayList<>();
        for (int t = 0; t < present.length; t++) {
            if (present[t] && degree[t] > 0) {
                candidates.add(t);
            }
        }
        return candidates.stream()
                .sorted(Comparator.comparingInt((Integer t) -> -degree[t])
                        .thenComparing(this::labelOf)
                        .thenComparing(this::keyOf))
                .limit(CooperationGraph.TOP_TOWNS)
                .map(t -> new GraphFigures.TopTown(keyOf(t), labelOf(t), countryOf(t), degree[t]))
                .toList();
    }

    private static int addPair(long[] keys, int count, boolean[] present, int a, int b) {
        present[a] = true;
        present[b] = true;
        if (a == b) {
            return count;
        }
        int low = Math.min(a, b);
        int high = Math.max(a, b);
        keys[count] = ((long) low << 32) | high;
        return count + 1;
    }

    private static int find(int[] parent, int t) {
        int root = t;
        while (parent[root] != root) {
            root = parent[root];
        }
        while (parent[t] != root) {
            int next = parent[t];
            parent[t] = root;
            t = next;
        }
        return root;
    }

    private static void union(int[] parent, int a, int b) {
        int rootA = find(parent, a);
        int rootB = find(parent, b);
        if (rootA != rootB) {
            parent[Math.max(rootA, rootB)] = Math.min(rootA, rootB);
        }
    }

    private static @Nullable Integer year(int year) {
        return year == Integer.MIN_VALUE || year == Integer.MAX_VALUE ? null : year;
    }

    /** One end of a project edge: the partner's organisation node, else its town's. */
    private record Endpoint(
            String id, int town, String country, @Nullable Long organisationId) {}

    private record ProjectPair(NetworkProject project, Endpoint first, Endpoint second, int start, int end) {}

    private List<Endpoint> endpoints(NetworkProject project) {
        Map<String, Endpoint> ends = new LinkedHashMap<>();
        for (NetworkPartner partner : project.partners()) {
            Long organisationId = partner.organisationId();
            if (organisationId != null && organisations.containsKey(organisationId)) {
                Integer town = organisationTown(organisationId);
                String key = organisationKey(organisationId);
                ends.putIfAbsent(
                        key,
                        new Endpoint(
                                key,
                                town == null ? -1 : town,
                                organisations.get(organisationId).country(),
                                organisationId));
            } else {
                Long townId = partnerTown(partner);
                if (townId != null) {
                    int town = gazetteerTown(townId);
                    ends.putIfAbsent(keyOf(town), new Endpoint(keyOf(town), town, countryOf(town), null));
                }
            }
        }
        return List.copyOf(ends.values());
    }

    private @Nullable Long partnerTown(NetworkPartner partner) {
        if (partner.townId() != null) {
            return partner.townId();
        }
        Organisation organisation =
                partner.organisationId() == null ? null : organisations.get(partner.organisationId());
        return organisation == null ? null : organisation.townId();
    }

    private @Nullable Integer organisationTown(Long organisationId) {
        Organisation organisation = organisations.get(organisationId);
        return organisation == null || organisation.townId() == null ? null : gazetteerTown(organisation.townId());
    }

    static String organisationKey(long organisationId) {
        return "o" + organisationId;
    }

    /** The number of a gazetteer town, appending it when no twin link names it. */
    private int gazetteerTown(long geonamesId) {
        String key = TwinIndex.townKey(geonamesId);
        Integer known = index.byKey.get(key);
        if (known != null) {
            return known;
        }
        Integer extra = extraByKey.get(key);
        if (extra != null) {
            return index.towns() + extra;
        }
        TwinTown town = gazetteer.get(geonamesId);
        int number = extraKeys.size();
        extraByKey.put(key, number);
        extraKeys.add(key);
        extraLabels.add(town == null ? key : town.name());
        extraCountries.add(town == null ? "" : town.country());
        extraIds.add(geonamesId);
        return index.towns() + number;
    }

    private String keyOf(int town) {
        return town < index.towns() ? index.keys.get(town) : extraKeys.get(town - index.towns());
    }

    private String labelOf(int town) {
        return town < index.towns() ? index.labels.get(town) : extraLabels.get(town - index.towns());
    }

    private String countryOf(int town) {
        return town < index.towns() ? index.countries.get(town) : extraCountries.get(town - index.towns());
    }

    private long geonamesIdOf(int town) {
        return town < index.towns() ? index.geonamesIds[town] : extraIds.get(town - index.towns());
    }
}
