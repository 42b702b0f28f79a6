package org.jumelage.participation;

import org.jspecify.annotations.Nullable;

/**
 * What an editor enters for a delegation. On creation the partner is found among the project's
 * partners: by {@code partnerId}, or by {@code organisationId} (and {@code country}, which must
 * then be the partner's), or for a partner known only by its country by {@code country} alone. The
 * partner of a delegation does not change afterwards: updates ignore these three fields.
 *
 * @param partnerId the project partner, or {@code null} to find it by organisation or country
 * @param organisationId the partner's organisation, or {@code null} for a partner known only by country
 * @param country ISO 3166-1 alpha-2 code, or {@code null} when the organisation gives it
 * @param plannedSize people the partner plans to send; {@code null} leaves the event's plan as it is
 * @param headName head of delegation, or {@code null}
 * @param headEmail the head's e-mail, or {@code null}
 */
public record DelegationDraft(
        @Nullable Long partnerId,
        @Nullable Long organisationId,
        @Nullable String country,
        @Nullable Integer plannedSize,
        @Nullable String headName,
        @Nullable String headEmail) {}
