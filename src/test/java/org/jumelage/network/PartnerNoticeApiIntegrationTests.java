package org.jumelage.network;

import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.startsWith;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.header;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.jsonPath;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import java.util.List;
import java.util.UUID;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.jumelage.account.AccountManagement;
import org.jumelage.account.Role;
import org.jumelage.account.UserSummary;
import org.jumelage.support.JumelageIntegrationTest;
import org.jumelage.support.TestUsers;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.http.MediaType;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.request.MockHttpServletRequestBuilder;

/**
 * The partner-notice API: the public list, publishing with a token, every bad input of a notice
 * and of a relay message (nothing stored, nothing sent), the rate limit, and the relay end to end
 * through the outbox without showing the organisation's address.
 */
@JumelageIntegrationTest
class PartnerNoticeApiIntegrationTests {

    static final String ADMIN = "Bearer " + TestUsers.ADMIN_API_TOKEN;
    static final Pattern LINK = Pattern.compile("http\\S+/partner-notices/confirm/([A-Za-z0-9_-]+)");

    @Autowired
    MockMvc mvc;

    @Autowired
    OrganisationManagement organisations;

    @Autowired
    PartnerNotices notices;

    @Autowired
    AccountManagement accounts;

    @Autowired
    JdbcClient jdbc;

    String contactEmail;
    long organisationId;
    PartnerNotice notice;
    /** Each test sends from its own client address, so that the per-address limit is its own. */
    final String clientAddress = "2001:db8::" + UUID.randomUUID();

    @BeforeEach
    void publishANotice() {
        contactEmail = NoticeMother.uniqueEmail("inga");
        organisationId = NoticeMother.organisationWithContact(organisations, contactEmail);
        notice = notices.publish(
                NoticeMother.ADMIN,
                organisationId,
                NoticeMother.draft(
                        "Meklējam upju pilsētas",
                        "Looking for river towns",
                        notices.today().plusDays(30)));
    }

    MockHttpServletRequestBuilder from(MockHttpServletRequestBuilder request) {
        return request.with(r -> {
            r.setRemoteAddr(clientAddress);
            return r;
        });
    }

    MockHttpServletRequestBuilder json(MockHttpServletRequestBuilder request, String body) {
        return from(request).contentType(MediaType.APPLICATION_JSON).content(body);
    }

    String coordinatorToken(long organisation) {
        UserSummary user = accounts.createUser(TestUsers.withRoles(TestUsers.uniqueEmail("notice"), Role.COORDINATOR));
        accounts.setOrganisation(user.id(), organisation);
        return "Bearer " + accounts.createApiToken(user.id(), "script").secret();
    }

    long noticesStored() {
        return jdbc.sql("select count(*) from partner_notice").query(Long.class).single();
    }

    long messagesOf(long noticeId) {
        return jdbc.sql("select count(*) from partner_notice_message where notice_id = :id")
                .param("id", noticeId)
                .query(Long.class)
                .single();
    }

    List<String> mailTexts(String recipient) {
        return jdbc.sql("select body_text from mail_outbox where recipient = :to order by id")
                .param("to", recipient)
                .query(String.class)
                .list();
    }

    String message(String email, String text) {
        return """
                {"name":"Aistė Kazlauskienė","email":"%s","organisation":"Kauno miesto savivaldybė","town":"Kaunas",
                 "message":"%s"}""".formatted(email, text);
    }

    @Test
    void listsTheCurrentNoticesPublicly() throws Exception {
        mvc.perform(get("/api/v1/partner-notices").param("size", "100"))
                .andExpect(status().isOk())
                .andExpect(jsonPath("$.total").isNumber())
                .andExpect(jsonPath("$.items[?(@.id == " + notice.id() + ")].title.en")
                        .value("Looking for river towns"))
                .andExpect(jsonPath("$.items[?(@.id == " + notice.id() + ")].measure")
                        .value("E4C-2014-TT"))
                .andExpect(jsonPath("$.items[?(@.id == " + notice.id() + ")].townSize")
                        .value("SMALL"))
                .andExpect(jsonPath("$.items[?(@.id == " + notice.id() + ")].organisation.id")
                        .value((int) organisationId));
        String body = mvc.perform(get("/api/v1/partner-notices").param("size", "100"))
                .andReturn()
                .getResponse()
                .getContentAsString();
        assertThat(body).doesNotContain(contactEmail);
    }

