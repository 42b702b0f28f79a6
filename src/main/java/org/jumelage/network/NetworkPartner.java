package org.jumelage.network;

import org.jspecify.annotations.Nullable;

/**
 * A partner of a project as the network sees it: an organisation and its town, or only a country.
 *
 * @param organisationId the organisation, or {@code null} when the source names only a country
 * @param townId the organisation's gazetteer town, or {@code null} when not known
 * @param country ISO 3166-1 alpha-2 code
 * @param lead whether this partner leads the project
 */
public record NetworkPartner(
        @Nullable Long organisationId, @Nullable Long townId, String country, boolean lead) {}
