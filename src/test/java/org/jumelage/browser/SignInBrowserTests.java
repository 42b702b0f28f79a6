package org.jumelage.browser;

import static org.assertj.core.api.Assertions.assertThat;

import org.jumelage.account.AccountManagement;
import org.jumelage.account.Role;
import org.jumelage.support.TestUsers;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;
import org.springframework.beans.factory.annotation.Autowired;

@BrowserTest
class SignInBrowserTests {

    @Autowired
    AccountManagement accounts;

    @Test
    void administratorSignsInAndSeesTheirNameInTheNavigation(Browser browser) {
        browser.open("/");
        browser.waitForPath("/en"); // a visitor's home is the public site
        browser.waitFor(By.id("public-sign-in")).click();
        browser.waitForPath("/sign-in");
        assertThat(browser.heading()).isEqualTo("Sign in to Jumelage");

        browser.type(By.id("email"), TestUsers.ADMIN_EMAIL);
        browser.type(By.id("password"), TestUsers.ADMIN_PASSWORD);
        browser.find(By.id("sign-in-submit")).click();

        browser.waitForPath("/");
        assertThat(browser.waitFor(By.id("nav-user-menu")).getText()).isEqualTo("Administrator");
        assertThat(browser.heading()).isEqualTo("Your desk");
        assertThat(browser.isPresent(By.id("nav-sign-in"))).isFalse();
        browser.openUserMenu();
        assertThat(browser.find(By.id("nav-profile")).getText()).isEqualTo("Profile");
        assertThat(browser.find(By.id("sign-out")).getText()).isEqualTo("Sign out");

        browser.open("/admin/users");
        assertThat(browser.heading()).isEqualTo("Users");
        assertThat(browser.find(By.id("user-rows")).getText()).contains(TestUsers.ADMIN_EMAIL);
    }

    @Test
    void wrongPasswordShowsTheErrorKeepsTheEmailAndDoesNotSignIn(Browser browser) {
        String email = TestUsers.uniqueEmail("browser-wrong-password");
        accounts.createUser(TestUsers.withRoles(email, Role.COORDINATOR));

        browser.submitSignIn(email, TestUsers.PASSWORD + "-wrong");

        assertThat(browser.waitFor(By.id("sign-in-error")).getText())
                .isEqualTo("The e-mail or the password is wrong. Check both and try again.");
        assertThat(browser.path()).startsWith("/sign-in?error=failed");
        assertThat(browser.find(By.id("email")).getDomProperty("value")).isEqualTo(email);
        assertThat(browser.find(By.id("password")).getDomProperty("value")).isEmpty();
        assertThat(browser.find(By.id("email")).getDomAttribute("aria-describedby"))
                .isEqualTo("sign-in-error");
        assertThat(browser.isPresent(By.id("nav-user-menu"))).isFalse();
        assertThat(browser.isPresent(By.id("nav-sign-in"))).isTrue();

        browser.open("/profile");
        browser.waitForPath("/sign-in");
    }

    @Test
    void signingInSwitchesToTheUsersPreferredLanguage(Browser browser) {
        String email = TestUsers.uniqueEmail("browser-latvian");
        accounts.createUser(TestUsers.coordinator(email)); // prefers Latvian

        browser.open("/sign-in");
        assertThat(browser.language()).isEqualTo("en");
        browser.signIn(email, TestUsers.PASSWORD);

        assertThat(browser.language()).isEqualTo("lv");
        assertThat(browser.find(By.id("nav-user-menu")).getText()).isEqualTo("Jana Ūzuliņa");
        browser.openUserMenu();
        assertThat(browser.find(By.id("nav-profile")).getText()).isEqualTo("Profils");
        assertThat(browser.find(By.id("sign-out")).getText()).isEqualTo("Iziet");
        assertThat(browser.isPresent(By.linkText("Lietotāji")))
                .as("a coordinator sees no user administration")
                .isFalse();
    }

    @Test
    void signingOutSaysSoOnTheSignInPageAndProtectedPagesAskToSignInAgain(Browser browser) {
        browser.signIn(TestUsers.ADMIN_EMAIL, TestUsers.ADMIN_PASSWORD);
        browser.open("/profile");
        assertThat(browser.heading()).isEqualTo("Your profile");

        browser.signOut();

        browser.waitForPath("/sign-in?signed-out");
        assertThat(browser.waitFor(By.id("nav-sign-in")).getText()).isEqualTo("Sign in");
        assertThat(browser.isPresent(By.id("nav-user-menu"))).isFalse();
        assertThat(browser.isPresent(By.id("nav-profile"))).isFalse();
        assertThat(browser.isPresent(By.id("sign-out"))).isFalse();
        assertThat(browser.find(By.tagName("main")).getText()).contains("You have signed out.");

        browser.open("/profile");
        browser.waitForPath("/sign-in");
        assertThat(browser.heading()).isEqualTo("Sign in to Jumelage");
    }
}