    @Test
    void aCoordinatorPublishesForTheirOwnOrganisationOnly() throws Exception {
        String token = coordinatorToken(organisationId);
        String body = """
                {"organisation":%d,"title":{"en":"Schools for a youth exchange"},"idea":{"lv":"Jauniešu apmaiņa"},
                 "measure":"E4C-2014-TT","townSize":"medium","languages":["en"],"expiresOn":"%s"}""".formatted(organisationId, notices.today().plusDays(60));
        mvc.perform(json(post("/api/v1/partner-notices"), body).header("Authorization", token))
                .andExpect(status().isCreated())
                .andExpect(header().string("Location", startsWith("/api/v1/partner-notices/")))
                .andExpect(jsonPath("$.title.en").value("Schools for a youth exchange"))
                .andExpect(jsonPath("$.townSize").value("MEDIUM"))
                .andExpect(jsonPath("$.status").value("ACTIVE"));

        long other = NoticeMother.organisationWithContact(organisations, NoticeMother.uniqueEmail("other"));
        long before = noticesStored();
        mvc.perform(json(
                                post("/api/v1/partner-notices"),
                                body.replace("\"organisation\":" + organisationId, "\"organisation\":" + other))
                        .header("Authorization", token)
                        .header("Accept-Language", "lv"))
                .andExpect(status().isForbidden())
                .andExpect(jsonPath("$.code").value("network.notice-forbidden"))
                .andExpect(jsonPath("$.detail").value(containsString("koordinatori")));
        assertThat(noticesStored()).isEqualTo(before);
    }

    @ParameterizedTest(name = "{0}")
    @CsvSource(delimiter = '|', textBlock = """
            expiry in the past | {"title":{"en":"T"},"idea":{"en":"I"},"expiresOn":"2020-01-01"}                     | network.notice-expiry-past     | expiresOn  | after today
            no expiry          | {"title":{"en":"T"},"idea":{"en":"I"}}                                             | network.notice-expiry-missing  | expiresOn  | last day
            script in idea     | {"title":{"en":"T"},"idea":{"en":"<script>alert(1)</script>"},"expiresOn":"%DAY%"} | network.markup-refused         | idea       | plain text
            no title           | {"idea":{"en":"I"},"expiresOn":"%DAY%"}                                            | network.notice-title-missing   | title      | title
            unknown measure    | {"title":{"en":"T"},"idea":{"en":"I"},"measure":"XX-1","expiresOn":"%DAY%"}        | network.unknown-measure        | measure    | catalogue
            bad town size      | {"title":{"en":"T"},"idea":{"en":"I"},"townSize":"HUGE","expiresOn":"%DAY%"}       | network.town-size-invalid      | townSize   | SMALL
            bad language       | {"title":{"en":"T"},"idea":{"en":"I"},"languages":["english"],"expiresOn":"%DAY%"} | network.language-invalid       | languages  | ISO 639-1
            """)
    void refusesEachBadNoticeAndStoresNothing(String label, String fields, String code, String field, String detail)
            throws Exception {
        String body = "{\"organisation\":" + organisationId + ","
                + fields.substring(1)
                        .replace("%DAY%", notices.today().plusDays(5).toString());
        long before = noticesStored();
        mvc.perform(json(post("/api/v1/partner-notices"), body).header("Authorization", ADMIN))
                .andExpect(status().isUnprocessableContent())
                .andExpect(jsonPath("$.code").value(code))
                .andExpect(jsonPath("$.errors[0].field").value(field))
                .andExpect(jsonPath("$.detail").value(containsString(detail)));
        assertThat(noticesStored()).isEqualTo(before);
    }

