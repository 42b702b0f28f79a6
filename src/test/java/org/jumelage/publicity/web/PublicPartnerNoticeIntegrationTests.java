package org.jumelage.publicity.web;

import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.not;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.redirectedUrl;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import java.util.UUID;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.jumelage.network.NoticeMother;
import org.jumelage.network.OrganisationManagement;
import org.jumelage.network.PartnerNotice;
import org.jumelage.network.PartnerNotices;
import org.jumelage.support.JumelageIntegrationTest;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.request.MockHttpServletRequestBuilder;

/**
 * The public partner-search notices in Latvian and English: the list, a notice with the fallback
 * of a missing language, the contact form with its refusals and the confirmation, the sitemap, and
 * never the organisation's address.
 */
@JumelageIntegrationTest
class PublicPartnerNoticeIntegrationTests {

    @Autowired
    MockMvc mvc;

    @Autowired
    OrganisationManagement organisations;

    @Autowired
    PartnerNotices notices;

    @Autowired
    JdbcClient jdbc;

    String contactEmail;
    PartnerNotice bilingual;
    PartnerNotice englishOnly;
    final String clientAddress = "2001:db8:1::" + UUID.randomUUID();

    @BeforeEach
    void publish() {
        contactEmail = NoticeMother.uniqueEmail("contact");
        long organisation = NoticeMother.organisationWithContact(organisations, contactEmail);
        bilingual = notices.publish(
                NoticeMother.ADMIN,
                organisation,
                NoticeMother.draft(
                        "Meklējam koru pilsētas",
                        "Looking for choir towns",
                        notices.today().plusDays(15)));
        englishOnly = notices.publish(
                NoticeMother.ADMIN,
                organisation,
                NoticeMother.draft(
                        null, "Partners for a river festival", notices.today().plusDays(15)));
    }

    MockHttpServletRequestBuilder from(MockHttpServletRequestBuilder request) {
        return request.with(r -> {
            r.setRemoteAddr(clientAddress);
            return r;
        });
    }

    long messagesOf(long noticeId) {
        return jdbc.sql("select count(*) from partner_notice_message where notice_id = :id")
                .param("id", noticeId)
                .query(Long.class)
                .single();
    }

    @Test
    void theListIsInBothLanguagesWithAlternatesAndANavigationEntry() throws Exception {
        mvc.perform(get("/lv/partner-notices").param("page", "1"))
                .andExpect(status().isOk())
                .andExpect(content().string(containsString("Meklējam partnerus")))
                .andExpect(content().string(containsString("Meklējam koru pilsētas")))
                .andExpect(content().string(containsString("hreflang=\"en\"")))
                .andExpect(content().string(containsString("id=\"public-nav-partner-notices\"")))
                .andExpect(content().string(not(containsString(contactEmail))));
        mvc.perform(get("/en/partner-notices"))
                .andExpect(status().isOk())
                .andExpect(content().string(containsString("Looking for partners")))
                .andExpect(content().string(containsString("aria-current=\"page\"")))
                .andExpect(content().string(not(containsString(contactEmail))));
    }

    @Test
    void aNoticeShowsItsFactsAndMarksATextInTheOtherLanguage() throws Exception {
        mvc.perform(get("/en/partner-notices/" + bilingual.id()))
                .andExpect(status().isOk())
                .andExpect(content().string(containsString("Looking for choir towns")))
                .andExpect(content().string(containsString("Small (under 10,000 inhabitants)")))
                .andExpect(content().string(containsString("Town Twinning")))
                .andExpect(content().string(containsString("id=\"contact-form\"")))
                .andExpect(content().string(not(containsString(contactEmail))));
        mvc.perform(get("/lv/partner-notices/" + englishOnly.id()))
                .andExpect(status().isOk())
                .andExpect(content().string(containsString("lang=\"en\">Partners for a river festival")))
                .andExpect(content().string(containsString("fallback-note")))
                .andExpect(content().string(containsString("Rakstīt šai organizācijai")));
    }

