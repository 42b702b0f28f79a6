package org.jumelage.network;

import java.time.Duration;

/**
 * Too many messages to partner-search notices from one client address or one sender address in
 * the current window: nothing was stored or sent. The web answers 429 with Retry-After.
 */
public final class RelayLimitReached extends RuntimeException {

    private final Duration retryAfter;

    public RelayLimitReached(Duration retryAfter) {
        super("Too many partner-notice messages; retry after " + retryAfter);
        this.retryAfter = retryAfter;
    }

    /** How long until the sender may try again, at least one second. */
    public Duration retryAfter() {
        return retryAfter;
    }

    /** {@link #retryAfter()} in whole seconds, rounded up. */
    public long retryAfterSeconds() {
        return Math.max(1, (retryAfter.toMillis() + 999) / 1000);
    }
}
