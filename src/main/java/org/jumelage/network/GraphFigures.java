package org.jumelage.network;

import java.util.List;

/**
 * The figures of a graph of towns, as network studies count them.
 *
 * @param towns towns in the scope (for the whole instance: towns with at least one link in the
 *     years)
 * @param links distinct pairs of towns joined by a twin link or a shared project
 * @param components connected components
 * @param largestComponent towns in the largest component
 * @param averageDegree 2 · links / towns, rounded half up to two decimals (0 without towns)
 * @param twinLinks twin links alive in the years
 * @param projectLinks pairs of partners sharing a project in the years
 * @param organisations organisation nodes
 * @param topTowns the towns with most links, at most {@link CooperationGraph#TOP_TOWNS}, most
 *     first (ties by name)
 */
public record GraphFigures(
        int towns,
        int links,
        int components,
        int largestComponent,
        double averageDegree,
        int twinLinks,
        int projectLinks,
        int organisations,
        List<TopTown> topTowns) {

    /**
     * A town with many links.
     *
     * @param id the town's node id
     * @param links towns it is linked with
     */
    public record TopTown(String id, String label, String country, int links) {}
}
