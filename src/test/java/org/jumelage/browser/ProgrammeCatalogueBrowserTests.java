package org.jumelage.browser;

import static org.assertj.core.api.Assertions.assertThat;

import org.jumelage.support.TestUsers;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;

/** The programme catalogue page in a real browser, in both languages, with no script errors. */
@BrowserTest
class ProgrammeCatalogueBrowserTests {

    @Test
    void aSignedInUserReadsTheCatalogueInEnglishAndLatvian(Browser browser) {
        browser.signIn(TestUsers.ADMIN_EMAIL, TestUsers.ADMIN_PASSWORD);

        browser.open("/programmes?lang=en");
        browser.waitForLanguage("en");
        assertThat(browser.heading()).isEqualTo("EU programmes, measures and calls");
        browser.find(By.cssSelector("#measure-E4C-2014-TT a[href=\"#calls-E4C-2014-TT\"]"))
                .click();
        assertThat(browser.path()).isEqualTo("/programmes?lang=en#calls-E4C-2014-TT");
        assertThat(browser.find(By.id("call-E4C-2014-TT-2018-03-01")).getText())
                .isEqualTo("E4C-2014-TT-2018-03-01 1 Mar 2018 382 137 "
                        + "Daugavpils City Council (Daugavpils pilsētas dome), news on the TTChan project, 2018");

        browser.chooseLanguage("lv");
        browser.waitForLanguage("lv");
        assertThat(browser.heading()).isEqualTo("ES programmas, pasākumi un uzaicinājumi");
        assertThat(browser.find(By.cssSelector("#measure-E4C-2014-TT th")).getText())
                .isEqualTo("2.1. Pašvaldību sadraudzība");
        assertThat(browser.find(By.id("call-E4C-2014-TT-2018-03-01")).getText())
                .isEqualTo(
                        "E4C-2014-TT-2018-03-01 01.03.2018 382 137 Daugavpils pilsētas dome, ziņa par projektu TTChan, 2018");
        assertThat(browser.consoleErrors()).isEmpty();
    }
}
