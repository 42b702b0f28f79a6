package org.jumelage.network;

import org.jumelage.account.SignedInUser;

/**
 * The cooperation graph: towns and organisations as nodes, twin links and shared projects as edges,
 * over the years. Three scopes: an organisation's network (its town, its twins, the partners of its
 * projects and their towns), a project's partners, and the whole instance. The figures (towns,
 * links, connected components, largest component, average degree, towns with most links) count
 * towns: a shared project links the towns of its partners' organisations.
 *
 * <p>Who sees what: every signed-in user may ask for the whole instance and for an organisation's
 * network; a project's graph only its viewers. An organisation's network shows only the projects
 * the viewer may see. The whole instance counts every project's links between towns but names no
 * project (its project edges carry no project id).
 */
public interface CooperationGraph {

    /** The earliest year a query may name (Paderborn and Le Mans have been linked since 836). */
    int MIN_YEAR = 800;

    /** The latest year a query may name. */
    int MAX_YEAR = 2100;

    /** How many towns {@link GraphFigures#topTowns()} lists. */
    int TOP_TOWNS = 10;

    /**
     * The graph of one scope, edges limited to those alive between {@code from} and {@code to}.
     *
     * @throws GraphException for bad input (years out of range or reversed, both an organisation
     *     and a project, an unknown country), an unknown organisation, or a project the viewer may
     *     not see (not found)
     */
    GraphView graph(SignedInUser viewer, GraphQuery query);
}
