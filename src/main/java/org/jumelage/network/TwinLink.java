package org.jumelage.network;

import org.jspecify.annotations.Nullable;

/**
 * A link between two towns, stored once for the unordered pair.
 *
 * @param id the link's id
 * @param townA one side (for imported links, the town whose list names the link)
 * @param townB the other side
 * @param since the year the link started, where known
 * @param until the year it ended, where known ({@link TwinStatus#ENDED})
 * @param managedBy who manages it on the town's side (the council, a twinning committee), free text
 * @param source where the link is known from: {@code Wikipedia} for imported links, else the
 *     organisation that recorded it
 * @param sourceDetail the source's own reference (for imported links the Wikipedia lists, such as
 *     {@code enwiki:Latvia}), or {@code null}
 * @param version optimistic-lock version, for edits
 */
public record TwinLink(
        long id,
        TwinTown townA,
        TwinTown townB,
        TwinKind kind,
        TwinStatus status,
        @Nullable Integer since,
        @Nullable Integer until,
        @Nullable String managedBy,
        String source,
        @Nullable String sourceDetail,
        long version) {

    /** The other side of the link, seen from the gazetteer town {@code townId}. */
    public TwinTown otherSide(long townId) {
        return townA.id() != null && townA.id() == townId ? townB : townA;
    }

    /** Whether one side of the link is the gazetteer town {@code townId}. */
    public boolean joins(long townId) {
        return (townA.id() != null && townA.id() == townId) || (townB.id() != null && townB.id() == townId);
    }
}
