package org.jumelage.network.domain;

import org.jspecify.annotations.Nullable;
import org.jumelage.network.OrganisationType;
import org.jumelage.shared.LocalizedText;

/** An organisation's data after the rules have checked and tidied it (country filled in, blanks as nulls). */
record OrganisationFacts(
        LocalizedText names,
        OrganisationType type,
        @Nullable Long townId,
        String country,
        @Nullable String website,
        @Nullable String pic) {}
