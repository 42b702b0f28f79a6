package org.jumelage.config;

import java.time.Duration;
import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;

/**
 * How many anonymous form submissions one client address may send to one public form in a window
 * ({@link PublicFormRateLimiter}).
 *
 * @param rateLimit JUMELAGE_PUBLIC_FORM_RATE_LIMIT: submissions per address and form per window; the
 *     default, 30 a minute, leaves room for a town hall whose visitors share one NAT address
 * @param rateWindow JUMELAGE_PUBLIC_FORM_RATE_WINDOW: the length of a counting window
 * @param cleanupInterval how often counters of past windows are deleted
 */
@ConfigurationProperties("jumelage.public-forms")
record PublicFormRateLimitProperties(
        @DefaultValue("30") int rateLimit,
        @DefaultValue("1m") Duration rateWindow,
        @DefaultValue("10m") Duration cleanupInterval) {

    PublicFormRateLimitProperties {
        if (rateLimit < 1) {
            throw new IllegalArgumentException("jumelage.public-forms.rate-limit must be at least 1");
        }
        if (rateWindow.toMillis() < 1000) {
            throw new IllegalArgumentException("jumelage.public-forms.rate-window must be at least one second");
        }
    }
}