    @Test
    void anAnonymousCallerMayNotPublish() throws Exception {
        mvc.perform(json(post("/api/v1/partner-notices"), "{\"organisation\":" + organisationId + "}"))
                .andExpect(status().isUnauthorized());
    }

    @Test
    void relaysAMessageOnlyAfterTheSenderConfirmsWithoutShowingTheOrganisationsAddress() throws Exception {
        String sender = NoticeMother.uniqueEmail("aiste");
        String answer = mvc.perform(json(
                                post("/api/v1/partner-notices/" + notice.id() + "/messages"),
                                message(sender, "We are a river town of 9,000 and would like to join."))
                        .header("Accept-Language", "lv"))
                .andExpect(status().isAccepted())
                .andExpect(jsonPath("$.status").value("CONFIRMATION_SENT"))
                .andReturn()
                .getResponse()
                .getContentAsString();
        assertThat(answer).doesNotContain(contactEmail);
        assertThat(mailTexts(contactEmail))
                .as("nothing goes to the organisation before confirmation")
                .isEmpty();

        List<String> toSender = mailTexts(sender);
        assertThat(toSender).hasSize(1);
        assertThat(toSender.get(0)).contains("Meklējam upju pilsētas").doesNotContain(contactEmail);
        Matcher link = LINK.matcher(toSender.get(0));
        assertThat(link.find()).isTrue();
        assertThat(link.group()).contains("/lv/partner-notices/confirm/");

        mvc.perform(
                        from(post("/lv/partner-notices/confirm/" + link.group(1)))
                                .with(org.springframework.security.test.web.servlet.request
                                        .SecurityMockMvcRequestPostProcessors.csrf()))
                .andExpect(status().isOk())
                .andExpect(org.springframework.test.web.servlet.result.MockMvcResultMatchers.content()
                        .string(containsString("outcome-RELAYED")))
                .andExpect(org.springframework.test.web.servlet.result.MockMvcResultMatchers.content()
                        .string(org.hamcrest.Matchers.not(containsString(contactEmail))));

        List<String> relayed = mailTexts(contactEmail);
        assertThat(relayed).hasSize(1);
        assertThat(relayed.get(0)).contains("We are a river town of 9,000").contains("Aistė Kazlauskienė");
        String replyTo = jdbc.sql("select reply_to from mail_outbox where recipient = :to")
                .param("to", contactEmail)
                .query(String.class)
                .single();
        assertThat(replyTo).isEqualTo(sender);

        // A second confirmation sends nothing again.
        mvc.perform(
                        from(post("/lv/partner-notices/confirm/" + link.group(1)))
                                .with(org.springframework.security.test.web.servlet.request
                                        .SecurityMockMvcRequestPostProcessors.csrf()))
                .andExpect(status().isOk())
                .andExpect(org.springframework.test.web.servlet.result.MockMvcResultMatchers.content()
                        .string(containsString("outcome-ALREADY_RELAYED")));
        assertThat(mailTexts(contactEmail)).hasSize(1);
        assertThat(mailTexts(sender)).hasSize(1);
    }

    @ParameterizedTest(name = "{0}")
    @CsvSource(delimiter = '|', textBlock = """
            script         | aiste@example.lt | <script>alert(1)</script>  | network.markup-refused      | message
            markup         | aiste@example.lt | <img src=x onerror=y>      | network.markup-refused      | message
            bad e-mail     | aiste@example    | Hello                      | network.relay-email-invalid | email
            no message     | aiste@example.lt |                            | network.relay-message-missing | message
            """)
    void refusesEachBadMessageAndStoresAndSendsNothing(
            String label, String email, String text, String code, String field) throws Exception {
        mvc.perform(json(
                        post("/api/v1/partner-notices/" + notice.id() + "/messages"),
                        message(email, text == null ? "" : text)))
                .andExpect(status().isUnprocessableContent())
                .andExpect(jsonPath("$.code").value(code))
                .andExpect(jsonPath("$.errors[0].field").value(field));
        assertThat(messagesOf(notice.id())).isZero();
        assertThat(mailTexts(email)).isEmpty();
        assertThat(mailTexts(contactEmail)).isEmpty();
    }

