package org.jumelage.browser;

import static org.assertj.core.api.Assertions.assertThat;

import jakarta.mail.internet.MimeMessage;
import java.time.Duration;
import java.util.List;
import java.util.UUID;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.jumelage.account.AccountManagement;
import org.jumelage.account.Role;
import org.jumelage.network.NewContact;
import org.jumelage.network.OrganisationManagement;
import org.jumelage.network.OrganisationSummary;
import org.jumelage.support.RegistryFixtures;
import org.jumelage.support.TestMailServer;
import org.jumelage.support.TestUsers;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.support.ui.Select;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;

/**
 * Issue 15's acceptance path in Chromium: a coordinator in Daugavpils starts a networks-of-towns
 * project, finds Panevėžys (Daugavpils' twin in Wikipedia's lists, with an organisation in Jumelage)
 * through the partner search, reads why it was proposed and adds it; publishes a partner notice; a
 * visitor answers the notice, confirms their address through the link the outbox mails them, and
 * the message reaches the organisation through the outbox without either address being shown on
 * the public pages; the project's map and graph then show Panevėžys.
 */
@BrowserTest
class NetworkAcceptanceBrowserTests {

    static final long DAUGAVPILS = 460413L;
    static final long PANEVEZYS = 596128L;

    @Autowired
    OrganisationManagement organisations;

    @Autowired
    AccountManagement accounts;

    @Autowired
    TestMailServer mail;

    @Autowired
    JdbcClient jdbc;

