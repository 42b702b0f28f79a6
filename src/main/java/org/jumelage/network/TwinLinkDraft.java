package org.jumelage.network;

import org.jspecify.annotations.Nullable;

/**
 * A link between towns as a form or the API gives it, before the rules are checked.
 *
 * @param townId the gazetteer town on the organisation's side (its own town)
 * @param partner the other side: a gazetteer town by {@code id} (name and country are then taken
 *     from the gazetteer), or a town outside it by name and ISO country code with {@code id} {@code null}
 * @param kind a {@link TwinKind} name
 * @param status a {@link TwinStatus} name
 * @param since the year the link started, where known
 * @param until the year it ended (only for an ended link)
 * @param managedBy who manages the link (the council, a twinning committee), free text
 */
public record TwinLinkDraft(
        long townId,
        TwinTown partner,
        @Nullable String kind,
        @Nullable String status,
        @Nullable Integer since,
        @Nullable Integer until,
        @Nullable String managedBy) {}
