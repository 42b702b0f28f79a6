package org.jumelage.browser;

import static org.assertj.core.api.Assertions.assertThat;

import jakarta.mail.internet.InternetAddress;
import jakarta.mail.internet.MimeMessage;
import java.net.CookieManager;
import java.net.URI;
import java.net.URLEncoder;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.List;
import java.util.UUID;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.jumelage.account.AccountManagement;
import org.jumelage.account.Role;
import org.jumelage.account.UserSummary;
import org.jumelage.network.NewContact;
import org.jumelage.network.NoticeMother;
import org.jumelage.network.OrganisationDraft;
import org.jumelage.network.OrganisationManagement;
import org.jumelage.network.OrganisationType;
import org.jumelage.network.PartnerNotices;
import org.jumelage.shared.LocalizedText;
import org.jumelage.support.TestMailServer;
import org.jumelage.support.TestUsers;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;
import org.openqa.selenium.support.ui.Select;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;

/** An editor publishes a partner-search notice; a visitor answers it, confirms, and the organisation gets the mail. */
@BrowserTest
class PartnerNoticeBrowserTests {

    static final Pattern LINK = Pattern.compile("http://localhost:8080(/en/partner-notices/confirm/[A-Za-z0-9_-]{43})");

    @Autowired
    AccountManagement accounts;

    @Autowired
    OrganisationManagement organisations;

    @Autowired
    TestMailServer mail;

    @Autowired
    PartnerNotices notices;

    @Autowired
    JdbcClient jdbc;

    @Test
    void anEditorPublishesAndAVisitorAnswersThroughTheRelay(Browser browser) throws Exception {
        String tag = UUID.randomUUID().toString().substring(0, 8);
        long organisation = organisations
                .create(new OrganisationDraft(
                        LocalizedText.of("Daugavpils pilsētas dome " + tag, "Daugavpils City Council " + tag),
                        OrganisationType.MUNICIPALITY,
                        460413L,
                        "LV",
                        null,
                        null))
                .id();
        String contact = "contact-" + tag + "@daugavpils.example.lv";
        organisations.addContact(organisation, new NewContact("Ilze Ozola", contact, null, null));
        String editor = TestUsers.uniqueEmail("notice-editor");
        UserSummary user = accounts.createUser(TestUsers.withRoles(editor, Role.COORDINATOR));
        accounts.setOrganisation(user.id(), organisation);

        // The editor publishes a notice; the organisation has no project yet.
        browser.signIn(editor, TestUsers.PASSWORD);
        browser.open("/partner-notices");
        browser.waitFor(By.id("notice-new")).click();
        browser.waitForPath("/partner-notices/new");
        String title = "Small towns for a heritage trail " + tag;
        browser.type(By.id("titleEn"), title);
        browser.type(By.id("ideaEn"), "Walking routes between wooden churches, with local guides.");
        browser.type(By.id("soughtEn"), "A rural municipality with old churches");
        new Select(browser.find(By.id("measure"))).selectByValue("E4C-2014-TT");
        new Select(browser.find(By.id("townSize"))).selectByValue("SMALL");
        browser.type(By.id("languages"), "en, lv");
        browser.find(By.id("notice-save")).click();
        assertThat(browser.waitFor(By.id("notice-title")).getText()).isEqualTo(title);
        assertThat(browser.find(By.id("notice-status")).getText()).isEqualTo("On the public site");
        String noticePath = browser.find(By.id("notice-public-link")).getDomAttribute("href");
        browser.signOut();

        // A visitor finds it on the public site and writes.
        browser.open("/en/partner-notices");
        browser.waitFor(By.linkText(title)).click();
        browser.waitForPath(noticePath);
        assertThat(browser.find(By.id("notice-town-size")).getText()).isEqualTo("Small (under 10,000 inhabitants)");
        assertThat(browser.find(By.tagName("main")).getText()).doesNotContain(contact);
        String visitor = "visitor-" + tag + "@birzai.example.lt";
        browser.type(By.id("name"), "Jonas Petraitis");
        browser.type(By.id("email"), visitor);
        browser.type(By.id("organisation"), "Biržų rajono savivaldybė");
        browser.type(By.id("town"), "Biržai");
        browser.type(By.id("text"), "Biržai has two wooden churches and would like to join.");
        browser.find(By.id("contact-send")).click();
        assertThat(browser.waitFor(By.id("relay-sent")).getText()).contains("confirmation link");
        assertThat(browser.find(By.tagName("main")).getText()).doesNotContain(contact);

        // The confirmation mail, then the relayed mail with replies to the visitor.
        List<MimeMessage> toVisitor = mail.awaitMessagesTo(visitor, Duration.ofSeconds(20));
        assertThat(toVisitor).hasSize(1);
        String confirmation = TestMailServer.textOf(toVisitor.get(0));
        assertThat(confirmation).doesNotContain(contact);
        Matcher link = LINK.matcher(confirmation);
        assertThat(link.find()).isTrue();
        assertThat(mail.messagesTo(contact)).isEmpty();

        browser.open(link.group(1));
        browser.waitFor(By.id("confirm-send")).click();
        assertThat(browser.waitFor(By.id("confirm-outcome")).getText()).contains("passed on");
        assertThat(browser.find(By.tagName("main")).getText()).doesNotContain(contact);

        List<MimeMessage> toOrganisation = mail.awaitMessagesTo(contact, Duration.ofSeconds(20));
        assertThat(toOrganisation).hasSize(1);
        assertThat(TestMailServer.textOf(toOrganisation.get(0))).contains("would like to join");
        assertThat(((InternetAddress) toOrganisation.get(0).getReplyTo()[0]).getAddress())
                .isEqualTo(visitor);
    }

