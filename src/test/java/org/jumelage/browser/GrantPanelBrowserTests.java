package org.jumelage.browser;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import org.jumelage.account.AccountManagement;
import org.jumelage.account.Role;
import org.jumelage.account.SignedInUser;
import org.jumelage.event.EventDraft;
import org.jumelage.event.EventManagement;
import org.jumelage.event.EventType;
import org.jumelage.event.HostPlaceInput;
import org.jumelage.network.OrganisationManagement;
import org.jumelage.network.OrganisationSummary;
import org.jumelage.project.PartnerRole;
import org.jumelage.project.PartnerSummary;
import org.jumelage.project.ProjectDraft;
import org.jumelage.project.ProjectManagement;
import org.jumelage.shared.LocalizedText;
import org.jumelage.support.ProjectDrafts;
import org.jumelage.support.RegistryFixtures;
import org.jumelage.support.TestUsers;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;
import org.openqa.selenium.NoSuchElementException;
import org.openqa.selenium.StaleElementReferenceException;
import org.springframework.beans.factory.annotation.Autowired;

/**
 * The project page's eligibility and grant panel as a coordinator sees it: a meeting one invited
 * participant short fails the check; planning one more person in the event form makes it pass.
 */
@BrowserTest
class GrantPanelBrowserTests {

    @Autowired
    OrganisationManagement organisations;

    @Autowired
    AccountManagement accounts;

    @Autowired
    ProjectManagement projects;

    @Autowired
    EventManagement events;

    @Test
    void thePanelShowsTheFailingCheckAndFollowsTheEventPlan(Browser browser) {
        RegistryFixtures fixtures = new RegistryFixtures(organisations, accounts);
        OrganisationSummary daugavpils =
                fixtures.municipality(RegistryFixtures.DAUGAVPILS, "LV", "Daugavpils pilsētas dome");
        OrganisationSummary kaunas = fixtures.municipality(RegistryFixtures.KAUNAS, "LT", "Kauno savivaldybė");
        String email = fixtures.member(daugavpils, Role.COORDINATOR);
        SignedInUser coordinator = accounts.signedInUser(
                        accounts.findUserByEmail(email).orElseThrow().id())
                .orElseThrow();
        long projectId = projects.create(coordinator, townTwinning(daugavpils)).id();
        projects.addPartner(coordinator, projectId, kaunas.id(), null, PartnerRole.PARTNER);
        List<PartnerSummary> partners = projects.partners(coordinator, projectId);
        long lead = partnerOf(partners, daugavpils);
        long fromKaunas = partnerOf(partners, kaunas);
        long eventId = events.create(
                        coordinator,
                        projectId,
                        new EventDraft(
                                LocalizedText.of("Tikšanās Daugavpilī", "Meeting in Daugavpils"),
                                EventType.CITIZENS_MEETING,
                                List.of(new HostPlaceInput(RegistryFixtures.DAUGAVPILS, null, null)),
                                null,
                                LocalDate.of(2018, 11, 8),
                                LocalDate.of(2018, 11, 12),
                                null,
                                LocalizedText.of(null, null),
                                Map.of(lead, 40, fromKaunas, 24)))
                .id();

        browser.signIn(email, TestUsers.PASSWORD);
        browser.open("/projects/" + projectId + "?lang=en");
        browser.waitForLanguage("en");

        // htmx loads the panel into the page: the failing check first, with its numbers.
        String failing = textOnceItContains(browser, By.cssSelector("#grant-checks tbody tr"), "24");
        assertThat(browser.find(By.cssSelector("#grant-checks tbody tr")).getDomAttribute("data-rule"))
                .isEqualTo("min-invited-participants");
        assertThat(failing).contains("failed 24 invited participants; at least 25 needed");
        assertThat(browser.find(By.id("grant-eligible-planned")).getText()).isEqualTo("Not eligible");

        // One more person from Kaunas in the event form.
        browser.find(By.linkText("Meeting in Daugavpils")).click();
        browser.waitFor(By.id("event-edit")).click();
        browser.type(By.id("planned-" + fromKaunas), "25");
        browser.find(By.id("event-save")).click();
        browser.waitForPath("/events/" + eventId);

        // Back on the project page, the panel follows the plan.
        browser.find(By.linkText("Town twinning for change")).click();
        browser.waitForPath("/projects/" + projectId);
        textOnceItContains(browser, By.id("grant-eligible-planned"), "Eligible");
        assertThat(browser.find(By.id("grant-eligible-planned")).getText()).isEqualTo("Eligible");
        String passed = browser.find(By.cssSelector("#grant-checks tr[data-rule=min-invited-participants]"))
                .getText();
        assertThat(passed).contains("passed 25 invited participants (at least 25 needed)");
    }

    static ProjectDraft townTwinning(OrganisationSummary lead) {
        return ProjectDrafts.townTwinning(
                "TTChan",
                LocalizedText.of("Pilsētu sadraudzība pārmaiņām", "Town twinning for change"),
                LocalDate.of(2018, 11, 8),
                LocalDate.of(2018, 11, 12),
                lead.id());
    }

    static long partnerOf(List<PartnerSummary> partners, OrganisationSummary organisation) {
        return partners.stream()
                .filter(partner -> Long.valueOf(organisation.id()).equals(partner.organisationId()))
                .findFirst()
                .orElseThrow()
                .id();
    }

    /** An element's text once it contains the given text; htmx swaps the panel in after the page loads. */
    private static String textOnceItContains(Browser browser, By locator, String text) {
        return browser.waiting()
                .ignoring(StaleElementReferenceException.class)
                .ignoring(NoSuchElementException.class)
                .withMessage(() -> "expected " + locator + " to contain " + text)
                .until(driver -> {
                    String content = driver.findElement(locator).getText();
                    return content.contains(text) ? content : null;
                });
    }
}
