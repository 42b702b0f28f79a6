package org.jumelage.participation;

import org.jspecify.annotations.Nullable;

/**
 * What a person (or the staff member registering them) fills in. The optional statistics are
 * asked only when the event's settings ask them; unasked ones are ignored.
 *
 * @param email may be {@code null} only for a minor registered by staff or the head of delegation
 * @param townId a gazetteer town; when {@code null}, {@code townName} may hold a place the gazetteer does not know
 * @param country ISO 3166-1 alpha-2 code of the person's country
 * @param delegationId the delegation the person travels with, or {@code null} for local and public registrants
 * @param gender {@code female}, {@code male}, {@code other}, or {@code null} for not given
 * @param ageBand {@code under-18}, {@code 18-25}, {@code 26-30}, {@code 31-54}, {@code 55-plus}, or {@code null}
 * @param language {@code lv} or {@code en}: the language of the person's mails
 * @param consent the person accepted the event's current consent text
 * @param minor the person is under 18 (the e-mail may then be left out by staff)
 */
public record RegistrationRequest(
        String firstName,
        String lastName,
        @Nullable String email,
        @Nullable String organisationName,
        @Nullable Long townId,
        @Nullable String townName,
        String country,
        @Nullable Long delegationId,
        @Nullable String gender,
        @Nullable String ageBand,
        @Nullable Boolean firstTime,
        @Nullable Boolean fewerOpportunities,
        @Nullable String dietary,
        @Nullable String accessibility,
        String language,
        boolean consent,
        boolean minor) {}
