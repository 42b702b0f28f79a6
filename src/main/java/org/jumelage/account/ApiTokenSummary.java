package org.jumelage.account;

import java.time.Instant;
import org.jspecify.annotations.Nullable;

/**
 * A personal API token as its owner sees it later: never the secret, only its first characters.
 *
 * @param prefix the first characters of the secret, to tell tokens apart
 * @param lastUsedAt when the token last authenticated a call (to the minute), or {@code null} if never
 */
public record ApiTokenSummary(
        long id,
        String name,
        String prefix,
        Instant createdAt,
        @Nullable Instant lastUsedAt) {}
