package org.jumelage.mail.web;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.flash;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.header;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.redirectedUrl;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import jakarta.servlet.http.Cookie;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.List;
import java.util.UUID;
import org.jsoup.Jsoup;
import org.jsoup.nodes.Document;
import org.jumelage.account.AccountManagement;
import org.jumelage.account.AuditTrail;
import org.jumelage.mail.MailAttachment;
import org.jumelage.mail.MailOutbox;
import org.jumelage.mail.OutgoingMail;
import org.jumelage.support.JumelageIntegrationTest;
import org.jumelage.support.SignIn;
import org.jumelage.support.TestMailServer;
import org.jumelage.support.TestUsers;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.data.domain.PageRequest;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.transaction.PlatformTransactionManager;
import org.springframework.transaction.support.TransactionTemplate;

/** Administrators read the outbox and retry mails; nobody else may. */
@JumelageIntegrationTest
class MailAdminIntegrationTests {

    /**
     * The retry sends at once; the background worker (polling every 200 ms) may claim the requeued
     * mail first, and then the page says it is queued. Either way it arrives once.
     */
    static final org.hamcrest.Matcher<Object> SENT_AT_ONCE_OR_BY_THE_WORKER =
            org.hamcrest.Matchers.oneOf("mail.admin.retry.sent", "mail.admin.retry.queued");

    @Autowired
    MockMvc mvc;

    @Autowired
    MailOutbox outbox;

    @Autowired
    TestMailServer mail;

    @Autowired
    JdbcClient jdbc;

    @Autowired
    AuditTrail auditTrail;

    @Autowired
    AccountManagement accounts;

    @Autowired
    PlatformTransactionManager transactionManager;

    @Test
    void listShowsTheMailAndFiltersByStatus() throws Exception {
        String to = TestUsers.uniqueEmail("list");
        String subject = "Outbox list " + UUID.randomUUID();
        long id = enqueue(to, subject, null, "FAILED");
        Cookie admin = SignIn.asAdmin(mvc);

        Document all = page(mvc.perform(get("/admin/mail").cookie(admin))
                .andExpect(status().isOk())
                .andReturn()
                .getResponse()
                .getContentAsString());
        assertThat(all.select("#mail-" + id).text()).contains(to, subject, "test.admin", "Failed", "8", "SMTP said no");
        assertThat(all.select("#mail-not-sending")).isEmpty();
        assertThat(all.select("#nav-mail").attr("href")).isEqualTo("/admin/mail");

        Document failed =
                page(mvc.perform(get("/admin/mail").param("status", "FAILED").cookie(admin))
                        .andExpect(status().isOk())
                        .andReturn()
                        .getResponse()
                        .getContentAsString());
        assertThat(failed.select("#mail-" + id)).hasSize(1);
        assertThat(failed.select("#status option[selected]").val()).isEqualTo("FAILED");

        Document sent =
                page(mvc.perform(get("/admin/mail").param("status", "SENT").cookie(admin))
                        .andExpect(status().isOk())
                        .andReturn()
                        .getResponse()
                        .getContentAsString());
        assertThat(sent.select("#mail-" + id)).isEmpty();
    }

    @Test
    void unknownStatusOrMailIsAClearRefusal() throws Exception {
        Cookie admin = SignIn.asAdmin(mvc);
        mvc.perform(get("/admin/mail").param("status", "LOST").cookie(admin)).andExpect(status().isBadRequest());
        mvc.perform(get("/admin/mail/987654321").cookie(admin)).andExpect(status().isNotFound());
        mvc.perform(get("/admin/mail/987654321/attachments/0").cookie(admin)).andExpect(status().isNotFound());
        mvc.perform(post("/admin/mail/987654321/retry").with(csrf()).cookie(admin))
                .andExpect(status().isNotFound());
    }

    @Test
    void readingAMailShowsTheHtmlAsTextAndOffersTheAttachment() throws Exception {
        String to = TestUsers.uniqueEmail("read");
        long id = enqueue(to, "Read me", "<p onclick=\"x()\">Hi</p><script>alert('mail')</script>", "SENT");
        Cookie admin = SignIn.asAdmin(mvc);

        String html = mvc.perform(get("/admin/mail/{id}", id).cookie(admin))
                .andExpect(status().isOk())
                .andReturn()
                .getResponse()
                .getContentAsString();

        assertThat(html).doesNotContain("<script>alert").doesNotContain("<p onclick");
        assertThat(html).contains("&lt;script&gt;alert(&#39;mail&#39;)&lt;/script&gt;");
        Document page = page(html);
        assertThat(page.select("#mail-text").text()).contains("Dear participant");
        assertThat(page.select("#mail-html").text()).contains("<script>alert('mail')</script>");
        assertThat(page.select("#mail-attachments a").attr("href")).isEqualTo("/admin/mail/" + id + "/attachments/0");
        assertThat(page.select("#mail-retry")).isEmpty();

        var download = mvc.perform(get("/admin/mail/{id}/attachments/0", id).cookie(admin))
                .andExpect(status().isOk())
                .andExpect(header().string("Content-Type", "text/calendar"))
                .andReturn()
                .getResponse();
        assertThat(download.getHeader("Content-Disposition"))
                .startsWith("attachment;")
                .contains("event.ics");
        assertThat(download.getContentAsByteArray()).isEqualTo("BEGIN:VCALENDAR".getBytes(StandardCharsets.UTF_8));
        mvc.perform(get("/admin/mail/{id}/attachments/1", id).cookie(admin)).andExpect(status().isNotFound());
    }

