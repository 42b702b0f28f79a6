package org.jumelage.mail.persistence;

import java.sql.Timestamp;
import java.time.Clock;
import org.jumelage.mail.MailAttachment;
import org.jumelage.mail.MailOutbox;
import org.jumelage.mail.OutgoingMail;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.jdbc.support.GeneratedKeyHolder;
import org.springframework.jdbc.support.KeyHolder;
import org.springframework.stereotype.Repository;
import org.springframework.transaction.annotation.Propagation;
import org.springframework.transaction.annotation.Transactional;

/** The outbox table: stores mails in the caller's transaction. */
@Repository
class OutboxStore implements MailOutbox {

    private final JdbcClient jdbc;
    private final Clock clock;

    OutboxStore(JdbcClient jdbc, Clock clock) {
        this.jdbc = jdbc;
        this.clock = clock;
    }

    @Override
    @Transactional(propagation = Propagation.MANDATORY)
    public long enqueue(OutgoingMail mail) {
        Timestamp now = Timestamp.from(clock.instant());
        KeyHolder keys = new GeneratedKeyHolder();
        jdbc.sql("""
                        insert into mail_outbox (recipient, subject, body_text, body_html, purpose, status, attempts,
                                                 next_attempt_at, created_at)
                        values (:recipient, :subject, :text, :html, :purpose, 'PENDING', 0, :now, :now)
                        """)
                .param("recipient", mail.to())
                .param("subject", mail.subject())
                .param("text", mail.text())
                .param("html", mail.html())
                .param("purpose", mail.purpose())
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
}
