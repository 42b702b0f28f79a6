package org.jumelage.browser;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.UUID;
import org.jumelage.support.TestUsers;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;
import org.openqa.selenium.support.ui.Select;

/** Town type-ahead on the towns page and in a form's town field, in a real browser with htmx. */
@BrowserTest
class NetworkBrowserTests {

    @Test
    void theTownSearchUpdatesAsOneTypes(Browser browser) {
        browser.signIn(TestUsers.ADMIN_EMAIL, TestUsers.ADMIN_PASSWORD);
        browser.open("/towns");
        browser.script("window.jumelageBrowserTestMark = true;");

        new Select(browser.waitFor(By.id("country"))).selectByValue("LV");
        browser.type(By.id("q"), "daug");

        browser.waiting()
                .withMessage("the rows should show Daugavpils")
                .until(driver ->
                        driver.findElement(By.id("town-rows")).getText().contains("Daugavpils"));
        assertThat(browser.find(By.id("town-rows")).getText())
                .contains("Latvia")
                .doesNotContain("Łódź");
        assertThat(browser.script("return window.jumelageBrowserTestMark === true;"))
                .as("htmx swapped the rows; the page did not reload")
                .isEqualTo(true);
        browser.waiting()
                .withMessage("the address should follow the search")
                .until(driver -> browser.path().contains("q=daug"));
    }

    @Test
    void aTownFieldOffersTownsAndTheFormStoresThePickedOne(Browser browser) {
        browser.signIn(TestUsers.ADMIN_EMAIL, TestUsers.ADMIN_PASSWORD);
        browser.open("/organisations/new");
        String name =
                "Klaipėdos miesto savivaldybė " + UUID.randomUUID().toString().substring(0, 6);

        browser.type(By.id("nameEn"), name);
        new Select(browser.find(By.id("type"))).selectByValue("MUNICIPALITY");
        browser.type(By.id("town"), "klaip");

        // The list offers the town as people read it (name, region, country), never its GeoNames id.
        String offered = browser.waiting()
                .withMessage("the town list should offer Klaipėda")
                .until(driver -> driver.findElements(By.cssSelector("#town-towns option")).stream()
                        .map(option -> option.getDomAttribute("value"))
                        .filter(value -> value != null && value.startsWith("Klaipėda"))
                        .findFirst()
                        .orElse(null));
        assertThat(offered).endsWith("(LT)").doesNotContainPattern("\\d");
        assertThat(browser.find(By.id("town")).getDomAttribute("list")).isEqualTo("town-towns");

        browser.type(By.id("town"), offered);
        browser.find(By.id("organisation-save")).click();

        browser.waitFor(By.id("organisation-name"));
        assertThat(browser.find(By.id("organisation-name")).getText()).isEqualTo(name);
        assertThat(browser.find(By.id("organisation-town")).getText()).contains("Klaipėda");
        assertThat(browser.find(By.id("organisation-country")).getText()).isEqualTo("Lithuania");
    }
}
