package org.jumelage.mail.domain;

import java.nio.charset.StandardCharsets;
import java.util.Properties;
import org.jumelage.mail.MailAttachment;
import org.jumelage.mail.OutgoingMail;
import org.springframework.core.io.ByteArrayResource;
import org.springframework.mail.javamail.JavaMailSender;
import org.springframework.mail.javamail.JavaMailSenderImpl;
import org.springframework.mail.javamail.MimeMessageHelper;

/**
 * Sends by SMTP through Spring's {@link JavaMailSender}: a multipart message with the text, the HTML
 * alternative when there is one, and the attachments.
 */
final class SmtpMailTransport implements MailTransport {

    static final String OUTBOX_ID_HEADER = "X-Jumelage-Outbox-Id";

    private final JavaMailSender sender;
    private final String from;
    private final String description;

    SmtpMailTransport(JavaMailSender sender, String from, String description) {
        this.sender = sender;
        this.from = from;
        this.description = description;
    }

    static SmtpMailTransport of(MailSettings settings) {
        MailSettings.Smtp smtp = settings.smtp();
        JavaMailSenderImpl sender = new JavaMailSenderImpl();
        sender.setHost(smtp.host());
        sender.setPort(smtp.port());
        sender.setDefaultEncoding(StandardCharsets.UTF_8.name());
        Properties properties = sender.getJavaMailProperties();
        if (!smtp.username().isEmpty()) {
            sender.setUsername(smtp.username());
            sender.setPassword(smtp.password());
            properties.setProperty("mail.smtp.auth", "true");
        }
        // With STARTTLS on, a server that does not offer it is refused rather than used in clear text.
        properties.setProperty("mail.smtp.starttls.enable", Boolean.toString(smtp.starttls()));
        properties.setProperty("mail.smtp.starttls.required", Boolean.toString(smtp.starttls()));
        properties.setProperty(
                "mail.smtp.connectiontimeout",
                Long.toString(smtp.connectTimeout().toMillis()));
        properties.setProperty("mail.smtp.timeout", Long.toString(smtp.timeout().toMillis()));
        properties.setProperty(
                "mail.smtp.writetimeout", Long.toString(smtp.timeout().toMillis()));
        String description = smtp.host() + ":" + smtp.port() + (smtp.starttls() ? " (STARTTLS)" : "")
                + (smtp.username().isEmpty() ? "" : " as " + smtp.username()) + ", from " + settings.from();
        return new SmtpMailTransport(sender, settings.from(), description);
    }

    @Override
    public void send(long outboxId, OutgoingMail mail) {
        sender.send(message -> {
            boolean multipart = mail.html() != null || !mail.attachments().isEmpty();
            MimeMessageHelper helper = new MimeMessageHelper(
                    message,
                    multipart ? MimeMessageHelper.MULTIPART_MODE_MIXED_RELATED : MimeMessageHelper.MULTIPART_MODE_NO,
                    StandardCharsets.UTF_8.name());
            // A malformed address fails here, once, instead of at every attempt on the server.
            helper.setValidateAddresses(true);
            helper.setFrom(from);
            helper.setTo(mail.to());
            if (mail.replyTo() != null) {
                helper.setReplyTo(mail.replyTo());
            }
            helper.setSubject(mail.subject());
            if (mail.html() != null) {
                helper.setText(mail.text(), mail.html());
            } else {
                helper.setText(mail.text());
            }
            for (MailAttachment attachment : mail.attachments()) {
                helper.addAttachment(
                        attachment.fileName(), new ByteArrayResource(attachment.content()), attachment.contentType());
            }
            message.setHeader(OUTBOX_ID_HEADER, Long.toString(outboxId));
        });
    }

    @Override
    public String describe() {
        return description;
    }
}
