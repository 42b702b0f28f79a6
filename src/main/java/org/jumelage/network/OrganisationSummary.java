package org.jumelage.network;

import java.util.Locale;
import org.jspecify.annotations.Nullable;
import org.jumelage.shared.LocalizedText;

public record OrganisationSummary(
        long id,
        LocalizedText names,
        OrganisationType type,
        @Nullable Long townId,
        @Nullable String townName,
        String country,
        @Nullable String website,
        @Nullable String pic,
        long version) {
    public String name(Locale locale) {
        return names.in(locale);
    }
}
