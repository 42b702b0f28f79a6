package org.jumelage.support;

import com.icegreen.greenmail.configuration.GreenMailConfiguration;
import com.icegreen.greenmail.util.GreenMail;
import com.icegreen.greenmail.util.ServerSetup;
import jakarta.mail.BodyPart;
import jakarta.mail.Message;
import jakarta.mail.MessagingException;
import jakarta.mail.Multipart;
import jakarta.mail.Part;
import jakarta.mail.internet.InternetAddress;
import jakarta.mail.internet.MimeMessage;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Map;
import org.jumelage.mail.MailDelivery;
import org.springframework.context.ApplicationContextInitializer;
import org.springframework.context.ConfigurableApplicationContext;
import org.springframework.core.env.MapPropertySource;

/**
 * The tests' SMTP server: one embedded GreenMail on 127.0.0.1 at a free port, started once for the
 * whole test run, to which the shared test contexts ({@code @JumelageIntegrationTest},
 * {@code @BrowserTest}) send their mail. Their worker polls the outbox every 200 ms and holds its
 * job lock only while it runs.
 *
 * <p>Use it by injecting the bean and waiting for the mail to a unique address:
 *
 * <pre>{@code
 * @Autowired TestMailServer mail;
 * ...
 * List<MimeMessage> received = mail.awaitMessagesTo(email, Duration.ofSeconds(10));
 * assertThat(TestMailServer.textOf(received.get(0))).contains("…");
 * assertThat(TestMailServer.attachmentsOf(received.get(0))).extracting(Attachment::fileName).containsExactly("event.ics");
 * }</pre>
 *
 * {@link #deliverNow()} runs the outbox worker at once instead of waiting for its next poll. The
 * server is shared by every test of the run: never purge it, address each test's mail to a unique
 * recipient ({@link TestUsers#uniqueEmail(String)}).
 */
public final class TestMailServer {

    /** How often the outbox worker polls in tests. */
    public static final String POLL_INTERVAL = "200ms";

    private static GreenMail server;

    private final ConfigurableApplicationContext context;

    private TestMailServer(ConfigurableApplicationContext context) {
        this.context = context;
    }

    /** Points a test context's SMTP settings at the server and registers the {@link TestMailServer} bean. */
    public static final class Initializer implements ApplicationContextInitializer<ConfigurableApplicationContext> {

        @Override
        public void initialize(ConfigurableApplicationContext context) {
            int port = port();
            context.getEnvironment()
                    .getPropertySources()
                    .addFirst(new MapPropertySource(
                            "testMailServer",
                            Map.of(
                                    "jumelage.mail.smtp.host", "127.0.0.1",
                                    "jumelage.mail.smtp.port", Integer.toString(port),
                                    "jumelage.mail.smtp.username", "",
                                    "jumelage.mail.smtp.password", "",
                                    "jumelage.mail.smtp.starttls", "false",
                                    "jumelage.mail.from", "jumelage@jumelage.test",
                                    "jumelage.mail.poll-interval", POLL_INTERVAL,
                                    // The worker's lock would otherwise hold for 25 s after each run, and
                                    // the contexts on one PostgreSQL database share it: a mail left to the
                                    // scheduled worker could wait longer than a test waits for it.
                                    "jumelage.jobs.mail-outbox.lock-at-least-for", "0s")));
            context.getBeanFactory().registerSingleton("testMailServer", new TestMailServer(context));
        }
    }

    /** The server's SMTP port, starting the server on first use. */
    public static synchronized int port() {
        if (server == null) {
            GreenMail started = new GreenMail(new ServerSetup(0, "127.0.0.1", ServerSetup.PROTOCOL_SMTP).dynamicPort())
                    .withConfiguration(GreenMailConfiguration.aConfig().withDisabledAuthentication());
            started.start();
            Runtime.getRuntime().addShutdownHook(new Thread(started::stop, "test-mail-server-stop"));
            server = started;
        }
        return server.getSmtp().getPort();
    }

