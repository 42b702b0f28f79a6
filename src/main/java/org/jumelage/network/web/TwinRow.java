package org.jumelage.network.web;

import org.jspecify.annotations.Nullable;
import org.jumelage.network.TwinLink;
import org.jumelage.network.TwinTown;

/**
 * A link as a town's page or an organisation's links section shows it: seen from {@code townId}.
 *
 * @param other the other side
 * @param wikipedia whether the link comes from Wikipedia's lists (its licence asks for attribution)
 * @param hasCharter whether a signed charter is attached
 * @param mayManage whether the viewer may change the link
 * @param years the years as a range ("1994–2022", "1994–", "–2022"), or {@code null} when none is known
 */
record TwinRow(
        TwinLink link,
        TwinTown other,
        boolean wikipedia,
        boolean hasCharter,
        boolean mayManage,
        @Nullable String years) {

    static final String WIKIPEDIA = "Wikipedia";

    static TwinRow of(TwinLink link, long townId, boolean hasCharter, boolean mayManage) {
        return new TwinRow(
                link, link.otherSide(townId), WIKIPEDIA.equals(link.source()), hasCharter, mayManage, yearsOf(link));
    }

    static @Nullable String yearsOf(TwinLink link) {
        Integer since = link.since();
        Integer until = link.until();
        if (since == null && until == null) {
            return null;
        }
        return (since == null ? "" : since.toString()) + "–" + (until == null ? "" : until.toString());
    }
}