    @Test
    void aCoordinatorFindsAPartnerPublishesANoticeAndAVisitorsAnswerArrivesThroughTheOutbox(Browser browser)
            throws Exception {
        String tag = UUID.randomUUID().toString().substring(0, 6);
        RegistryFixtures registry = new RegistryFixtures(organisations, accounts);
        OrganisationSummary daugavpils = registry.municipality(DAUGAVPILS, "LV", "Daugavpils " + tag);
        String organisationAddress = "projekti-" + tag + "@daugavpils.example.org";
        organisations.addContact(daugavpils.id(), new NewContact("Projektu nodaļa", organisationAddress, null, null));
        // Panevėžys has an organisation in Jumelage (other tests of the same context may have made one too).
        registry.municipality(PANEVEZYS, "LT", "Panevėžys " + tag);
        String coordinator = registry.member(daugavpils, Role.COORDINATOR);

        // 1. The coordinator starts a networks-of-towns project led by their organisation.
        browser.signIn(coordinator, TestUsers.PASSWORD);
        browser.open("/projects/new?lang=en");
        browser.waitForLanguage("en");
        String title = "Network of river towns " + tag;
        browser.type(By.id("titleLv"), "Upju pilsētu tīkls " + tag);
        browser.type(By.id("titleEn"), title);
        new Select(browser.find(By.id("measure"))).selectByValue("CERV-NT");
        new Select(browser.find(By.id("status"))).selectByValue("IN_PREPARATION");
        browser.find(By.id("project-save")).click();
        assertThat(browser.waitFor(By.id("project-title")).getText()).isEqualTo(title);
        long project = Long.parseLong(browser.path().replaceAll("\\?.*", "").replaceAll("\\D+", ""));

        // 2. From the project, "Find partners": in Lithuania, Panevėžys is proposed as Daugavpils' twin.
        browser.waitFor(By.id("project-find-partners")).click();
        browser.waiting()
                .withMessage("the partner search of the project")
                .until(driver -> browser.path().startsWith("/partner-search?project=" + project));
        browser.type(By.id("countries"), "LT");
        browser.find(By.id("partner-search-submit")).click();
        WebElement candidate = browser.waitFor(By.cssSelector("#partner-table tr[data-town='" + PANEVEZYS + "']"));
        assertThat(candidate.getText()).contains("Panevėžys").contains("Daugavpils");
        assertThat(candidate.findElement(By.tagName("ul")).getText())
                .as("why Panevėžys is proposed")
                .containsIgnoringCase("twin of Daugavpils");

        // 3. It is added to the project, as its organisation in Jumelage.
        candidate.findElement(By.cssSelector("button[type=submit]")).click();
        browser.waitForText(By.cssSelector(".alert-success"), "added to the project");
        browser.open("/projects/" + project + "?lang=en");
        assertThat(browser.waitForText(By.id("partners-table"), "Panevėžys").getText())
                .containsPattern("Lithuania Panevėžys[^\n]* Partner");

        // 4. The coordinator publishes a partner notice (it expires in three months unless changed).
        browser.open("/partner-notices/new?lang=en");
        String noticeTitle = "Looking for river towns " + tag;
        String idea = "Towns on rivers share how they keep young people " + tag;
        browser.type(By.id("titleEn"), noticeTitle);
        browser.type(By.id("ideaEn"), idea);
        new Select(browser.find(By.id("measure"))).selectByValue("CERV-NT");
        browser.find(By.id("notice-save")).click();
        assertThat(browser.waitFor(By.id("notice-title")).getText()).isEqualTo(noticeTitle);
        String publicPage = browser.find(By.id("notice-public-link")).getDomAttribute("href");
        assertThat(publicPage).matches("/en/partner-notices/\\d+");

        // 5. A visitor answers it on the public site; no address of the organisation is shown.
        browser.driver().manage().deleteAllCookies();
        String visitor = TestUsers.uniqueEmail("visitor-" + tag);
        browser.open(publicPage);
        assertThat(browser.waitFor(By.id("notice-idea")).getText()).isEqualTo(idea);
        assertThat(browser.driver().getPageSource()).doesNotContain(organisationAddress, coordinator);
        browser.type(By.id("name"), "Ona Žemaitytė");
        browser.type(By.id("email"), visitor);
        String message = "Kėdainiai would like to join, we have a youth council " + tag;
        browser.type(By.id("text"), message);
        browser.find(By.id("contact-send")).click();
        browser.waitFor(By.id("relay-sent"));
        assertThat(browser.driver().getPageSource()).doesNotContain(organisationAddress, coordinator);
        assertThat(mail.messagesTo(organisationAddress))
                .as("nothing is relayed before the sender confirms")
                .isEmpty();

        // 6. The visitor confirms their address through the link the outbox mailed them.
        List<MimeMessage> confirmation = mail.awaitMessagesTo(visitor, Duration.ofSeconds(20));
        String confirmationText = TestMailServer.textOf(confirmation.get(0));
        Matcher link = Pattern.compile("https?://[^/\\s]+(/en/partner-notices/confirm/[A-Za-z0-9_-]+)")
                .matcher(confirmationText);
        assertThat(link.find()).as("the confirmation link in the mail").isTrue();
        assertThat(confirmationText).doesNotContain(organisationAddress, coordinator);
        browser.open(link.group(1));
        browser.waitFor(By.id("confirm-send")).click();
        assertThat(browser.waitFor(By.id("confirm-outcome")).getDomAttribute("class"))
                .contains("outcome-RELAYED");
        assertThat(browser.driver().getPageSource()).doesNotContain(organisationAddress, coordinator);

        // 7. The message arrives at the organisation's contact through the outbox; replies go to the visitor.
        List<MimeMessage> relayed = mail.awaitMessagesTo(organisationAddress, Duration.ofSeconds(20));
        assertThat(relayed).hasSize(1);
        assertThat(TestMailServer.textOf(relayed.get(0))).contains(message, noticeTitle);
        assertThat(relayed.get(0).getReplyTo()[0].toString()).contains(visitor);
        assertThat(jdbc.sql(
                                "select count(*) from mail_outbox where recipient = :to and purpose = 'network.notice-relay'"
                                        + " and status = 'SENT'")
                        .param("to", organisationAddress)
                        .query(Long.class)
                        .single())
                .as("the relay went through the outbox")
                .isEqualTo(1L);

        // 8. The project's map and graph show the new partner.
        browser.signIn(coordinator, TestUsers.PASSWORD);
        browser.open("/projects/" + project + "?lang=en");
        browser.waitFor(By.id("project-map")).click();
        assertThat(browser.waitFor(By.cssSelector("#network-map-table tr[data-town='" + PANEVEZYS + "']"))
                        .getText())
                .contains("Panevėžys");
        browser.waiting()
                .withMessage("the map to be drawn")
                .until(driver ->
                        "true".equals(driver.findElement(By.id("network-map")).getDomAttribute("data-drawn")));
        assertThat(browser.driver().findElements(By.cssSelector("#network-map svg path.network-map-marker")))
                .as("a marker for the lead town and one for Panevėžys")
                .hasSizeGreaterThanOrEqualTo(2);
        browser.open("/projects/" + project + "?lang=en");
        browser.waitFor(By.id("project-graph")).click();
        assertThat(browser.waitFor(By.id("graph-edges")).getText()).contains("Panevėžys");
        browser.waiting()
                .withMessage("Cytoscape.js to draw the graph")
                .until(driver -> !driver.findElements(By.cssSelector("#graph-canvas canvas"))
                        .isEmpty());
        assertThat(browser.consoleErrors()).isEmpty();
    }
}
