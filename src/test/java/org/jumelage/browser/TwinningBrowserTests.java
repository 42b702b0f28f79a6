package org.jumelage.browser;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.UUID;
import org.jumelage.support.TestUsers;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.openqa.selenium.By;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.support.ui.Select;

/** An editor adds a link of their organisation's town and attaches the signed charter. */
@BrowserTest
class TwinningBrowserTests {

    @Test
    void anEditorAddsALinkAndAttachesTheCharter(Browser browser, @TempDir Path folder) throws Exception {
        browser.signIn(TestUsers.ADMIN_EMAIL, TestUsers.ADMIN_PASSWORD);
        String tag = UUID.randomUUID().toString().substring(0, 6);
        browser.open("/organisations/new");
        browser.type(By.id("nameEn"), "Kaunas twinning committee " + tag);
        new Select(browser.find(By.id("type"))).selectByValue("TWINNING_COMMITTEE");
        browser.type(By.id("town"), "Kaunas (LT)");
        browser.find(By.id("organisation-save")).click();
        browser.waitFor(By.id("organisation-name"));

        WebElement section = browser.waitFor(By.id("links"));
        assertThat(section.findElement(By.tagName("h2")).getText()).isEqualTo("Links of Kaunas");
        browser.type(By.id("link-partner"), "Harbin " + tag);
        browser.type(By.id("link-country"), "CN");
        new Select(browser.find(By.id("link-kind"))).selectByValue("FRIENDSHIP");
        browser.type(By.id("link-since"), "2005");
        browser.find(By.id("link-add")).click();

        browser.waitFor(By.id("link-saved"));
        WebElement row = browser.find(By.xpath("//tr[td//span[text()='Harbin " + tag + "']]"));
        assertThat(row.getText()).contains("CN", "Friendship or cooperation agreement", "Active", "2005–");
        String rowId = row.getDomAttribute("id");
        assertThat(rowId).startsWith("link-");
        String linkId = rowId.substring("link-".length());

        Path charter = folder.resolve("charter.pdf");
        Files.write(charter, "%PDF-1.4\n% signed charter\n%%EOF\n".getBytes(StandardCharsets.US_ASCII));
        row.findElement(By.tagName("summary")).click();
        browser.find(By.id("charter-file-" + linkId))
                .sendKeys(charter.toAbsolutePath().toString());
        browser.find(By.id("charter-upload-" + linkId)).click();

        browser.waitFor(By.id("link-saved"));
        WebElement download = browser.waitFor(By.id("charter-" + linkId));
        assertThat(download.getDomAttribute("href")).isEqualTo("/twinnings/" + linkId + "/charter");

        browser.type(By.id("link-partner"), "Kaunas");
        browser.type(By.id("link-country"), "LT");
        browser.find(By.id("link-add")).click();
        assertThat(browser.waitFor(By.id("link-error")).getText()).contains("cannot be linked with itself");
        assertThat(browser.consoleErrors()).isEmpty();
    }
}