    /**
     * Through the real server (Tomcat's form-size limit, not MockMvc): a 10 MB message on the
     * contact form is a clear 4xx and nothing is stored.
     */
    @Test
    void aTenMegabyteFormIsRefusedWithoutAServerError(Browser browser) throws Exception {
        long organisation = organisations
                .create(new OrganisationDraft(
                        LocalizedText.of(null, "Huge form test " + UUID.randomUUID()),
                        OrganisationType.MUNICIPALITY,
                        460413L,
                        "LV",
                        null,
                        null))
                .id();
        organisations.addContact(organisation, new NewContact("Ilze Ozola", "huge@example.lv", null, null));
        long noticeId = notices.publish(
                        NoticeMother.ADMIN,
                        organisation,
                        NoticeMother.draft(null, "Huge", notices.today().plusDays(5)))
                .id();
        HttpClient client = HttpClient.newBuilder()
                .cookieHandler(new CookieManager())
                .followRedirects(HttpClient.Redirect.NEVER)
                .build();
        String page = client.send(
                        HttpRequest.newBuilder(URI.create(browser.baseUrl() + "/en/partner-notices/" + noticeId))
                                .build(),
                        HttpResponse.BodyHandlers.ofString())
                .body();
        Matcher csrf = Pattern.compile("name=\"_csrf\" value=\"([^\"]+)\"").matcher(page);
        assertThat(csrf.find()).isTrue();
        String form = "_csrf=" + URLEncoder.encode(csrf.group(1), StandardCharsets.UTF_8)
                + "&name=Aist%C4%97&email=aiste%40example.lt&text=" + "x".repeat(10 * 1024 * 1024);
        HttpResponse<String> answer = client.send(
                HttpRequest.newBuilder(URI.create(browser.baseUrl() + "/en/partner-notices/" + noticeId + "/messages"))
                        .header("Content-Type", "application/x-www-form-urlencoded")
                        .POST(HttpRequest.BodyPublishers.ofString(form))
                        .build(),
                HttpResponse.BodyHandlers.ofString());
        assertThat(answer.statusCode()).as(answer.body()).isBetween(400, 499);
        assertThat(jdbc.sql("select count(*) from partner_notice_message where notice_id = :id")
                        .param("id", noticeId)
                        .query(Long.class)
                        .single())
                .isZero();
    }
}
