package org.jumelage.mail.domain;

import java.time.Duration;

/**
 * When a mail that failed is tried again: the wait doubles with each failure (1 minute, 2, 4 …) up
 * to a ceiling, and after the last allowed attempt the mail is given up.
 */
record RetryPolicy(Duration firstDelay, Duration maxDelay, int maxAttempts) {

    /** Whether a mail that has failed {@code attempts} times may be tried again. */
    boolean mayRetry(int attempts) {
        return attempts < maxAttempts;
    }

    /** The wait after the {@code attempts}-th failed attempt (1 for the first). */
    Duration delayAfter(int attempts) {
        int doublings = Math.max(0, attempts - 1);
        if (doublings >= 30) {
            return maxDelay;
        }
        Duration delay = firstDelay.multipliedBy(1L << doublings);
        return delay.compareTo(maxDelay) > 0 ? maxDelay : delay;
    }
}
