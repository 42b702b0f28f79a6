package org.jumelage.network;

import org.jspecify.annotations.Nullable;

/**
 * One reason a town is proposed.
 *
 * @param via the town the reason goes through: for {@link PartnerReasonKind#TWIN} the starting town
 *     it is a twin of, for {@link PartnerReasonKind#TWIN_OF_TWIN} the twin in between; else {@code null}
 * @param from for {@link PartnerReasonKind#TWIN_OF_TWIN}, the starting town {@code via} is a twin of
 */
public record PartnerReason(
        PartnerReasonKind kind,
        @Nullable TownRef via,
        @Nullable TownRef from) {

    /** A gazetteer town by id and name. */
    public record TownRef(long id, String name) {}

    public static PartnerReason of(PartnerReasonKind kind) {
        return new PartnerReason(kind, null, null);
    }
}
