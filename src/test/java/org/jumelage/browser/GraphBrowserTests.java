package org.jumelage.browser;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import org.jumelage.account.AccountManagement;
import org.jumelage.account.SignedInUser;
import org.jumelage.network.OrganisationManagement;
import org.jumelage.network.OrganisationSummary;
import org.jumelage.project.PartnerRole;
import org.jumelage.project.ProjectManagement;
import org.jumelage.shared.LocalizedText;
import org.jumelage.support.ProjectDrafts;
import org.jumelage.support.RegistryFixtures;
import org.jumelage.support.TestUsers;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;
import org.openqa.selenium.Keys;
import org.springframework.beans.factory.annotation.Autowired;

/**
 * The cooperation graph page in a real browser: Cytoscape.js draws on its canvas, the year sliders
 * change the figures without a page load, and the console stays clean (the extension checks it).
 */
@BrowserTest
class GraphBrowserTests {

    @Autowired
    OrganisationManagement organisations;

    @Autowired
    AccountManagement accounts;

    @Autowired
    ProjectManagement projects;

    private String figure(Browser browser, String name) {
        return browser.find(By.cssSelector("[data-figure=" + name + "]")).getText();
    }

    private void waitForDrawing(Browser browser) {
        browser.waiting()
                .withMessage("the graph should be drawn")
                .until(driver -> browser.find(By.id("graph-app")).getDomAttribute("data-loaded") != null);
    }

    @Test
    void theSliderChangesTheFiguresOfAProjectsGraphWithoutLoadingThePage(Browser browser) {
        RegistryFixtures registry = new RegistryFixtures(organisations, accounts);
        OrganisationSummary daugavpils =
                registry.municipality(RegistryFixtures.DAUGAVPILS, "LV", "Graph browser Daugavpils");
        OrganisationSummary poznan = registry.municipality(RegistryFixtures.POZNAN, "PL", "Graph browser Poznań");
        SignedInUser coordinator = accounts.signedInUser(accounts.findUserByEmail(TestUsers.ADMIN_EMAIL)
                        .orElseThrow()
                        .id())
                .orElseThrow();
        long projectId = projects.create(
                        coordinator,
                        ProjectDrafts.townTwinning(
                                "GraphBrowser",
                                LocalizedText.of("Grafs pārlūkā", "Graph in the browser"),
                                LocalDate.of(2018, 6, 1),
                                LocalDate.of(2019, 5, 31),
                                daugavpils.id()))
                .id();
        projects.addPartner(coordinator, projectId, poznan.id(), null, PartnerRole.PARTNER);

        browser.signIn(TestUsers.ADMIN_EMAIL, TestUsers.ADMIN_PASSWORD);
        browser.open("/network/graph?project=" + projectId);
        waitForDrawing(browser);
        browser.script("window.jumelageBrowserTestMark = true;");

        assertThat(browser.driver().findElements(By.cssSelector("#graph-canvas canvas")))
                .isNotEmpty();
        assertThat(browser.find(By.id("graph-app")).getDomAttribute("data-drawn-edges"))
                .isEqualTo("1");
        assertThat(browser.find(By.id("graph-app")).getDomAttribute("data-drawn-nodes"))
                .isEqualTo("4");
        assertThat(figure(browser, "projectLinks")).isEqualTo("1");
        assertThat(figure(browser, "links")).isEqualTo("1");

        // From the last year on: the project (2018–2019) is over.
        browser.find(By.id("graph-from")).sendKeys(Keys.END);
        browser.waiting()
                .withMessage("the figures should follow the slider")
                .until(driver -> figure(browser, "projectLinks").equals("0"));
        assertThat(figure(browser, "links")).isEqualTo("0");
        assertThat(browser.find(By.id("graph-years")).getText()).startsWith("From ");
        assertThat(browser.find(By.id("graph-edges")).getText()).doesNotContain("Graph in the browser");

        // Back to all years.
        browser.find(By.id("graph-from")).sendKeys(Keys.HOME);
        browser.waiting()
                .withMessage("the figures should come back")
                .until(driver -> figure(browser, "projectLinks").equals("1"));
        assertThat(browser.find(By.id("graph-years")).getText()).isEqualTo("All years");
        assertThat(browser.find(By.id("graph-edges")).getText()).contains("Graph in the browser");
        assertThat(browser.script("return window.jumelageBrowserTestMark === true;"))
                .as("the page did not reload")
                .isEqualTo(true);
    }

    @Test
    void theWholeInstanceDrawsOneCountrysTowns(Browser browser) {
        browser.signIn(TestUsers.ADMIN_EMAIL, TestUsers.ADMIN_PASSWORD);
        browser.open("/network/graph");
        waitForDrawing(browser);

        assertThat(browser.driver().findElements(By.cssSelector("#graph-canvas canvas")))
                .isNotEmpty();
        int drawn = Integer.parseInt(browser.find(By.id("graph-app")).getDomAttribute("data-drawn-edges"));
        assertThat(drawn).isBetween(400, 500);
        assertThat(browser.find(By.id("graph-reference")).getText()).contains("14,274");
        assertThat(browser.find(By.id("graph-top")).getText()).isNotBlank();
    }
}
