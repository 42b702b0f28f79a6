package org.jumelage.participation.persistence;

import org.jspecify.annotations.Nullable;

/** What registration needs of a row of {@code event_delegation}. */
public record DelegationRow(
        long id, long eventId, long partnerId, @Nullable Long organisationId, String country, String linkToken) {}
