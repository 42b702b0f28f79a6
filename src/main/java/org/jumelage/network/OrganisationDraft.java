package org.jumelage.network;

import org.jspecify.annotations.Nullable;
import org.jumelage.shared.LocalizedText;

/**
 * What a person enters to create or change an organisation.
 *
 * @param names Latvian and English name, at least one, each at most 300 characters
 * @param townId GeoNames id of a known town, or {@code null}
 * @param country ISO code; {@code null} means the town's country. It may differ from the town's
 *     (a region seated abroad, for example)
 * @param website http(s) address, or {@code null}
 * @param pic EU Participant Identification Code, exactly 9 digits and unique, or {@code null}
 */
public record OrganisationDraft(
        LocalizedText names,
        OrganisationType type,
        @Nullable Long townId,
        @Nullable String country,
        @Nullable String website,
        @Nullable String pic) {}
