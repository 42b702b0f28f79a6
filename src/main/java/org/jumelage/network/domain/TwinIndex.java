package org.jumelage.network.domain;

import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.jumelage.network.TwinLink;
import org.jumelage.network.TwinTown;

/**
 * Every twin link as arrays over numbered towns: what the cooperation graph keeps between requests
 * and builds again when a link changes. Towns are keyed as {@link PairKeys} keys the sides of a
 * link, so the same town outside the gazetteer in two links is one town.
 * A link with an unknown since year counts from {@link Integer#MIN_VALUE}, one with an unknown until
 * year up to {@link Integer#MAX_VALUE}: for every year.
 */
final class TwinIndex {

    final List<String> keys;
    final List<String> labels;
    final List<String> countries;
    /** GeoNames id per town, -1 outside the gazetteer. */
    final long[] geonamesIds;

    final Map<String, Integer> byKey;
    final int[] sideA;
    final int[] sideB;
    final int[] since;
    final int[] until;
    final long[] linkIds;

    private TwinIndex(
            List<String> keys,
            List<String> labels,
            List<String> countries,
            long[] geonamesIds,
            Map<String, Integer> byKey,
            int[] sideA,
            int[] sideB,
            int[] since,
            int[] until,
            long[] linkIds) {
        this.keys = keys;
        this.labels = labels;
        this.countries = countries;
        this.geonamesIds = geonamesIds;
        this.byKey = byKey;
        this.sideA = sideA;
        this.sideB = sideB;
        this.since = since;
        this.until = until;
        this.linkIds = linkIds;
    }

    static TwinIndex of(List<TwinLink> links) {
        var keys = new java.util.ArrayList<String>();
        var labels = new java.util.ArrayList<String>();
        var countries = new java.util.ArrayList<String>();
        var ids = new java.util.ArrayList<Long>();
        Map<String, Integer> byKey = new HashMap<>(links.size() * 2);
        int n = links.size();
        int[] a = new int[n];
        int[] b = new int[n];
        int[] since = new int[n];
        int[] until = new int[n];
        long[] linkIds = new long[n];
        int i = 0;
        for (TwinLink link : links) {
            a[i] = number(link.townA(), byKey, keys, labels, countries, ids);
            b[i] = number(link.townB(), byKey, keys, labels, countries, ids);
            since[i] = link.since() == null ? Integer.MIN_VALUE : link.since();
            until[i] = link.until() == null ? Integer.MAX_VALUE : link.until();
            linkIds[i] = link.id();
            i++;
        }
        long[] geonamesIds = new long[ids.size()];
        for (int t = 0; t < geonamesIds.length; t++) {
            geonamesIds[t] = ids.get(t);
        }
        return new TwinIndex(
                List.copyOf(keys),
                List.copyOf(labels),
                List.copyOf(countries),
                geonamesIds,
                Map.copyOf(byKey),
                a,
                b,
                since,
                until,
                linkIds);
    }

    int towns() {
        return keys.size();
    }

    int links() {
        return sideA.length;
    }

    /**
     * The node id of a town: the side key of {@link PairKeys} ({@code g:<geonamesId>} in the
     * gazetteer, else {@code n:<country>:<name's search key>}).
     */
    static String key(TwinTown town) {
        return PairKeys.side(town);
    }

    static String townKey(long geonamesId) {
        return PairKeys.side(new TwinTown(geonamesId, "", ""));
    }

    private static int number(
            TwinTown town,
            Map<String, Integer> byKey,
            List<String> keys,
            List<String> labels,
            List<String> countries,
            List<Long> ids) {
        String key = key(town);
        Integer known = byKey.get(key);
        if (known != null) {
            return known;
        }
        int number = keys.size();
        byKey.put(key, number);
        keys.add(key);
        labels.add(town.name().strip());
        countries.add(town.country());
        ids.add(town.id() == null ? -1L : town.id());
        return number;
    }
}
