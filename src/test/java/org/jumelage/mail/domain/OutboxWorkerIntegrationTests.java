package org.jumelage.mail.domain;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.net.ServerSocket;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.Collection;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.concurrent.ConcurrentLinkedQueue;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.function.Function;
import java.util.stream.Collectors;
import org.jumelage.mail.MailAttachment;
import org.jumelage.mail.OutgoingMail;
import org.jumelage.mail.persistence.OutboxEntry;
import org.jumelage.mail.persistence.OutboxStore;
import org.jumelage.support.JumelageIntegrationTest;
import org.jumelage.support.MutableClock;
import org.jumelage.support.TestMailServer;
import org.jumelage.support.TestUsers;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.transaction.PlatformTransactionManager;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * Workers of their own against the real outbox tables. Their mails are due only a century from
 * now, on the workers' own clock, so that the application's worker (on the shared clock) leaves
 * them alone.
 */
@JumelageIntegrationTest
class OutboxWorkerIntegrationTests {

    static final Duration CENTURY = Duration.ofDays(36_525);

    @Autowired
    OutboxStore store;

    @Autowired
    JdbcClient jdbc;

    @Autowired
    Clock applicationClock;

    @Autowired
    TestMailServer mail;

    @Autowired
    PlatformTransactionManager transactionManager;

    @Test
    void workersRacingOverTheSameMailsSendEachExactlyOnce() throws Exception {
        MutableClock clock = new MutableClock(farAhead());
        String prefix = "race-" + UUID.randomUUID().toString().substring(0, 8);
        List<Long> ids = enqueueFarAhead(40, i -> prefix + "-" + i + "@example.org");
        RecordingTransport first = new RecordingTransport();
        RecordingTransport second = new RecordingTransport();
        OutboxWorker one = worker(first, clock, 3, "racer-one");
        OutboxWorker two = worker(second, clock, 3, "racer-two");

        CountDownLatch start = new CountDownLatch(1);
        ExecutorService threads = Executors.newFixedThreadPool(4);
        List<Future<?>> runs = new ArrayList<>();
        for (OutboxWorker worker : List.of(one, two, one, two)) {
            runs.add(threads.submit(() -> {
                start.await();
                long deadline = System.nanoTime() + Duration.ofSeconds(30).toNanos();
                while (countSent(ids) < ids.size() && System.nanoTime() < deadline) {
                    worker.sendDueMails();
                }
                return null;
            }));
        }
        start.countDown();
        for (Future<?> run : runs) {
            run.get();
        }
        threads.shutdown();

        Map<Long, Long> sends = new ArrayList<Long>() {
            {
                addAll(first.sent);
                addAll(second.sent);
            }
        }.stream().filter(ids::contains).collect(Collectors.groupingBy(Function.identity(), Collectors.counting()));
        assertThat(sends.keySet()).containsExactlyInAnyOrderElementsOf(ids);
        assertThat(sends.values()).allMatch(count -> count == 1);
        assertThat(countSent(ids)).isEqualTo(ids.size());
        assertThat(entries(ids)).allSatisfy(entry -> {
            assertThat(entry.attempts()).isEqualTo(1);
            assertThat(entry.claimedBy()).isIn(one.workerId(), two.workerId());
        });
        // The application's own worker did not send any of them.
        for (int i = 0; i < ids.size(); i++) {
            assertThat(mail.messagesTo(prefix + "-" + i + "@example.org")).isEmpty();
        }
    }

