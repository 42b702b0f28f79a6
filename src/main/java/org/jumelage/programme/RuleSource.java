package org.jumelage.programme;

import java.time.Instant;
import java.util.List;
import org.jspecify.annotations.Nullable;

/**
 * Where a parameter of the rules comes from, shown next to every check and amount.
 *
 * @param urls the public pages the value was read in (may be empty only for administrators' overrides)
 * @param confidence how sure the value is
 * @param validity the call years the value applies to, for example "2014–2020"
 * @param note a remark of the rule data (for example "rate year not stated"), or {@code null}
 * @param overriddenBy the administrator who entered the value, or {@code null} for the shipped rule data
 * @param overriddenAt when the administrator entered it
 */
public record RuleSource(
        List<String> urls,
        Confidence confidence,
        String validity,
        @Nullable String note,
        @Nullable String overriddenBy,
        @Nullable Instant overriddenAt) {

    public RuleSource {
        urls = List.copyOf(urls);
    }

    /** The first URL, or "" when there is none. */
    public String url() {
        return urls.isEmpty() ? "" : urls.get(0);
    }
}
