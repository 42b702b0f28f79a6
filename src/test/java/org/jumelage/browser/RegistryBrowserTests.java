package org.jumelage.browser;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.UUID;
import org.jumelage.support.TestUsers;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;
import org.openqa.selenium.support.ui.Select;

/**
 * The registry end to end, as a person does it: an organisation, a project with three partners
 * from three countries, an event in two host towns; then the portfolio and project pages in
 * English and Latvian.
 */
@BrowserTest
class RegistryBrowserTests {

    @Test
    void anOrganisationAProjectWithPartnersAndAnEventAppearInBothLanguages(Browser browser) {
        String tag = UUID.randomUUID().toString().substring(0, 6);
        String organisation = "Kaunas twinning office " + tag;
        String titleEn = "Baltic twinning " + tag;
        String titleLv = "Baltijas sadraudzība " + tag;
        browser.signIn(TestUsers.ADMIN_EMAIL, TestUsers.ADMIN_PASSWORD);

        // The organisation, in a gazetteer town.
        browser.open("/organisations/new");
        browser.type(By.id("nameLv"), organisation);
        browser.type(By.id("nameEn"), organisation);
        new Select(browser.find(By.id("type"))).selectByValue("MUNICIPALITY");
        browser.type(By.id("town"), "Kaunas (598316)");
        browser.find(By.id("organisation-save")).click();
        assertThat(browser.waitFor(By.id("organisation-name")).getText()).isEqualTo(organisation);

        // The project it leads.
        browser.open("/projects/new");
        browser.type(By.id("titleLv"), titleLv);
        browser.type(By.id("titleEn"), titleEn);
        new Select(browser.find(By.id("measure"))).selectByValue("E4C-2014-TT");
        new Select(browser.find(By.id("status"))).selectByValue("RUNNING");
        // The lead among 20 offered organisations: typing part of the name lets htmx offer it, selected.
        browser.type(By.id("leadOrganisationId-q"), "twinning office " + tag);
        assertThat(selectedOnceOffered(browser, "leadOrganisationId", organisation + " (LT)"))
                .isEqualTo(organisation + " (LT)");
        setDate(browser, "startDate", "2019-05-10");
        setDate(browser, "endDate", "2019-05-12");
        browser.type(By.id("totalCost"), "30000.00");
        browser.find(By.id("project-save")).click();
        assertThat(browser.waitFor(By.id("project-title")).getText()).isEqualTo(titleEn);

        // Two partners the source would name only by country.
        addUnnamedPartner(browser, "PL");
        addUnnamedPartner(browser, "SE");
        assertThat(browser.find(By.id("partners")).getText()).isEqualTo("Partners: 3 from 3 countries");
        assertThat(browser.find(By.id("partners-table")).getText())
                .contains("Lithuania", "Poland", "Sweden", organisation, "organisation not named in source");

        // An event in two host towns, found in the gazetteer as typed.
        browser.waitFor(By.id("event-new")).click();
        browser.type(By.id("titleEn"), "Youth meeting " + tag);
        browser.type(By.id("titleLv"), "Jauniešu tikšanās " + tag);
        browser.type(By.id("hosts0.text"), "Kaunas");
        new Select(browser.find(By.id("hosts0.country"))).selectByValue("LT");
        browser.type(By.id("hosts1.text"), "Vilnius");
        new Select(browser.find(By.id("hosts1.country"))).selectByValue("LT");
        setDate(browser, "startDate", "2019-05-10");
        setDate(browser, "endDate", "2019-05-11");
        browser.find(By.id("event-save")).click();
        assertThat(browser.waitFor(By.id("event-hosts")).getText()).contains("Kaunas", "Vilnius");
        assertThat(browser.find(By.id("event-dates")).getText()).contains("2 days");

        // The portfolio and the project page, in English...
        browser.open("/projects?q=" + tag);
        assertThat(resultsContaining(browser, titleEn)).contains(organisation, "3 partners, 3 countries", "Running");
        browser.find(By.linkText(titleEn)).click();
        assertThat(textOnceItContains(browser, By.id("events"), "Youth meeting " + tag))
                .contains("2019");

        // ...and in Latvian.
        browser.chooseLanguage("lv");
        browser.waitForLanguage("lv");
        assertThat(browser.find(By.id("project-title")).getText()).isEqualTo(titleLv);
        assertThat(browser.find(By.id("partners")).getText()).isEqualTo("Partneri: 3 no 3 valstīm");
        assertThat(textOnceItContains(browser, By.id("events"), "Jauniešu tikšanās " + tag))
                .contains("Sanāksmes");
        browser.open("/projects?q=" + tag);
        assertThat(resultsContaining(browser, titleLv)).contains("3 partneri, 3 valstis", "Īstenošanā");
    }

    /** The select's selected option's text once the select offers the option (htmx fills it as one types). */
    private static String selectedOnceOffered(Browser browser, String selectId, String optionText) {
        return browser.waiting()
                .ignoring(org.openqa.selenium.NoSuchElementException.class)
                .until(driver -> {
                    Select select = new Select(driver.findElement(By.id(selectId)));
                    boolean offered = select.getOptions().stream()
                            .anyMatch(option -> option.getText().equals(optionText));
                    return offered ? select.getFirstSelectedOption().getText() : null;
                });
    }

    /** The portfolio's results once they show the text; htmx may swap them while the page settles. */
    private static String resultsContaining(Browser browser, String text) {
        return textOnceItContains(browser, By.id("project-results"), text);
    }

    /** An element's text once it contains the given text; htmx may swap the element while the page settles. */
    private static String textOnceItContains(Browser browser, By locator, String text) {
        return browser.waiting()
                .ignoring(org.openqa.selenium.StaleElementReferenceException.class)
                .ignoring(org.openqa.selenium.NoSuchElementException.class)
                .until(driver -> {
                    String content = driver.findElement(locator).getText();
                    return content.contains(text) ? content : null;
                });
    }

    private static void addUnnamedPartner(Browser browser, String country) {
        new Select(browser.waitFor(By.id("organisationId"))).selectByValue("");
        new Select(browser.find(By.id("country"))).selectByValue(country);
        new Select(browser.find(By.id("role"))).selectByValue("PARTNER");
        browser.find(By.id("partner-add")).click();
        browser.waitFor(By.id("partners-table"));
    }

    /** Date inputs take their typed form from the browser's locale; setting the value is exact. */
    private static void setDate(Browser browser, String id, String isoDate) {
        browser.script("arguments[0].value = arguments[1]", browser.find(By.id(id)), isoDate);
    }
}