    @Test
    void smtpServerDownRetriesWithBackOffThenFails() throws Exception {
        MutableClock clock = new MutableClock(farAhead());
        long id = enqueueFarAhead(1, i -> TestUsers.uniqueEmail("smtp-down")).get(0);
        OutboxWorker worker = worker(SmtpMailTransport.of(settings(closedPort(), 3)), clock, 3, "down");

        assertThat(worker.sendNow(id)).isFalse();
        OutboxEntry first = store.entry(id).orElseThrow();
        assertThat(first.status()).hasToString("PENDING");
        assertThat(first.attempts()).isEqualTo(1);
        assertThat(first.nextAttemptAt()).isEqualTo(clock.instant().plus(Duration.ofMinutes(1)));
        assertThat(first.lastError()).contains("MailSendException").containsIgnoringCase("connect");

        // Not due yet: no attempt.
        assertThat(worker.sendNow(id)).isFalse();
        assertThat(worker.sendDueMails()).isZero();
        assertThat(store.entry(id).orElseThrow().attempts()).isEqualTo(1);

        clock.advance(Duration.ofMinutes(1));
        assertThat(worker.sendDueMails()).isZero();
        OutboxEntry second = store.entry(id).orElseThrow();
        assertThat(second.attempts()).isEqualTo(2);
        assertThat(second.nextAttemptAt()).isEqualTo(clock.instant().plus(Duration.ofMinutes(2)));

        clock.advance(Duration.ofMinutes(2));
        worker.sendDueMails();
        OutboxEntry last = store.entry(id).orElseThrow();
        assertThat(last.status()).hasToString("FAILED");
        assertThat(last.attempts()).isEqualTo(3);
        assertThat(last.lastError()).containsIgnoringCase("connect");
        assertThat(last.sentAt()).isNull();

        clock.advance(Duration.ofHours(5));
        worker.sendDueMails();
        assertThat(store.entry(id).orElseThrow().attempts()).isEqualTo(3);
    }

    @Test
    void aMailThatCannotBeBuiltFailsAtOnce() {
        MutableClock clock = new MutableClock(farAhead());
        long id = enqueueFarAhead(1, i -> "not an address@@example..org").get(0);
        OutboxWorker worker = worker(SmtpMailTransport.of(settings(TestMailServer.port(), 8)), clock, 8, "parse");

        assertThat(worker.sendNow(id)).isFalse();

        OutboxEntry entry = store.entry(id).orElseThrow();
        assertThat(entry.status()).as(entry.lastError()).hasToString("FAILED");
        assertThat(entry.attempts()).isEqualTo(1);
        assertThat(entry.lastError()).contains("MailParseException");
    }

    @Test
    void aClaimNeverConfirmedBecomesUnknownAndIsNotResent() {
        MutableClock clock = new MutableClock(farAhead());
        long id = enqueueFarAhead(1, i -> TestUsers.uniqueEmail("crashed")).get(0);
        jdbc.sql("update mail_outbox set status = 'SENDING', attempts = 1, claimed_by = 'crashed-worker',"
                        + " claimed_at = :at where id = :id")
                .param("at", OffsetDateTime.ofInstant(clock.instant().minus(Duration.ofMinutes(11)), ZoneOffset.UTC))
                .param("id", id)
                .update();
        RecordingTransport transport = new RecordingTransport();
        OutboxWorker worker = worker(transport, clock, 8, "sweeper");

        worker.sendDueMails();
        worker.sendDueMails();

        OutboxEntry entry = store.entry(id).orElseThrow();
        assertThat(entry.status()).hasToString("UNKNOWN");
        assertThat(entry.lastError()).contains("crashed-worker").contains("not resent automatically");
        assertThat(entry.attempts()).isEqualTo(1);
        assertThat(transport.sent).doesNotContain(id);
        assertThat(worker.sendNow(id)).isFalse();
    }

    @Test
    void aRecentClaimIsLeftToItsWorker() {
        MutableClock clock = new MutableClock(farAhead());
        long id = enqueueFarAhead(1, i -> TestUsers.uniqueEmail("busy")).get(0);
        jdbc.sql("update mail_outbox set status = 'SENDING', attempts = 1, claimed_by = 'busy-worker',"
                        + " claimed_at = :at where id = :id")
                .param("at", OffsetDateTime.ofInstant(clock.instant().minus(Duration.ofMinutes(2)), ZoneOffset.UTC))
                .param("id", id)
                .update();

        worker(new RecordingTransport(), clock, 8, "sweeper").sendDueMails();

        assertThat(store.entry(id).orElseThrow().status()).hasToString("SENDING");
        assertThat(store.markSent(id, "busy-worker", clock.instant())).isTrue();
        assertThat(store.entry(id).orElseThrow().status()).hasToString("SENT");
    }

