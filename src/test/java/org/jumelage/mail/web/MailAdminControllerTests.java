package org.jumelage.mail.web;

import static org.assertj.core.api.Assertions.assertThat;
import static org.mockito.ArgumentMatchers.any;
import static org.mockito.ArgumentMatchers.isNull;
import static org.mockito.Mockito.when;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.authentication;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.view;

import java.time.Instant;
import java.util.List;
import java.util.Set;
import org.jsoup.Jsoup;
import org.jsoup.nodes.Document;
import org.jumelage.account.Role;
import org.jumelage.account.SignedInUser;
import org.jumelage.mail.domain.OutboxAdministration;
import org.jumelage.mail.persistence.MailStatus;
import org.jumelage.mail.persistence.OutboxEntry;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.webmvc.test.autoconfigure.WebMvcTest;
import org.springframework.data.domain.PageImpl;
import org.springframework.data.domain.PageRequest;
import org.springframework.security.authentication.UsernamePasswordAuthenticationToken;
import org.springframework.security.core.authority.SimpleGrantedAuthority;
import org.springframework.test.context.bean.override.mockito.MockitoBean;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.request.RequestPostProcessor;

/** The outbox page in a web slice, as on an instance without SMTP: mail waits and the page says so. */
@WebMvcTest(MailAdminController.class)
class MailAdminControllerTests {

    static final SignedInUser ADMIN = new SignedInUser(1, "admin@example.org", "Admin", "en", Set.of(Role.ADMIN), null);

    @Autowired
    MockMvc mvc;

    @MockitoBean
    OutboxAdministration outbox;

    static RequestPostProcessor admin() {
        return authentication(UsernamePasswordAuthenticationToken.authenticated(
                ADMIN, null, List.of(new SimpleGrantedAuthority("ROLE_ADMIN"))));
    }

    @Test
    void withoutSmtpThePageSaysMailIsNotSentAndListsItAsPending() throws Exception {
        OutboxEntry waiting = new OutboxEntry(
                5,
                "jana@example.org",
                "Welcome",
                "event.registration-confirmed",
                MailStatus.PENDING,
                0,
                Instant.parse("2026-11-21T10:00:00Z"),
                Instant.parse("2026-11-21T10:00:00Z"),
                null,
                null,
                null,
                null);
        when(outbox.sending()).thenReturn(false);
        when(outbox.entries(isNull(), any())).thenReturn(new PageImpl<>(List.of(waiting), PageRequest.of(0, 50), 1));

        String html = mvc.perform(get("/admin/mail").with(admin()))
                .andExpect(status().isOk())
                .andExpect(view().name("mail/admin-outbox"))
                .andReturn()
                .getResponse()
                .getContentAsString();

        Document page = Jsoup.parse(html);
        assertThat(page.select("#mail-not-sending").text()).contains("Mail is not being sent", "JUMELAGE_SMTP_HOST");
        assertThat(page.select("#mail-5").text())
                .contains("jana@example.org", "Welcome", "Pending", "2026-11-21 10:00:00");
    }
}
