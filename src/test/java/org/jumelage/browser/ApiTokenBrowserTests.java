package org.jumelage.browser;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.util.UUID;
import org.jumelage.support.TestUsers;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.support.ui.ExpectedConditions;

@BrowserTest
class ApiTokenBrowserTests {

    private static final By TOKENS = By.id("tokens");

    @Test
    void administratorCreatesAndRevokesATokenWithoutReloadingTheProfilePage(Browser browser) throws Exception {
        browser.signIn(TestUsers.ADMIN_EMAIL, TestUsers.ADMIN_PASSWORD);
        browser.open("/profile");
        browser.waitFor(By.id("token-create"));
        markPage(browser);
        String name = "Browser test " + UUID.randomUUID().toString().substring(0, 8);

        browser.type(By.id("name"), name);
        browser.find(By.id("token-create")).click();

        String secret = browser.waitFor(By.id("created-token-secret")).getText();
        assertThat(secret).startsWith("jmlg_").hasSizeGreaterThan(40);
        assertThat(browser.find(By.id("created-token")).getText()).contains(name);
        assertThat(browser.find(TOKENS).findElement(By.tagName("table")).getText())
                .contains(name);
        assertThat(browser.find(By.id("name")).getDomProperty("value")).isEmpty();
        assertThat(pageIsStillMarked(browser))
                .as("htmx swapped a fragment; the page did not reload")
                .isTrue();
        assertThat(browser.path()).isEqualTo("/profile");
        assertThat(apiStatus(browser, secret)).isEqualTo(200);

        WebElement row = browser.find(By.xpath("//div[@id='tokens']//tr[td[normalize-space()='" + name + "']]"));
        row.findElement(By.tagName("button")).click();
        browser.waiting().until(ExpectedConditions.alertIsPresent()).accept();

        browser.waiting()
                .withMessage("the revoked token should leave the list")
                .until(driver -> !driver.findElement(TOKENS).getText().contains(name));
        assertThat(browser.isPresent(By.id("created-token-secret"))).isFalse();
        assertThat(pageIsStillMarked(browser)).isTrue();
        assertThat(apiStatus(browser, secret)).isEqualTo(401);
    }

    @Test
    void aTokenNeedsAName(Browser browser) {
        browser.signIn(TestUsers.ADMIN_EMAIL, TestUsers.ADMIN_PASSWORD);
        browser.open("/profile");
        markPage(browser);

        browser.waitFor(By.id("token-create")).click();

        browser.waitFor(By.id("name-errors"));
        assertThat(browser.find(By.id("name")).getDomAttribute("aria-invalid")).isEqualTo("true");
        assertThat(browser.isPresent(By.id("created-token-secret"))).isFalse();
        assertThat(pageIsStillMarked(browser)).isTrue();
    }

    /** Leaves a mark in the page's JavaScript state; a full page load would wipe it. */
    private static void markPage(Browser browser) {
        browser.script("window.jumelageBrowserTestMark = true;");
    }

    private static boolean pageIsStillMarked(Browser browser) {
        return Boolean.TRUE.equals(browser.script("return window.jumelageBrowserTestMark === true;"));
    }

    private static int apiStatus(Browser browser, String token) throws IOException, InterruptedException {
        HttpRequest request = HttpRequest.newBuilder(URI.create(browser.baseUrl() + "/api/v1/me"))
                .header("Authorization", "Bearer " + token)
                .GET()
                .build();
        return HttpClient.newHttpClient()
                .send(request, HttpResponse.BodyHandlers.discarding())
                .statusCode();
    }
}
