package org.jumelage.shared;

import java.time.Duration;
import java.util.Optional;

/**
 * The one counter of public submissions (the {@code config} module's public-form rate limiter, in
 * fixed windows of {@code jumelage.public-forms.rate-window}), for a module that must count by
 * something other than the client's address, such as the sender's e-mail address.
 */
public interface SubmissionRateLimit {

    /**
     * Counts one submission.
     *
     * @param form which form, for example {@code partner-notice-relay-email}
     * @param key who submits, at most 64 characters (an address, or a hash of an e-mail address)
     * @param limit submissions allowed per window
     * @return empty while within the limit; otherwise how long until the window ends (at least one second)
     */
    Optional<Duration> count(String form, String key, int limit);
}