    @Test
    void retryingAFailedMailSendsItOnceAndIsAudited() throws Exception {
        String to = TestUsers.uniqueEmail("retry");
        long id = enqueue(to, "Retry me", null, "FAILED");
        Cookie admin = SignIn.asAdmin(mvc);
        Document before = page(mvc.perform(get("/admin/mail/{id}", id).cookie(admin))
                .andReturn()
                .getResponse()
                .getContentAsString());
        assertThat(before.select("#mail-retry")).hasSize(1);
        assertThat(before.select("#mail-last-error").text()).isEqualTo("SMTP said no");

        mvc.perform(post("/admin/mail/{id}/retry", id).with(csrf()).cookie(admin))
                .andExpect(status().isFound())
                .andExpect(redirectedUrl("/admin/mail/" + id))
                .andExpect(flash().attribute("flashSuccess", SENT_AT_ONCE_OR_BY_THE_WORKER));

        assertThat(mail.awaitMessagesTo(to, Duration.ofSeconds(10))).hasSize(1);
        assertThat(row(id)).isEqualTo("SENT/1");
        assertThat(auditTrail.entries("mail.outbox.retried", PageRequest.of(0, 500)))
                .anySatisfy(entry -> {
                    assertThat(entry.target()).isEqualTo("mail " + id);
                    assertThat(entry.detail()).contains("FAILED", "8 attempt(s)", to, "SMTP said no");
                    assertThat(entry.actor()).isEqualTo(TestUsers.ADMIN_EMAIL);
                });

        // A second retry of the sent mail changes nothing and sends nothing.
        mvc.perform(post("/admin/mail/{id}/retry", id).with(csrf()).cookie(admin))
                .andExpect(status().isFound())
                .andExpect(flash().attribute("flashError", "mail.admin.retry.not-retryable"));
        mail.deliverNow();
        assertThat(mail.messagesTo(to)).hasSize(1);
        assertThat(row(id)).isEqualTo("SENT/1");
    }

    @Test
    void retryingAnUnknownMailIsTheAdministratorsDecision() throws Exception {
        String to = TestUsers.uniqueEmail("unknown");
        long id = enqueue(to, "Lost claim", null, "UNKNOWN");
        Cookie admin = SignIn.asAdmin(mvc);

        mvc.perform(post("/admin/mail/{id}/retry", id).with(csrf()).cookie(admin))
                .andExpect(flash().attribute("flashSuccess", SENT_AT_ONCE_OR_BY_THE_WORKER));

        assertThat(mail.awaitMessagesTo(to, Duration.ofSeconds(10))).hasSize(1);
        assertThat(row(id)).isEqualTo("SENT/1");
    }

    @Test
    void retryWithoutCsrfTokenIsRefused() throws Exception {
        long id = enqueue(TestUsers.uniqueEmail("csrf"), "No token", null, "FAILED");
        Cookie admin = SignIn.asAdmin(mvc);

        mvc.perform(post("/admin/mail/{id}/retry", id).cookie(admin)).andExpect(status().isForbidden());

        assertThat(row(id)).isEqualTo("FAILED/8");
    }

    @ParameterizedTest
    @ValueSource(strings = {"/admin/mail", "/admin/mail/1", "/admin/mail/1/attachments/0"})
    void coordinatorsMayNotReadTheOutbox(String path) throws Exception {
        mvc.perform(get(path).cookie(coordinator())).andExpect(status().isForbidden());
        mvc.perform(get(path)).andExpect(status().isFound()).andExpect(redirectedUrl("/sign-in"));
    }

    @Test
    void coordinatorsMayNotRetry() throws Exception {
        long id = enqueue(TestUsers.uniqueEmail("not-yours"), "Not yours", null, "FAILED");

        mvc.perform(post("/admin/mail/{id}/retry", id).with(csrf()).cookie(coordinator()))
                .andExpect(status().isForbidden());

        assertThat(row(id)).isEqualTo("FAILED/8");
    }

    @Test
    void theOutboxIsReadableInLatvian() throws Exception {
        Document page =
                page(mvc.perform(get("/admin/mail").cookie(SignIn.asAdmin(mvc)).header("Accept-Language", "lv"))
                        .andExpect(status().isOk())
                        .andReturn()
                        .getResponse()
                        .getContentAsString());
        assertThat(page.select("h1").text()).isEqualTo("Izejošās vēstules");
    }

    private Cookie coordinator() throws Exception {
        String email = TestUsers.uniqueEmail("coordinator");
        accounts.createUser(TestUsers.coordinator(email));
        return SignIn.as(mvc, email, TestUsers.PASSWORD);
    }

    /** Stores a mail straight in the given state (FAILED after 8 attempts, say), out of the worker's reach. */
    private long enqueue(String to, String subject, String html, String status) {
        return new TransactionTemplate(transactionManager).execute(tx -> {
            long id = outbox.enqueue(new OutgoingMail(
                    to,
                    subject,
                    "Dear participant,\nsee you in Cēsis.",
                    html,
                    List.of(new MailAttachment(
                            "event.ics", "text/calendar", "BEGIN:VCALENDAR".getBytes(StandardCharsets.UTF_8))),
                    "test.admin"));
            jdbc.sql("update mail_outbox set status = :status, attempts = 8, last_error = 'SMTP said no',"
                            + " sent_at = case when :status = 'SENT' then created_at end where id = :id")
                    .param("status", status)
                    .param("id", id)
                    .update();
            return id;
        });
    }

    private String row(long id) {
        return jdbc.sql("select status, attempts from mail_outbox where id = :id")
                .param("id", id)
                .query((rs, n) -> rs.getString(1) + "/" + rs.getInt(2))
                .single();
    }

    private static Document page(String html) {
        return Jsoup.parse(html);
    }
}