    @Test
    void refusesATenMegabyteMessageWithoutStoringOrSendingIt() throws Exception {
        String sender = NoticeMother.uniqueEmail("huge");
        String huge = "x".repeat(10 * 1024 * 1024);
        mvc.perform(json(post("/api/v1/partner-notices/" + notice.id() + "/messages"), message(sender, huge)))
                .andExpect(status().isUnprocessableContent())
                .andExpect(jsonPath("$.code").value("network.text-too-long"))
                .andExpect(jsonPath("$.errors[0].field").value("message"));
        assertThat(messagesOf(notice.id())).isZero();
        assertThat(mailTexts(sender)).isEmpty();
    }

    @Test
    void aHundredMessagesAMinuteAreRefusedWith429AndOnlyTheFirstFewAreStored() throws Exception {
        int accepted = 0;
        int refused = 0;
        for (int i = 0; i < 100; i++) {
            int status = mvc.perform(json(
                                    post("/api/v1/partner-notices/" + notice.id() + "/messages"),
                                    message(NoticeMother.uniqueEmail("flood"), "Message " + i))
                            .header("Accept-Language", "en"))
                    .andReturn()
                    .getResponse()
                    .getStatus();
            if (status == 202) {
                accepted++;
            } else {
                assertThat(status).isEqualTo(429);
                refused++;
            }
        }
        assertThat(accepted).isEqualTo(5);
        assertThat(refused).isEqualTo(95);
        assertThat(messagesOf(notice.id())).isEqualTo(5);
        mvc.perform(json(
                        post("/api/v1/partner-notices/" + notice.id() + "/messages"),
                        message("late@example.lv", "Late")))
                .andExpect(status().isTooManyRequests())
                .andExpect(header().exists("Retry-After"))
                .andExpect(jsonPath("$.code").value("network.relay-limit"))
                .andExpect(jsonPath("$.detail").value(containsString("nothing was sent")));
        assertThat(mailTexts("late@example.lv")).isEmpty();
    }

    @Test
    void oneSenderAddressIsLimitedFromAnyClientAddress() throws Exception {
        String sender = NoticeMother.uniqueEmail("same");
        int accepted = 0;
        for (int i = 0; i < 5; i++) {
            final int n = i;
            int status = mvc.perform(post("/api/v1/partner-notices/" + notice.id() + "/messages")
                            .with(r -> {
                                r.setRemoteAddr("2001:db8::" + n + ":" + UUID.randomUUID());
                                return r;
                            })
                            .contentType(MediaType.APPLICATION_JSON)
                            .content(message(sender, "Message " + i)))
                    .andReturn()
                    .getResponse()
                    .getStatus();
            accepted += status == 202 ? 1 : 0;
        }
        assertThat(accepted).isEqualTo(3);
        assertThat(mailTexts(sender)).hasSize(3);
    }

    @Test
    void anExpiredNoticeIsNoLongerListedNorAnswered() throws Exception {
        jdbc.sql("update partner_notice set expires_on = :day where id = :id")
                .param("day", notices.today().minusDays(1))
                .param("id", notice.id())
                .update();
        String list = mvc.perform(get("/api/v1/partner-notices").param("size", "100"))
                .andExpect(status().isOk())
                .andReturn()
                .getResponse()
                .getContentAsString();
        assertThat(list).doesNotContain("\"id\":" + notice.id() + ",");
        mvc.perform(json(post("/api/v1/partner-notices/" + notice.id() + "/messages"), message("x@example.lv", "Hi")))
                .andExpect(status().isNotFound())
                .andExpect(jsonPath("$.code").value("network.notice-not-found"));
        assertThat(messagesOf(notice.id())).isZero();
    }
}