    @Test
    void theContactFormRefusesScriptAndATenMegabyteTextStoringNothing() throws Exception {
        mvc.perform(from(post("/en/partner-notices/" + bilingual.id() + "/messages"))
                        .with(csrf())
                        .param("name", "Aistė")
                        .param("email", "aiste@example.lt")
                        .param("text", "<script>alert(1)</script>"))
                .andExpect(status().isUnprocessableContent())
                .andExpect(content().string(containsString("text-errors")))
                .andExpect(content().string(containsString("plain text")));
        mvc.perform(from(post("/lv/partner-notices/" + bilingual.id() + "/messages"))
                        .with(csrf())
                        .param("name", "Aistė")
                        .param("email", "aiste@example.lt")
                        .param("text", "x".repeat(10 * 1024 * 1024)))
                .andExpect(status().isUnprocessableContent())
                .andExpect(content().string(containsString("ne vairāk kā")));
        mvc.perform(from(post("/en/partner-notices/" + bilingual.id() + "/messages"))
                        .with(csrf())
                        .param("name", "Aistė")
                        .param("email", "aiste@example")
                        .param("text", "Hello"))
                .andExpect(status().isUnprocessableContent())
                .andExpect(content().string(containsString("email-errors")));
        assertThat(messagesOf(bilingual.id())).isZero();
    }

    @Test
    void aVisitorWritesConfirmsAndTheMessageIsRelayedWithoutShowingAnyAddress() throws Exception {
        String sender = NoticeMother.uniqueEmail("visitor");
        mvc.perform(from(post("/en/partner-notices/" + bilingual.id() + "/messages"))
                        .with(csrf())
                        .param("name", "Jonas Petraitis")
                        .param("email", sender)
                        .param("organisation", "Biržų rajono savivaldybė")
                        .param("town", "Biržai")
                        .param("text", "Our choir would love to come."))
                .andExpect(status().isFound())
                .andExpect(redirectedUrl("/en/partner-notices/" + bilingual.id() + "#contact"));
        String confirmation = jdbc.sql("select body_text from mail_outbox where recipient = :to")
                .param("to", sender)
                .query(String.class)
                .single();
        assertThat(confirmation).doesNotContain(contactEmail).contains("Looking for choir towns");
        Matcher link =
                Pattern.compile("/en/partner-notices/confirm/([A-Za-z0-9_-]+)").matcher(confirmation);
        assertThat(link.find()).isTrue();

        mvc.perform(get(link.group()))
                .andExpect(status().isOk())
                .andExpect(content().string(containsString("id=\"confirm-send\"")));
        assertThat(jdbc.sql("select count(*) from mail_outbox where recipient = :to")
                        .param("to", contactEmail)
                        .query(Long.class)
                        .single())
                .as("opening the link alone sends nothing")
                .isZero();
        mvc.perform(from(post(link.group())).with(csrf()))
                .andExpect(status().isOk())
                .andExpect(content().string(containsString("has been passed on")))
                .andExpect(content().string(not(containsString(contactEmail))));
        String relayed = jdbc.sql("select body_text from mail_outbox where recipient = :to")
                .param("to", contactEmail)
                .query(String.class)
                .single();
        // The organisation is in Latvia: it reads the relayed message in Latvian.
        assertThat(relayed).contains("Jonas Petraitis").contains("Biržai").contains("Our choir would love to come.");
        assertThat(relayed).contains("Meklējam koru pilsētas");

        mvc.perform(from(post("/en/partner-notices/confirm/not-a-token")).with(csrf()))
                .andExpect(status().isNotFound())
                .andExpect(content().string(containsString("not known")));
    }

    @Test
    void anExpiredNoticeDisappearsFromTheListTheSitemapAndItsPage() throws Exception {
        org.assertj.core.api.Assertions.assertThat(org.jumelage.publicity.SiteMapFiles.all(mvc))
                .contains("/en/partner-notices/" + bilingual.id() + "<");
        jdbc.sql("update partner_notice set expires_on = :day where id = :id")
                .param("day", notices.today().minusDays(1))
                .param("id", bilingual.id())
                .update();
        mvc.perform(get("/en/partner-notices/" + bilingual.id())).andExpect(status().isNotFound());
        mvc.perform(get("/en/partner-notices").param("page", "1"))
                .andExpect(status().isOk())
                .andExpect(content().string(not(containsString("/en/partner-notices/" + bilingual.id() + "\""))));
        org.assertj.core.api.Assertions.assertThat(org.jumelage.publicity.SiteMapFiles.all(mvc))
                .doesNotContain("/en/partner-notices/" + bilingual.id() + "<");
    }
}
