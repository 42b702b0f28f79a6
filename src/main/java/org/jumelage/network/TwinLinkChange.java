package org.jumelage.network;

import org.jspecify.annotations.Nullable;

/**
 * A change of a link's facts (the towns stay; to join other towns, remove the link and add one).
 *
 * @param kind a {@link TwinKind} name
 * @param status a {@link TwinStatus} name
 * @param until the year it ended (only for an ended link)
 */
public record TwinLinkChange(
        @Nullable String kind,
        @Nullable String status,
        @Nullable Integer since,
        @Nullable Integer until,
        @Nullable String managedBy) {}
