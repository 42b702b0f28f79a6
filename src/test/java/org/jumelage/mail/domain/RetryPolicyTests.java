package org.jumelage.mail.domain;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.Duration;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class RetryPolicyTests {

    final RetryPolicy policy = new RetryPolicy(Duration.ofMinutes(1), Duration.ofMinutes(30), 8);

    @ParameterizedTest
    @CsvSource({"1, 1", "2, 2", "3, 4", "4, 8", "5, 16", "6, 30", "7, 30", "40, 30", "2000000000, 30"})
    void waitDoublesAfterEachFailureUpToTheCeiling(int attempts, long minutes) {
        assertThat(policy.delayAfter(attempts)).isEqualTo(Duration.ofMinutes(minutes));
    }

    @Test
    void retriesUntilTheLastAllowedAttempt() {
        assertThat(policy.mayRetry(1)).isTrue();
        assertThat(policy.mayRetry(7)).isTrue();
        assertThat(policy.mayRetry(8)).isFalse();
        assertThat(policy.mayRetry(9)).isFalse();
    }

    @Test
    void settingsRefuseAClaimTimeoutShorterThanOneSmtpAttempt() {
        MailSettings.Smtp smtp = new MailSettings.Smtp(
                "smtp.example.org", 587, "", "", true, Duration.ofSeconds(10), Duration.ofSeconds(30));
        assertThatThrownBy(() -> new MailSettings(
                        "a@example.org",
                        smtp,
                        20,
                        Duration.ofSeconds(30),
                        8,
                        Duration.ofMinutes(1),
                        Duration.ofHours(1),
                        Duration.ofSeconds(60)))
                .isInstanceOf(IllegalArgumentException.class)
                .hasMessageContaining("claim-timeout");
        assertThat(new MailSettings(
                                "a@example.org",
                                smtp,
                                20,
                                Duration.ofSeconds(30),
                                8,
                                Duration.ofMinutes(1),
                                Duration.ofHours(1),
                                Duration.ofMinutes(10))
                        .retryPolicy()
                        .delayAfter(1))
                .isEqualTo(Duration.ofMinutes(1));
    }

    @Test
    void settingsRefuseAZeroBatchOrAttempts() {
        MailSettings.Smtp smtp =
                new MailSettings.Smtp("", 587, "", "", true, Duration.ofSeconds(10), Duration.ofSeconds(30));
        assertThatThrownBy(() -> new MailSettings(
                        "a@example.org",
                        smtp,
                        0,
                        Duration.ofSeconds(30),
                        8,
                        Duration.ofMinutes(1),
                        Duration.ofHours(1),
                        Duration.ofMinutes(10)))
                .hasMessageContaining("batch-size");
        assertThatThrownBy(() -> new MailSettings(
                        "a@example.org",
                        smtp,
                        20,
                        Duration.ofSeconds(30),
                        0,
                        Duration.ofMinutes(1),
                        Duration.ofHours(1),
                        Duration.ofMinutes(10)))
                .hasMessageContaining("max-attempts");
        assertThat(smtp.configured()).isFalse();
    }
}