    /** Runs this context's outbox worker once, now; returns how many mails it sent. */
    public int deliverNow() {
        return context.getBean(MailDelivery.class).sendDueMails();
    }

    /** The mails received so far for {@code email} (exact address, any case), oldest first. */
    public List<MimeMessage> messagesTo(String email) {
        port();
        return Arrays.stream(server.getReceivedMessages())
                .filter(message -> addressedTo(message, email))
                .toList();
    }

    /**
     * Waits until at least one mail for {@code email} has arrived (running the worker meanwhile)
     * and returns all received for it; fails the test after {@code timeout}.
     */
    public List<MimeMessage> awaitMessagesTo(String email, Duration timeout) {
        return awaitMessagesTo(email, 1, timeout);
    }

    /** Waits until at least {@code count} mails for {@code email} have arrived; returns all received for it. */
    public List<MimeMessage> awaitMessagesTo(String email, int count, Duration timeout) {
        long deadline = System.nanoTime() + timeout.toNanos();
        while (true) {
            List<MimeMessage> received = messagesTo(email);
            if (received.size() >= count) {
                return received;
            }
            if (System.nanoTime() > deadline) {
                throw new AssertionError("Expected " + count + " mail(s) to " + email + " within " + timeout
                        + ", received " + received.size());
            }
            deliverNow();
            try {
                Thread.sleep(50);
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
                throw new AssertionError("Interrupted while waiting for mail to " + email, e);
            }
        }
    }

    /** The plain text part of a received mail. */
    public static String textOf(MimeMessage message) {
        try {
            return firstPart(message, "text/plain");
        } catch (MessagingException | IOException e) {
            throw new IllegalStateException(e);
        }
    }

    /** The HTML part of a received mail, or {@code null}. */
    public static String htmlOf(MimeMessage message) {
        try {
            String html = firstPart(message, "text/html");
            return html.isEmpty() ? null : html;
        } catch (MessagingException | IOException e) {
            throw new IllegalStateException(e);
        }
    }

    /** A file attached to a received mail. */
    public record Attachment(String fileName, String contentType, byte[] content) {}

    /** The files attached to a received mail, in order. */
    public static List<Attachment> attachmentsOf(MimeMessage message) {
        List<Attachment> attachments = new ArrayList<>();
        try {
            collectAttachments(message, attachments);
        } catch (MessagingException e) {
            throw new IllegalStateException(e);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return attachments;
    }

    private static void collectAttachments(Part part, List<Attachment> into) throws MessagingException, IOException {
        if (part.isMimeType("multipart/*")) {
            Multipart multipart = (Multipart) part.getContent();
            for (int i = 0; i < multipart.getCount(); i++) {
                collectAttachments(multipart.getBodyPart(i), into);
            }
        } else if (Part.ATTACHMENT.equalsIgnoreCase(part.getDisposition()) || part.getFileName() != null) {
            into.add(new Attachment(
                    part.getFileName(),
                    part.getContentType(),
                    part.getInputStream().readAllBytes()));
        }
    }

    private static String firstPart(Part part, String mimeType) throws MessagingException, IOException {
        if (part.isMimeType("multipart/*")) {
            Multipart multipart = (Multipart) part.getContent();
            for (int i = 0; i < multipart.getCount(); i++) {
                BodyPart child = multipart.getBodyPart(i);
                String found = firstPart(child, mimeType);
                if (!found.isEmpty()) {
                    return found;
                }
            }
            return "";
        }
        if (part.isMimeType(mimeType) && !Part.ATTACHMENT.equalsIgnoreCase(part.getDisposition())) {
            return part.getContent().toString();
        }
        return "";
    }

    private static boolean addressedTo(MimeMessage message, String email) {
        try {
            var recipients = message.getRecipients(Message.RecipientType.TO);
            return recipients != null
                    && Arrays.stream(recipients)
                            .anyMatch(address -> address instanceof InternetAddress internet
                                    && email.equalsIgnoreCase(internet.getAddress()));
        } catch (MessagingException e) {
            throw new IllegalStateException(e);
        }
    }
}
