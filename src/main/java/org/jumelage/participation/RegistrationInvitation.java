package org.jumelage.participation;

import org.jspecify.annotations.Nullable;
import org.jumelage.event.EventSummary;

/**
 * What a registration link leads to, for the public form: the event, its settings and, for a
 * delegation's link, the delegation the registrant travels with.
 *
 * @param delegationId the delegation of a delegation link, or {@code null} for the public link
 * @param delegationCountry the delegation's country, or {@code null} for the public link
 * @param delegationName the sending organisation's names, or {@code null} when not known
 * @param state whether the link takes registrations now
 * @param full whether a new registration would go on the waiting list
 */
public record RegistrationInvitation(
        EventSummary event,
        RegistrationSettings settings,
        @Nullable Long delegationId,
        @Nullable String delegationCountry,
        org.jumelage.shared.@Nullable LocalizedText delegationName,
        RegistrationState state,
        boolean full) {}
