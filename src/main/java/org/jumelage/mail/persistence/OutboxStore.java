package org.jumelage.mail.persistence;

import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Timestamp;
import java.time.Clock;
import java.time.Instant;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.time.temporal.ChronoUnit;
import java.util.List;
import java.util.Optional;
import org.jspecify.annotations.Nullable;
import org.jumelage.mail.MailAttachment;
import org.jumelage.mail.MailOutbox;
import org.jumelage.mail.OutgoingMail;
import org.springframework.data.domain.Page;
import org.springframework.data.domain.PageImpl;
import org.springframework.data.domain.Pageable;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.jdbc.support.GeneratedKeyHolder;
import org.springframework.jdbc.support.KeyHolder;
import org.springframework.stereotype.Repository;
import org.springframework.transaction.annotation.Propagation;
import org.springframework.transaction.annotation.Transactional;

/**
 * The outbox tables ({@code mail_outbox}, {@code mail_attachment}). Modules store mails in their own
 * transaction; the worker moves each mail through its states with conditional updates, each of
 * which only succeeds from the state the caller expects, so that two workers never both win.
 */
@Repository
public class OutboxStore implements MailOutbox {

    /** The longest error text the table keeps. */
    static final int MAX_ERROR_LENGTH = 2000;

    private static final String ENTRY_COLUMNS = """
            id, recipient, subject, purpose, status, attempts, created_at, next_attempt_at, sent_at,
            claimed_by, claimed_at, last_error""";

    private final JdbcClient jdbc;
    private final Clock clock;

    OutboxStore(JdbcClient jdbc, Clock clock) {
        this.jdbc = jdbc;
        this.clock = clock;
    }

    @Override
    @Transactional(propagation = Propagation.MANDATORY)
    public long enqueue(OutgoingMail mail) {
        Timestamp now = Timestamp.from(clock.instant().truncatedTo(ChronoUnit.MICROS));
        KeyHolder keys = new GeneratedKeyHolder();
        jdbc.sql("""
                        insert into mail_outbox (recipient, subject, body_text, body_html, purpose, status, attempts,
                                                 next_attempt_at, created_at, reply_to)
                        values (:recipient, :subject, :text, :html, :purpose, 'PENDING', 0, :now, :now, :replyTo)
                        """)
                .param("recipient", mail.to())
                .param("subject", mail.subject())
                .param("text", mail.text())
                .param("html", mail.html())
                .param("purpose", mail.purpose())
                .param("replyTo", mail.replyTo())
                .param("now", now)
                .update(keys, "id");
        long id = keys.getKeyAs(Number.class).longValue();
        int position = 0;
        for (MailAttachment attachment : mail.attachments()) {
            jdbc.sql("""
                            insert into mail_attachment (mail_id, position, file_name, content_type, content)
                            values (:mail, :position, :name, :type, :content)
                            """)
                    .param("mail", id)
                    .param("position", position++)
                    .param("name", attachment.fileName())
                    .param("type", attachment.contentType())
                    .param("content", attachment.content())
                    .update();
        }
        return id;
    }

    // --- The worker ------------------------------------------------------------------------------

    /** Ids of the pending mails whose next attempt is due at {@code now}, the longest waiting first. */
    public List<Long> dueIds(Instant now, int limit) {
        return jdbc.sql("""
                        select id from mail_outbox where status = 'PENDING' and next_attempt_at <= :now
                        order by next_attempt_at, id limit :limit""")
                .param("now", utc(now))
                .param("limit", limit)
                .query(Long.class)
                .list();
    }

    /**
     * Claims a pending mail for {@code worker}: PENDING becomes SENDING and the attempt is counted.
     * Of several workers trying at once exactly one gets {@code true}; the database serialises the
     * conditional update on the row.
     */
    public boolean claim(long id, String worker, Instant now) {
        return jdbc.sql("""
                                update mail_outbox
                                set status = 'SENDING', claimed_by = :worker, claimed_at = :now, attempts = attempts + 1
                                where id = :id and status = 'PENDING' and next_attempt_at <= :now""")
                        .param("worker", worker)
                        .param("now", utc(now))
                        .param("id", id)
                        .update()
                == 1;
    }

