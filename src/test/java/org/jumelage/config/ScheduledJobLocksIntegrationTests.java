package org.jumelage.config;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Duration;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.CyclicBarrier;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicInteger;
import javax.sql.DataSource;
import net.javacrumbs.shedlock.core.DefaultLockingTaskExecutor;
import net.javacrumbs.shedlock.core.LockConfiguration;
import net.javacrumbs.shedlock.core.LockingTaskExecutor;
import net.javacrumbs.shedlock.provider.jdbctemplate.JdbcTemplateLockProvider;
import org.jumelage.support.JumelageIntegrationTest;
import org.jumelage.support.MutableClock;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.jdbc.core.simple.JdbcClient;

/**
 * The scheduled jobs' locks in the test database (H2, or PostgreSQL with the postgres profile):
 * two instances (two lock providers on the same database) racing for a job run it once, and the
 * application's own scheduled clean-up, run twice within its period, works only the first time.
 */
@JumelageIntegrationTest
class ScheduledJobLocksIntegrationTests {

    static final AtomicInteger NAMES = new AtomicInteger();

    @Autowired
    DataSource dataSource;

    @Autowired
    JdbcClient jdbc;

    @Autowired
    MutableClock clock;

    @Autowired
    PublicFormRateLimiter limiter;

    final List<String> locks = new ArrayList<>();

    @AfterEach
    void releaseLocks() {
        locks.forEach(name -> jdbc.sql("delete from shedlock where name = :name")
                .param("name", name)
                .update());
    }

    /** What one application instance has: its own lock provider on the shared database. */
    LockingTaskExecutor instance() {
        return new DefaultLockingTaskExecutor(
                new JdbcTemplateLockProvider(JdbcTemplateLockProvider.Configuration.builder()
                        .withJdbcTemplate(new JdbcTemplate(dataSource))
                        .usingDbTime()
                        .build()));
    }

    String lockName() {
        String name = "test-job-" + NAMES.incrementAndGet() + "-" + System.nanoTime();
        locks.add(name);
        return name;
    }

    @Test
    void ofTwoInstancesStartingAJobAtTheSameMomentOneRunsIt() throws Exception {
        LockingTaskExecutor first = instance();
        LockingTaskExecutor second = instance();
        ExecutorService schedulers = Executors.newFixedThreadPool(2);
        try {
            for (int period = 0; period < 20; period++) {
                LockConfiguration lock = new LockConfiguration(
                        java.time.Instant.now(), lockName(), Duration.ofMinutes(1), Duration.ofSeconds(30));
                AtomicInteger runs = new AtomicInteger();
                CyclicBarrier start = new CyclicBarrier(2);
                List<Future<?>> both = new ArrayList<>();
                for (LockingTaskExecutor instance : List.of(first, second)) {
                    both.add(schedulers.submit(() -> {
                        start.await(10, TimeUnit.SECONDS);
                        instance.executeWithLock((Runnable) runs::incrementAndGet, lock);
                        return null;
                    }));
                }
                for (Future<?> run : both) {
                    run.get(30, TimeUnit.SECONDS);
                }
                assertThat(runs).as("runs in period %d", period).hasValue(1);
            }
        } finally {
            schedulers.shutdownNow();
        }
    }

    @Test
    void aJobStillRunningOnOneInstanceIsNotStartedOnTheOther() throws Exception {
        LockConfiguration lock =
                new LockConfiguration(java.time.Instant.now(), lockName(), Duration.ofMinutes(1), Duration.ZERO);
        AtomicInteger runs = new AtomicInteger();
        CountDownLatch running = new CountDownLatch(1);
        CountDownLatch finish = new CountDownLatch(1);
        ExecutorService scheduler = Executors.newSingleThreadExecutor();
        try {
            Future<?> longRun = scheduler.submit(() -> {
                instance()
                        .executeWithLock(
                                (Runnable) () -> {
                                    runs.incrementAndGet();
                                    running.countDown();
                                    awaitQuietly(finish);
                                },
                                lock);
                return null;
            });
            assertThat(running.await(30, TimeUnit.SECONDS)).isTrue();

            instance().executeWithLock((Runnable) runs::incrementAndGet, lock);
            assertThat(runs).as("the other instance did not start it").hasValue(1);

            finish.countDown();
            longRun.get(30, TimeUnit.SECONDS);
            instance().executeWithLock((Runnable) runs::incrementAndGet, lock);
            assertThat(runs)
                    .as("once finished (no minimum hold), the next run may start")
                    .hasValue(2);
        } finally {
            finish.countDown();
            scheduler.shutdownNow();
        }
    }

    @Test
    void theScheduledRateLimitCleanUpWorksOncePerPeriod() {
        locks.add(PublicFormRateLimiter.CLEANUP_JOB);
        jdbc.sql("delete from shedlock where name = :name")
                .param("name", PublicFormRateLimiter.CLEANUP_JOB)
                .update();
        String address = "198.51.100." + NAMES.incrementAndGet();
        OffsetDateTime past = OffsetDateTime.ofInstant(clock.instant(), ZoneOffset.UTC)
                .minusDays(2)
                .withNano(0);
        insertCounter(address, past);

        limiter.cleanUp();
        assertThat(counters(address))
                .as("the first run deletes the past window")
                .isZero();

        insertCounter(address, past.plusHours(1));
        limiter.cleanUp();
        assertThat(counters(address))
                .as("a second run within the lock's minimum (another instance's timer) does nothing")
                .isOne();

        assertThat(jdbc.sql("select locked_by from shedlock where name = :name")
                        .param("name", PublicFormRateLimiter.CLEANUP_JOB)
                        .query(String.class)
                        .single())
                .isNotBlank();
        jdbc.sql("delete from public_form_rate where client_address = :address")
                .param("address", address)
                .update();
    }

    void insertCounter(String address, OffsetDateTime window) {
        jdbc.sql("""
                        insert into public_form_rate (form_key, client_address, window_start, hits)
                        values ('lock-test', :address, :window, 1)""").param("address", address).param("window", window).update();
    }

    int counters(String address) {
        return jdbc.sql("select count(*) from public_form_rate where client_address = :address")
                .param("address", address)
                .query(Integer.class)
                .single();
    }

    static void awaitQuietly(CountDownLatch latch) {
        try {
            latch.await(30, TimeUnit.SECONDS);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
    }
}
