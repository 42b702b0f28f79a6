package org.jumelage.browser;

import static org.assertj.core.api.Assertions.assertThat;

import org.jumelage.account.AccountManagement;
import org.jumelage.account.Role;
import org.jumelage.account.SignedInUser;
import org.jumelage.network.OrganisationManagement;
import org.jumelage.network.OrganisationSummary;
import org.jumelage.project.ProjectManagement;
import org.jumelage.shared.LocalizedText;
import org.jumelage.support.RegistryFixtures;
import org.jumelage.support.TestUsers;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;
import org.openqa.selenium.WebElement;
import org.springframework.beans.factory.annotation.Autowired;

/** A coordinator finds a partner for a new networks-of-towns project, sees why it was proposed and adds it. */
@BrowserTest
class PartnerSearchBrowserTests {

    static final String PANEVEZYS = "596128";

    @Autowired
    OrganisationManagement organisations;

    @Autowired
    AccountManagement accounts;

    @Autowired
    ProjectManagement projects;

    @Test
    void aCoordinatorFindsAPartnerFromTheProjectSeesWhyAndAddsIt(Browser browser) {
        RegistryFixtures fixtures = new RegistryFixtures(organisations, accounts);
        OrganisationSummary daugavpils =
                fixtures.municipality(RegistryFixtures.DAUGAVPILS, "LV", "Daugavpils pilsētas dome");
        String email = fixtures.member(daugavpils, Role.COORDINATOR);
        SignedInUser coordinator = accounts.signedInUser(
                        accounts.findUserByEmail(email).orElseThrow().id())
                .orElseThrow();
        long projectId = projects.create(
                        coordinator,
                        org.jumelage.support.ProjectDrafts.networkOfTowns(
                                "NETW",
                                LocalizedText.of("Pilsētu tīkls", "Towns that learn together"),
                                daugavpils.id()))
                .id();

        browser.signIn(email, TestUsers.PASSWORD);
        browser.open("/projects/" + projectId + "?lang=en");
        browser.waitForLanguage("en");
        browser.waitFor(By.id("project-find-partners")).click();

        // The search starts from the project's towns and says what the measure's rules still need.
        browser.waitFor(By.id("partner-table"));
        assertThat(browser.find(By.id("partner-search-project")).getText()).contains("Towns that learn together");
        assertThat(browser.find(By.cssSelector(".alert-info")).getText())
                .contains("Latvia's project still needs one more EU member state");
        WebElement panevezys = browser.find(By.cssSelector("#partner-table tr[data-town='" + PANEVEZYS + "']"));
        assertThat(panevezys.getText()).contains("Panevėžys", "Lithuania", "Twin of Daugavpils");

        panevezys.findElement(By.cssSelector("button[type=submit]")).click();

        browser.waitFor(By.cssSelector("#flash .alert-success"));
        assertThat(browser.find(By.cssSelector("#flash .alert-success")).getText())
                .isEqualTo("The town's organisation was added to the project as a partner.");
        browser.open("/projects/" + projectId + "?lang=en");
        assertThat(browser.waitFor(By.id("partners-table")).getText()).contains("Lithuania");
        assertThat(projects.partners(coordinator, projectId))
                .anyMatch(partner -> partner.country().equals("LT"));
    }
}
