package org.jumelage.network;

import org.jumelage.account.SignedInUser;

/**
 * Partner search ("Find partners"): candidate towns for a town or a project, ranked, each with the
 * reasons it was proposed ({@link PartnerReasonKind}). Twin links come from {@link Twinnings} (kept
 * in an in-memory index, computed again on {@link TwinLinksChanged}), the instance's projects
 * through the port {@link NetworkProjects}, and what a measure allows and still needs through the
 * port {@link PartnerCountryRules}: a country the measure does not allow is never proposed.
 * Refusals are {@link NetworkException}s naming the input.
 */
public interface PartnerSearch {

    /** The most candidates one page holds. */
    int MAX_SIZE = 100;

    /** The default page size. */
    int DEFAULT_SIZE = 20;

    /**
     * Candidates for the query, ranked (most reasons and nearest first), one page of them.
     *
     * @throws NetworkException for an unknown town, measure or country, a project the viewer may
     *     not see (not found), hops other than 1 or 2, a minimum above its maximum, a negative
     *     distance, a page size out of range, or neither a town nor a project
     */
    PartnerSearchResult search(SignedInUser viewer, PartnerQuery query);

    /** The languages (ISO 639 codes) spoken in the gazetteer's countries, for the language filter. */
    java.util.List<String> languages();
}
