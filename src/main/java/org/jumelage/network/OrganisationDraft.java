package org.jumelage.network;

import org.jspecify.annotations.Nullable;
import org.jumelage.shared.LocalizedText;

public record OrganisationDraft(
        LocalizedText names,
        OrganisationType type,
        @Nullable Long townId,
        @Nullable String country,
        @Nullable String website,
        @Nullable String pic) {}
