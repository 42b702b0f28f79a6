package org.jumelage.network;

import org.jspecify.annotations.Nullable;

/**
 * An edge of the cooperation graph.
 *
 * @param id unique in one answer
 * @param source a node's id
 * @param target a node's id
 * @param kind {@link #TWIN} (a link between towns, joins town nodes) or {@link #PROJECT} (two
 *     partners of one project, joins organisation nodes, or town nodes for partners known only by
 *     their town)
 * @param since the first year, where known
 * @param until the last year, where known
 * @param projectId the shared project, when the viewer may see it; {@code null} for twin links and
 *     in the whole instance's graph
 * @param projectTitle the shared project's title, when {@code projectId} is set
 * @param linkId the twin link, for twin edges
 */
public record GraphEdge(
        String id,
        String source,
        String target,
        String kind,
        @Nullable Integer since,
        @Nullable Integer until,
        @Nullable Long projectId,
        @Nullable String projectTitle,
        @Nullable Long linkId) {

    public static final String TWIN = "twin";
    public static final String PROJECT = "project";
}
