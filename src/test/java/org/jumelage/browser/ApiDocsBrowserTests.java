package org.jumelage.browser;

import static org.assertj.core.api.Assertions.assertThat;

import org.jumelage.support.TestUsers;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;

/** The browsable API description: for signed-in users, served by the application, working under its CSP. */
@BrowserTest
class ApiDocsBrowserTests {

    @Test
    void signedInUsersBrowseTheApiDescription(Browser browser) {
        browser.open("/api-docs");
        browser.waitForPath("/sign-in");

        // After signing in, the browser goes on to where it was heading.
        browser.submitSignIn(TestUsers.ADMIN_EMAIL, TestUsers.ADMIN_PASSWORD);

        // The first request builds the OpenAPI document of every endpoint: seconds on a busy machine.
        assertThat(browser.waitFor(By.cssSelector(".swagger-ui .info .title"), 60)
                        .getText())
                .contains("Jumelage API");
        assertThat(browser.waitFor(By.cssSelector(".swagger-ui .opblock-tag-section"))
                        .isDisplayed())
                .isTrue();
    }
}