    /** The mail {@code worker} has claimed, with its attachments, or empty when the claim is not its own. */
    public Optional<ClaimedMail> claimed(long id, String worker) {
        return jdbc.sql("""
                        select recipient, subject, body_text, body_html, purpose, attempts, reply_to from mail_outbox
                        where id = :id and status = 'SENDING' and claimed_by = :worker""")
                .param("id", id)
                .param("worker", worker)
                .query((rs, row) -> new ClaimedMail(
                        id,
                        rs.getInt("attempts"),
                        new OutgoingMail(
                                rs.getString("recipient"),
                                rs.getString("subject"),
                                rs.getString("body_text"),
                                rs.getString("body_html"),
                                attachments(id),
                                rs.getString("purpose"),
                                rs.getString("reply_to"))))
                .optional();
    }

    /**
     * Records that the SMTP server took the mail. Also from UNKNOWN: a very slow send may have been
     * given up by another instance meanwhile, and the truth is that it went out.
     */
    public boolean markSent(long id, String worker, Instant now) {
        return jdbc.sql("""
                                update mail_outbox set status = 'SENT', sent_at = :now, last_error = null
                                where id = :id and claimed_by = :worker and status in ('SENDING', 'UNKNOWN')""")
                        .param("now", utc(now))
                        .param("id", id)
                        .param("worker", worker)
                        .update()
                == 1;
    }

    /** Puts a mail that failed back in the queue for another attempt at {@code nextAttempt}. */
    public boolean reschedule(long id, String worker, String error, Instant nextAttempt) {
        return jdbc.sql("""
                                update mail_outbox set status = 'PENDING', next_attempt_at = :next, last_error = :error
                                where id = :id and claimed_by = :worker and status = 'SENDING'""")
                        .param("next", utc(nextAttempt))
                        .param("error", truncate(error))
                        .param("id", id)
                        .param("worker", worker)
                        .update()
                == 1;
    }

    /** Gives the mail up: no further automatic attempt. */
    public boolean markFailed(long id, String worker, String error) {
        return jdbc.sql("""
                                update mail_outbox set status = 'FAILED', last_error = :error
                                where id = :id and claimed_by = :worker and status = 'SENDING'""")
                        .param("error", truncate(error))
                        .param("id", id)
                        .param("worker", worker)
                        .update()
                == 1;
    }

    /**
     * Turns SENDING mails claimed before {@code claimedBefore} into UNKNOWN: their worker never
     * reported back, so nobody knows whether they went out, and they must not be sent again without
     * a person deciding so.
     *
     * @return the ids given up
     */
    public List<Long> abandonStaleClaims(Instant claimedBefore, Instant now) {
        List<Stale> stale = jdbc.sql("""
                        select id, claimed_by, claimed_at from mail_outbox
                        where status = 'SENDING' and claimed_at < :before""")
                .param("before", utc(claimedBefore))
                .query((rs, row) -> new Stale(rs.getLong("id"), rs.getString("claimed_by"), instant(rs, "claimed_at")))
                .list();
        return stale.stream()
                .filter(row -> jdbc.sql("""
                                        update mail_outbox set status = 'UNKNOWN', last_error = :error
                                        where id = :id and status = 'SENDING' and claimed_by = :worker""")
                                .param(
                                        "error",
                                        truncate("Claimed by " + row.worker() + " at " + row.claimedAt()
                                                + " and not confirmed by " + now
                                                + ": it may or may not have been sent. It is not resent automatically;"
                                                + " retry it only if the recipient did not get it."))
                                .param("id", row.id())
                                .param("worker", row.worker())
                                .update()
                        == 1)
                .map(Stale::id)
                .toList();
    }

    private record Stale(long id, String worker, @Nullable Instant claimedAt) {}

    // --- Administration -----------------------------------------------------------------------------

    /**
     * Puts a FAILED or UNKNOWN mail back in the queue, due at {@code now}, with a fresh count of
     * attempts; {@code false} when the mail is in another state (or does not exist).
     */
    public boolean requeue(long id, Instant now) {
        return jdbc.sql("""
                                update mail_outbox set status = 'PENDING', attempts = 0, next_attempt_at = :now
                                where id = :id and status in ('FAILED', 'UNKNOWN')""").param("now", utc(now)).param("id", id).update() == 1;
    }