    @Test
    void withoutAnSmtpHostNothingIsClaimedAndMailStaysPending() {
        MutableClock clock = new MutableClock(farAhead());
        long id = enqueueFarAhead(1, i -> TestUsers.uniqueEmail("no-host")).get(0);
        OutboxWorker worker = worker(null, clock, 8, "no-host");

        assertThat(worker.sending()).isFalse();
        assertThat(worker.destination()).isEmpty();
        assertThat(worker.sendDueMails()).isZero();
        assertThat(worker.sendNow(id)).isFalse();

        OutboxEntry entry = store.entry(id).orElseThrow();
        assertThat(entry.status()).hasToString("PENDING");
        assertThat(entry.attempts()).isZero();
        assertThat(entry.claimedBy()).isNull();
    }

    private OutboxWorker worker(MailTransport transport, Clock clock, int maxAttempts, String name) {
        return new OutboxWorker(store, transport, settings(1, maxAttempts), clock, name + "-" + UUID.randomUUID());
    }

    /** A century ahead of the application's clock, in whole microseconds as the databases keep them. */
    private Instant farAhead() {
        return applicationClock.instant().plus(CENTURY).truncatedTo(ChronoUnit.MICROS);
    }

    static MailSettings settings(int port, int maxAttempts) {
        return new MailSettings(
                "jumelage@jumelage.test",
                new MailSettings.Smtp("127.0.0.1", port, "", "", false, Duration.ofSeconds(2), Duration.ofSeconds(5)),
                50,
                Duration.ofMillis(200),
                maxAttempts,
                Duration.ofMinutes(1),
                Duration.ofMinutes(30),
                Duration.ofMinutes(10));
    }

    /** Stores mails in one transaction and makes them due a century from now. */
    private List<Long> enqueueFarAhead(int count, Function<Integer, String> recipient) {
        Instant due = farAhead();
        return new TransactionTemplate(transactionManager).execute(status -> {
            List<Long> ids = new ArrayList<>();
            for (int i = 0; i < count; i++) {
                long id = store.enqueue(new OutgoingMail(
                        recipient.apply(i),
                        "Test " + i,
                        "Text " + i,
                        null,
                        List.of(new MailAttachment("a.txt", "text/plain", new byte[] {'a'})),
                        "test.worker"));
                jdbc.sql("update mail_outbox set next_attempt_at = :due where id = :id")
                        .param("due", OffsetDateTime.ofInstant(due, ZoneOffset.UTC))
                        .param("id", id)
                        .update();
                ids.add(id);
            }
            return ids;
        });
    }

    private long countSent(Collection<Long> ids) {
        return entries(ids).stream()
                .filter(entry -> entry.status().name().equals("SENT"))
                .count();
    }

    private List<OutboxEntry> entries(Collection<Long> ids) {
        return ids.stream().map(id -> store.entry(id).orElseThrow()).toList();
    }

    private static int closedPort() throws IOException {
        try (ServerSocket socket = new ServerSocket(0)) {
            return socket.getLocalPort();
        }
    }

    /** Sends nothing; remembers which outbox ids it was given, slowly enough for the workers to overlap. */
    static final class RecordingTransport implements MailTransport {

        final Collection<Long> sent = new ConcurrentLinkedQueue<>();

        @Override
        public void send(long outboxId, OutgoingMail mail) {
            sent.add(outboxId);
            try {
                Thread.sleep(3);
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
            }
        }

        @Override
        public String describe() {
            return "recording";
        }
    }
}
