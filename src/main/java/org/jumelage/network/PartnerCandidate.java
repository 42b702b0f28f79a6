package org.jumelage.network;

import java.util.List;
import org.jspecify.annotations.Nullable;

/**
 * A town partner search proposes.
 *
 * @param distanceKm great-circle distance from the lead town, rounded to whole km, or {@code null}
 *     without a lead town
 * @param reasons at least one, in {@link PartnerReasonKind} order
 * @param organisationId an organisation of Jumelage in the town (a municipality first), or {@code null}
 */
public record PartnerCandidate(
        TownSummary town,
        @Nullable Long distanceKm,
        List<PartnerReason> reasons,
        @Nullable Long organisationId) {}