    /** The outbox, newest first, optionally only the mails in one state. */
    public Page<OutboxEntry> entries(@Nullable MailStatus status, Pageable pageable) {
        String where = status == null ? "" : " where status = :status";
        long total = bind(jdbc.sql("select count(*) from mail_outbox" + where), status)
                .query(Long.class)
                .single();
        List<OutboxEntry> content = bind(
                        jdbc.sql("select " + ENTRY_COLUMNS + " from mail_outbox" + where
                                + " order by created_at desc, id desc limit :limit offset :offset"),
                        status)
                .param("limit", pageable.getPageSize())
                .param("offset", pageable.getOffset())
                .query(OutboxStore::entry)
                .list();
        return new PageImpl<>(content, pageable, total);
    }

    private static JdbcClient.StatementSpec bind(JdbcClient.StatementSpec statement, @Nullable MailStatus status) {
        return status == null ? statement : statement.param("status", status.name());
    }

    public Optional<OutboxEntry> entry(long id) {
        return jdbc.sql("select " + ENTRY_COLUMNS + " from mail_outbox where id = :id")
                .param("id", id)
                .query(OutboxStore::entry)
                .optional();
    }

    /** The whole mail for reading, without the attachments' content. */
    public Optional<StoredMail> mail(long id) {
        return jdbc.sql("select " + ENTRY_COLUMNS + ", body_text, body_html from mail_outbox where id = :id")
                .param("id", id)
                .query((rs, row) -> new StoredMail(
                        entry(rs, row),
                        rs.getString("body_text"),
                        rs.getString("body_html"),
                        jdbc.sql("""
                                        select position, file_name, content_type, octet_length(content) as size
                                        from mail_attachment where mail_id = :id order by position""")
                                .param("id", id)
                                .query((a, i) -> new StoredMail.AttachmentInfo(
                                        a.getInt("position"),
                                        a.getString("file_name"),
                                        a.getString("content_type"),
                                        a.getInt("size")))
                                .list()))
                .optional();
    }

    public Optional<MailAttachment> attachment(long id, int position) {
        return jdbc.sql("""
                        select file_name, content_type, content from mail_attachment
                        where mail_id = :id and position = :position""")
                .param("id", id)
                .param("position", position)
                .query((rs, row) -> new MailAttachment(
                        rs.getString("file_name"), rs.getString("content_type"), rs.getBytes("content")))
                .optional();
    }

    private List<MailAttachment> attachments(long id) {
        return jdbc.sql("""
                        select file_name, content_type, content from mail_attachment
                        where mail_id = :id order by position""")
                .param("id", id)
                .query((rs, row) -> new MailAttachment(
                        rs.getString("file_name"), rs.getString("content_type"), rs.getBytes("content")))
                .list();
    }

    private static OutboxEntry entry(ResultSet rs, int row) throws SQLException {
        return new OutboxEntry(
                rs.getLong("id"),
                rs.getString("recipient"),
                rs.getString("subject"),
                rs.getString("purpose"),
                MailStatus.valueOf(rs.getString("status")),
                rs.getInt("attempts"),
                instant(rs, "created_at"),
                instant(rs, "next_attempt_at"),
                instant(rs, "sent_at"),
                rs.getString("claimed_by"),
                instant(rs, "claimed_at"),
                rs.getString("last_error"));
    }

    private static @Nullable Instant instant(ResultSet rs, String column) throws SQLException {
        OffsetDateTime value = rs.getObject(column, OffsetDateTime.class);
        return value == null ? null : value.toInstant();
    }

    /**
     * The databases keep microseconds; a clock may give nanoseconds. Rounded by the database, a
     * mail stored "now" could be due a fraction later than the same "now", so every instant is
     * truncated here, the same way for storing and comparing.
     */
    private static OffsetDateTime utc(Instant instant) {
        return OffsetDateTime.ofInstant(instant.truncatedTo(ChronoUnit.MICROS), ZoneOffset.UTC);
    }

    static String truncate(String error) {
        return error.length() <= MAX_ERROR_LENGTH ? error : error.substring(0, MAX_ERROR_LENGTH - 1) + "…";
    }
}
