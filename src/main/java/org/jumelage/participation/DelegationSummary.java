package org.jumelage.participation;

import org.jspecify.annotations.Nullable;
import org.jumelage.shared.LocalizedText;

/**
 * A delegation as pages and the API show it: the group one project partner sends to one event.
 *
 * @param organisationId the partner's organisation, or {@code null} for a partner known only by country
 * @param organisationName the organisation's names, or {@code null} for a partner known only by country
 * @param country ISO 3166-1 alpha-2 code of the partner
 * @param plannedSize the people the event's plan counts for the partner (0 when none planned)
 * @param registered active registrations of the delegation (confirmed and waiting list)
 * @param confirmed confirmed registrations of the delegation
 * @param linkToken the private registration link's token; {@code null} unless the viewer edits the
 *     project or belongs to the delegation's organisation
 * @param version optimistic-locking version; an update names the version it started from
 */
public record DelegationSummary(
        long id,
        long eventId,
        long partnerId,
        @Nullable Long organisationId,
        @Nullable LocalizedText organisationName,
        String country,
        int plannedSize,
        @Nullable String headName,
        @Nullable String headEmail,
        int registered,
        int confirmed,
        @Nullable String linkToken,
        long version) {

    /** The private registration page's path, or {@code null} when the viewer may not see the link. */
    public @Nullable String linkPath() {
        return linkToken == null ? null : "/register/d/" + linkToken;
    }
}
