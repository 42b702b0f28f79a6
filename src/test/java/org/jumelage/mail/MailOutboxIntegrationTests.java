package org.jumelage.mail;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import jakarta.mail.internet.MimeMessage;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.List;
import org.jumelage.support.JumelageIntegrationTest;
import org.jumelage.support.TestMailServer;
import org.jumelage.support.TestMailServer.Attachment;
import org.jumelage.support.TestUsers;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.transaction.IllegalTransactionStateException;
import org.springframework.transaction.PlatformTransactionManager;
import org.springframework.transaction.support.TransactionTemplate;

/** A mail stored with the change it reports arrives once by SMTP; without the change, nothing. */
@JumelageIntegrationTest
class MailOutboxIntegrationTests {

    static final byte[] ICS = """
            BEGIN:VCALENDAR\r
            VERSION:2.0\r
            PRODID:-//Jumelage//Test//EN\r
            BEGIN:VEVENT\r
            UID:test-1@jumelage.test\r
            SUMMARY:Partneru tikšanās Cēsīs\r
            END:VEVENT\r
            END:VCALENDAR\r
            """.getBytes(StandardCharsets.UTF_8);

    @Autowired
    MailOutbox outbox;

    @Autowired
    TestMailServer mail;

    @Autowired
    JdbcClient jdbc;

    @Autowired
    PlatformTransactionManager transactionManager;

    @Test
    void mailEnqueuedInATransactionArrivesOnceWithItsAttachment() throws Exception {
        String to = TestUsers.uniqueEmail("outbox");
        long id = new TransactionTemplate(transactionManager)
                .execute(status -> outbox.enqueue(new OutgoingMail(
                        to,
                        "Reģistrācija apstiprināta — Cēsis",
                        "Labdien, Jana!\nJūsu reģistrācija ir apstiprināta.",
                        "<p>Labdien, <b>Jana</b>!</p>",
                        List.of(new MailAttachment("event.ics", "text/calendar", ICS)),
                        "event.registration-confirmed")));

        List<MimeMessage> received = mail.awaitMessagesTo(to, Duration.ofSeconds(20));

        MimeMessage message = received.get(0);
        assertThat(message.getSubject()).isEqualTo("Reģistrācija apstiprināta — Cēsis");
        assertThat(message.getFrom()[0].toString()).isEqualTo("jumelage@jumelage.test");
        assertThat(message.getHeader("X-Jumelage-Outbox-Id")).containsExactly(Long.toString(id));
        assertThat(TestMailServer.textOf(message)).contains("Jūsu reģistrācija ir apstiprināta.");
        assertThat(TestMailServer.htmlOf(message)).isEqualTo("<p>Labdien, <b>Jana</b>!</p>");
        List<Attachment> attachments = TestMailServer.attachmentsOf(message);
        assertThat(attachments).extracting(Attachment::fileName).containsExactly("event.ics");
        assertThat(attachments.get(0).contentType()).startsWith("text/calendar");
        assertThat(attachments.get(0).content()).isEqualTo(ICS);

        // Further runs of the worker send nothing more.
        mail.deliverNow();
        Thread.sleep(600);
        mail.deliverNow();
        assertThat(mail.messagesTo(to)).hasSize(1);
        assertThat(jdbc.sql("select status, attempts, sent_at is not null from mail_outbox where id = :id")
                        .param("id", id)
                        .query((rs, row) -> rs.getString(1) + "/" + rs.getInt(2) + "/" + rs.getBoolean(3))
                        .single())
                .isEqualTo("SENT/1/true");
    }

    @Test
    void theBackgroundWorkerSendsWithoutBeingAsked() throws Exception {
        String to = TestUsers.uniqueEmail("scheduled");
        new TransactionTemplate(transactionManager)
                .executeWithoutResult(status -> outbox.enqueue(
                        new OutgoingMail(to, "Scheduled", "Sent by the poller.", null, List.of(), "test.scheduled")));

        // No deliverNow(): only the @Scheduled worker can send it.
        long deadline = System.nanoTime() + Duration.ofSeconds(20).toNanos();
        while (mail.messagesTo(to).isEmpty() && System.nanoTime() < deadline) {
            Thread.sleep(50);
        }

        assertThat(mail.messagesTo(to)).hasSize(1);
    }

    @Test
    void plainTextMailArrivesWithoutParts() throws Exception {
        String to = TestUsers.uniqueEmail("plain");
        new TransactionTemplate(transactionManager)
                .executeWithoutResult(status ->
                        outbox.enqueue(new OutgoingMail(to, "Plain", "Only text.", null, List.of(), "test.plain")));

        MimeMessage message = mail.awaitMessagesTo(to, Duration.ofSeconds(20)).get(0);

        assertThat(message.isMimeType("text/plain")).isTrue();
        assertThat(TestMailServer.textOf(message)).isEqualTo("Only text.");
        assertThat(TestMailServer.attachmentsOf(message)).isEmpty();
    }

    @Test
    void rolledBackChangeLeavesNoMail() throws Exception {
        String to = TestUsers.uniqueEmail("rollback");

        assertThatThrownBy(() -> new TransactionTemplate(transactionManager).executeWithoutResult(status -> {
                    outbox.enqueue(new OutgoingMail(
                            to,
                            "Never",
                            "Never sent.",
                            null,
                            List.of(new MailAttachment("event.ics", "text/calendar", ICS)),
                            "test.rollback"));
                    throw new IllegalStateException("the change failed");
                }))
                .hasMessage("the change failed");

        assertThat(rowsTo(to)).isZero();
        assertThat(jdbc.sql("select count(*) from mail_attachment a where not exists"
                                + " (select 1 from mail_outbox m where m.id = a.mail_id)")
                        .query(Long.class)
                        .single())
                .isZero();
        mail.deliverNow();
        Thread.sleep(300);
        assertThat(mail.messagesTo(to)).isEmpty();
    }

    @Test
    void enqueueOutsideATransactionIsRefusedAndStoresNothing() {
        String to = TestUsers.uniqueEmail("no-transaction");

        assertThatThrownBy(() -> outbox.enqueue(new OutgoingMail(to, "No", "No.", null, List.of(), "test.none")))
                .isInstanceOf(IllegalTransactionStateException.class);

        assertThat(rowsTo(to)).isZero();
    }

    private long rowsTo(String to) {
        return jdbc.sql("select count(*) from mail_outbox where recipient = :to")
                .param("to", to)
                .query(Long.class)
                .single();
    }
}
