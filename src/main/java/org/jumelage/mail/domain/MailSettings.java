package org.jumelage.mail.domain;

import java.time.Duration;
import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;

/**
 * How the outbox is sent (application.properties maps the environment variables, README lists them).
 *
 * @param from JUMELAGE_MAIL_FROM, the sender address
 * @param smtp the SMTP server; without a host nothing is sent and mail stays in the outbox
 * @param batchSize how many due mails one run of the worker takes at most
 * @param pollInterval the pause between two runs of the worker
 * @param maxAttempts after this many failed attempts a mail is FAILED
 * @param firstRetryDelay the wait after the first failure; it doubles with each further failure
 * @param maxRetryDelay the longest wait between two attempts
 * @param claimTimeout a mail claimed longer ago than this without an outcome becomes UNKNOWN
 */
@ConfigurationProperties("jumelage.mail")
record MailSettings(
        @DefaultValue("jumelage@localhost") String from,
        @DefaultValue Smtp smtp,
        @DefaultValue("20") int batchSize,
        @DefaultValue("30s") Duration pollInterval,
        @DefaultValue("8") int maxAttempts,
        @DefaultValue("1m") Duration firstRetryDelay,
        @DefaultValue("1h") Duration maxRetryDelay,
        @DefaultValue("10m") Duration claimTimeout) {

    /**
     * The SMTP connection; the timeouts bound one attempt, and so must stay well below the claim
     * timeout.
     */
    record Smtp(
            @DefaultValue("") String host,
            @DefaultValue("587") int port,
            @DefaultValue("") String username,
            @DefaultValue("") String password,
            @DefaultValue("true") boolean starttls,
            @DefaultValue("10s") Duration connectTimeout,
            @DefaultValue("30s") Duration timeout) {

        Smtp {
            host = host == null ? "" : host.strip();
            username = username == null ? "" : username.strip();
            password = password == null ? "" : password;
            require(port > 0 && port < 65536, "jumelage.mail.smtp.port (JUMELAGE_SMTP_PORT) must be 1 to 65535");
        }

        boolean configured() {
            return !host.isEmpty();
        }
    }

    MailSettings {
        from = from == null || from.isBlank() ? "jumelage@localhost" : from.strip();
        require(batchSize > 0, "jumelage.mail.batch-size must be positive");
        require(maxAttempts > 0, "jumelage.mail.max-attempts must be positive");
        require(!pollInterval.isNegative() && !pollInterval.isZero(), "jumelage.mail.poll-interval must be positive");
        require(
                !firstRetryDelay.isNegative() && !firstRetryDelay.isZero(),
                "jumelage.mail.first-retry-delay must be positive");
        require(
                maxRetryDelay.compareTo(firstRetryDelay) >= 0,
                "jumelage.mail.max-retry-delay must not be shorter than the first retry delay");
        Duration longestAttempt = smtp.connectTimeout().plus(smtp.timeout().multipliedBy(2));
        require(
                claimTimeout.compareTo(longestAttempt) > 0,
                "jumelage.mail.claim-timeout must be longer than one SMTP attempt can take (" + longestAttempt + ")");
    }

    private static void require(boolean condition, String message) {
        if (!condition) {
            throw new IllegalArgumentException(message);
        }
    }

    RetryPolicy retryPolicy() {
        return new RetryPolicy(firstRetryDelay, maxRetryDelay, maxAttempts);
    }
}
