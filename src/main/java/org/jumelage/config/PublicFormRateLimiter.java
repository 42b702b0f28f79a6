package org.jumelage.config;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.Optional;
import net.javacrumbs.shedlock.spring.annotation.SchedulerLock;
import org.jumelage.shared.SubmissionRateLimit;
import org.springframework.dao.DuplicateKeyException;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.scheduling.annotation.EnableScheduling;
import org.springframework.scheduling.annotation.Scheduled;
import org.springframework.stereotype.Component;

/**
 * Counts submissions per form and client address in fixed windows, in the table
 * {@code public_form_rate}, so that every application instance counts the same. A counter is
 * increased with one UPDATE (atomic on H2 and PostgreSQL); the first submission of a window
 * inserts the row, and an instance that loses the race to insert it updates instead. The
 * statements run without a surrounding transaction, so a lost race costs nothing on PostgreSQL.
 * A fixed window lets through at most twice the limit around a window's end; that is enough
 * against floods and needs one row per address and form.
 */
@Component
@EnableScheduling
class PublicFormRateLimiter implements SubmissionRateLimit {

    /** The scheduled clean-up's lock name (table {@code shedlock}). */
    static final String CLEANUP_JOB = "rate-limit-cleanup";

    private final JdbcClient jdbc;
    private final Clock clock;
    private final PublicFormRateLimitProperties properties;

    PublicFormRateLimiter(JdbcClient jdbc, Clock clock, PublicFormRateLimitProperties properties) {
        this.jdbc = jdbc;
        this.clock = clock;
        this.properties = properties;
    }

    /**
     * Counts one submission.
     *
     * @param formKey which form, for example {@code register}
     * @param clientAddress the client's address as the servlet container reports it
     * @return empty while the submission is within the limit; otherwise how long until the window
     *     ends (at least one second)
     */
    Optional<Duration> count(String formKey, String clientAddress) {
        return count(formKey, clientAddress, properties.rateLimit());
    }

    @Override
    public Optional<Duration> count(String formKey, String clientAddress, int limit) {
        Instant now = clock.instant();
        long windowMillis = properties.rateWindow().toMillis();
        Instant windowStart =
                Instant.ofEpochMilli(now.toEpochMilli() - Math.floorMod(now.toEpochMilli(), windowMillis));
        OffsetDateTime window = OffsetDateTime.ofInstant(windowStart, ZoneOffset.UTC);
        String key = formKey.length() > 100 ? formKey.substring(0, 100) : formKey;
        if (increment(key, clientAddress, window) == 0) {
            try {
                jdbc.sql("""
                                insert into public_form_rate (form_key, client_address, window_start, hits)
                                values (:form, :address, :window, 1)""")
                        .param("form", key)
                        .param("address", clientAddress)
                        .param("window", window)
                        .update();
            } catch (DuplicateKeyException raceLost) {
                increment(key, clientAddress, window);
            }
        }
        int hits = jdbc.sql("""
                        select hits from public_form_rate
                        where form_key = :form and client_address = :address and window_start = :window""")
                .param("form", key)
                .param("address", clientAddress)
                .param("window", window)
                .query(Integer.class)
                .optional()
                .orElse(1);
        if (hits <= limit) {
            return Optional.empty();
        }
        Duration left = Duration.between(now, windowStart.plusMillis(windowMillis));
        return Optional.of(left.compareTo(Duration.ofSeconds(1)) < 0 ? Duration.ofSeconds(1) : left);
    }

    private int increment(String formKey, String clientAddress, OffsetDateTime window) {
        return jdbc.sql("""
                        update public_form_rate set hits = hits + 1
                        where form_key = :form and client_address = :address and window_start = :window""")
                .param("form", formKey)
                .param("address", clientAddress)
                .param("window", window)
                .update();
    }

    @Scheduled(
            fixedDelayString = "${jumelage.public-forms.cleanup-interval:10m}",
            initialDelayString = "${jumelage.public-forms.cleanup-interval:10m}")
    @SchedulerLock(
            name = CLEANUP_JOB,
            lockAtLeastFor = "${jumelage.jobs.rate-limit-cleanup.lock-at-least-for:9m}",
            lockAtMostFor = "${jumelage.jobs.rate-limit-cleanup.lock-at-most-for:10m}")
    void cleanUp() {
        deletePastWindows();
    }

    /**
     * Deletes the counters of past windows. The scheduled run is locked (one instance per period);
     * a second run at the same time would still be harmless, a row already deleted is not there.
     *
     * @return how many counters were deleted
     */
    int deletePastWindows() {
        Instant before = clock.instant().minus(properties.rateWindow());
        return jdbc.sql("delete from public_form_rate where window_start < :before")
                .param("before", OffsetDateTime.ofInstant(before, ZoneOffset.UTC))
                .update();
    }
}
