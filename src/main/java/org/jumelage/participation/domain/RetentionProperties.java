package org.jumelage.participation.domain;

import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;

/**
 * Personal-data retention of participants.
 *
 * @param years JUMELAGE_RETENTION_YEARS: participants are anonymised once their project ended more
 *     than this many years ago (default 5, the programmes' audit period)
 * @param cron when the job runs (Spring cron, default every night at 03:15)
 */
@ConfigurationProperties("jumelage.retention")
record RetentionProperties(
        @DefaultValue("5") int years,
        @DefaultValue("0 15 3 * * *") String cron) {

    RetentionProperties {
        if (years < 1) {
            throw new IllegalArgumentException("jumelage.retention.years must be at least 1, was " + years);
        }
    }
}
