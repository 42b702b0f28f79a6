package org.jumelage.network.domain;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import org.jumelage.network.TownSummary;
import org.jumelage.network.TwinLink;
import org.jumelage.network.TwinStatus;

/**
 * The gazetteer and its twin links in arrays, for partner search: towns by position (sorted by id),
 * and for each town the positions of its twins. Links with a side outside the gazetteer and ended
 * links are left out. Immutable; built again when links or towns change.
 */
final class PartnerIndex {

    private final long[] ids;
    private final TownSummary[] towns;
    private final int[][] twins;
    private final int links;

    private PartnerIndex(TownSummary[] towns, int[][] twins, int links) {
        this.towns = towns;
        this.ids = Arrays.stream(towns).mapToLong(TownSummary::id).toArray();
        this.twins = twins;
        this.links = links;
    }

    static PartnerIndex build(List<TownSummary> gazetteer, List<TwinLink> allLinks) {
        TownSummary[] towns = gazetteer.stream()
                .sorted(java.util.Comparator.comparingLong(TownSummary::id))
                .toArray(TownSummary[]::new);
        long[] ids = Arrays.stream(towns).mapToLong(TownSummary::id).toArray();
        int[] degree = new int[towns.length];
        List<int[]> pairs = new ArrayList<>(allLinks.size());
        for (TwinLink link : allLinks) {
            if (link.status() == TwinStatus.ENDED
                    || link.townA().id() == null
                    || link.townB().id() == null) {
                continue;
            }
            int a = Arrays.binarySearch(ids, link.townA().id());
            int b = Arrays.binarySearch(ids, link.townB().id());
            if (a < 0 || b < 0 || a == b) {
                continue;
            }
            pairs.add(new int[] {a, b});
            degree[a]++;
            degree[b]++;
        }
        int[][] twins = new int[towns.length][];
        for (int i = 0; i < towns.length; i++) {
            twins[i] = new int[degree[i]];
        }
        int[] filled = new int[towns.length];
        for (int[] pair : pairs) {
            twins[pair[0]][filled[pair[0]]++] = pair[1];
            twins[pair[1]][filled[pair[1]]++] = pair[0];
        }
        for (int[] list : twins) {
            Arrays.sort(list);
        }
        return new PartnerIndex(towns, twins, pairs.size());
    }

    /** The town's position, or -1 when the gazetteer has no such town. */
    int indexOf(long townId) {
        int position = Arrays.binarySearch(ids, townId);
        return position < 0 ? -1 : position;
    }

    int size() {
        return towns.length;
    }

    /** How many links the index holds. */
    int links() {
        return links;
    }

    TownSummary town(int position) {
        return towns[position];
    }

    /** The positions of the town's twins, ascending. Do not change the array. */
    int[] twins(int position) {
        return twins[position];
    }
}
