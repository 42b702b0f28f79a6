package org.jumelage.network;

import java.util.List;
import org.jspecify.annotations.Nullable;

/**
 * One scope of the cooperation graph for some years.
 *
 * @param nodes the towns and organisations
 * @param edges the twin links and shared projects alive in the years asked
 * @param figures counted over the whole scope and years (also when {@link GraphQuery#country()}
 *     narrows nodes and edges)
 * @param firstYear the earliest year the scope's data knows (a link's since, a project's start),
 *     or {@code null} when it knows none
 * @param lastYear the latest such year, or {@code null}
 */
public record GraphView(
        List<GraphNode> nodes,
        List<GraphEdge> edges,
        GraphFigures figures,
        @Nullable Integer firstYear,
        @Nullable Integer lastYear) {}
