package org.jumelage.browser;

import static org.assertj.core.api.Assertions.assertThat;

import jakarta.mail.internet.MimeMessage;
import java.time.Duration;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.jumelage.account.AccountManagement;
import org.jumelage.account.Role;
import org.jumelage.support.TestMailServer;
import org.jumelage.support.TestUsers;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;
import org.springframework.beans.factory.annotation.Autowired;

/** "Forgot password" as a person does it: from the sign-in page to the mail, the new password, and signing in. */
@BrowserTest
class PasswordRecoveryBrowserTests {

    static final Pattern LINK = Pattern.compile("http://localhost:8080(/password/reset\\?token=[A-Za-z0-9_-]{43})");
    static final String NEW_PASSWORD = "Valmiera-Cesis-Sigulda-2026";

    @Autowired
    AccountManagement accounts;

    @Autowired
    TestMailServer mail;

    @Test
    void aForgottenPasswordIsReplacedThroughTheMailedLink(Browser browser) throws Exception {
        String email = TestUsers.uniqueEmail("browser-forgot");
        accounts.createUser(TestUsers.withRoles(email, Role.COORDINATOR));

        browser.open("/sign-in");
        browser.waitFor(By.id("password-forgot-link")).click();
        browser.waitForPath("/password/forgot");
        assertThat(browser.heading()).isEqualTo("Forgot your password?");
        browser.type(By.id("email"), email);
        browser.find(By.id("password-forgot-submit")).click();

        browser.waitForPath("/password/forgot/sent");
        assertThat(browser.waitFor(By.id("password-forgot-sent")).getText())
                .isEqualTo("If an account exists for this address, we have sent it a link to choose a new password.");

        List<MimeMessage> received = mail.awaitMessagesTo(email, Duration.ofSeconds(20));
        assertThat(received).hasSize(1);
        assertThat(received.get(0).getSubject()).isEqualTo("Choose a new Jumelage password");
        Matcher link = LINK.matcher(TestMailServer.textOf(received.get(0)));
        assertThat(link.find()).isTrue();

        browser.open(link.group(1));
        assertThat(browser.heading()).isEqualTo("Choose a new password");
        browser.type(By.id("newPassword"), NEW_PASSWORD);
        browser.type(By.id("confirmation"), NEW_PASSWORD);
        browser.find(By.id("password-reset-submit")).click();

        browser.waitForPath("/sign-in?reset");
        assertThat(browser.waitFor(By.id("password-reset-done")).getText())
                .startsWith("Your password has been changed");
        browser.signIn(email, NEW_PASSWORD);
        assertThat(browser.find(By.id("nav-user-menu")).getText()).isEqualTo("Test User");

        browser.open(link.group(1));
        assertThat(browser.waitFor(By.id("password-reset-invalid")).getText())
                .startsWith("This link is no longer valid");
        assertThat(browser.consoleErrors()).isEmpty();
    }
}
