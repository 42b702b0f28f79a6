package org.jumelage.browser;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import org.apache.pdfbox.Loader;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.text.PDFTextStripper;
import org.jumelage.account.AccountManagement;
import org.jumelage.account.SignedInUser;
import org.jumelage.participation.DelegationDraft;
import org.jumelage.participation.DelegationManagement;
import org.jumelage.participation.DelegationSummary;
import org.jumelage.project.PartnerSummary;
import org.jumelage.project.ProjectManagement;
import org.jumelage.reporting.ProjectParticipation;
import org.jumelage.reporting.ProjectReports;
import org.jumelage.support.TestDatabaseSession;
import org.jumelage.support.TestUsers;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;
import org.openqa.selenium.NoSuchElementException;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.test.context.DynamicPropertyRegistry;
import org.springframework.test.context.DynamicPropertySource;
import org.springframework.test.context.TestPropertySource;

/**
 * Issue 14's acceptance path on the demo's TTChan, end to end in Chromium: citizens of three partner
 * towns register through their delegations' links and are checked in at the Daugavpils meeting; the
 * coordinator uploads one signed list, writes the summary for publication and downloads the final
 * report and the evidence pack. The pack's manifest lists every file with its true size and hash, the
 * report names the reference number and the counts per country, its XLSX totals match the
 * participation API, and the signed lists still missing are listed. The meeting's public information
 * page shows the counts per country and no name.
 */
@BrowserTest
@TestPropertySource(properties = "jumelage.demo.enabled=true")
class ReportingAcceptanceBrowserTests {

    /** The demo loads only into an empty database: on PostgreSQL this context gets a schema of its own. */
    @DynamicPropertySource
    static void ownDatabase(DynamicPropertyRegistry registry) {
        TestDatabaseSession.ownSchema("reporting_acceptance")
                .ifPresent(url -> registry.add("spring.datasource.url", () -> url));
    }

    /** The people who come, by the country of their town's delegation. */
    static final Map<String, List<String[]>> PEOPLE = Map.of(
            "LT",
                    List.of(
                            new String[] {"Ona", "Žemaitytė"},
                            new String[] {"Jonas", "Petraitis"},
                            new String[] {"Rūta", "Kazlauskaitė"},
                            new String[] {"Tomas", "Vaitkus"},
                            new String[] {"Eglė", "Stankevičiūtė"}),
            "PL", List.of(new String[] {"Zofia", "Wiśniewska"}, new String[] {"Piotr", "Nowak"}),
            "DE", List.of(new String[] {"Hannah", "Schröder"}, new String[] {"Lukas", "Weber"}));

    @Autowired
    JdbcClient jdbc;

    @Autowired
    AccountManagement accounts;

    @Autowired
    ProjectManagement projects;

    @Autowired
    DelegationManagement delegations;

    @Autowired
    ProjectReports reports;

    /** A reference number as the agency would give it (invented for the test: the sources give none for TTChan). */
    static final String REFERENCE = "604100-CITIZ-1-2018-1-LV-CITIZ-TT";

    @Test
    void fromTheMeetingToTheAuditorsPack(Browser browser) throws Exception {
        long ttchan = jdbc.sql("select id from project where acronym = 'TTChan'")
                .query(Long.class)
                .single();
        long meeting = jdbc.sql("select id from event where project_id = :project")
                .param("project", ttchan)
                .query(Long.class)
                .single();
        SignedInUser coordinator = accounts.signedInUser(
                        accounts.findUserByEmail(ScreenshotBrowserTests.DEMO_COORDINATOR)
                                .orElseThrow()
                                .id())
                .orElseThrow();
        Map<String, DelegationSummary> delegationOf = new java.util.TreeMap<>();
        for (String country : PEOPLE.keySet()) {
            PartnerSummary partner = projects.partners(coordinator, ttchan).stream()
                    .filter(p -> p.country().equals(country))
                    .findFirst()
                    .orElseThrow();
            delegationOf.put(
                    country,
                    delegations.create(
                            coordinator, meeting, new DelegationDraft(partner.id(), null, null, 10, null, null)));
        }

        // 1. The coordinator opens registration for the meeting.
        browser.signIn(ScreenshotBrowserTests.DEMO_COORDINATOR, ScreenshotBrowserTests.DEMO_PASSWORD);
        browser.open("/events/" + meeting + "/registration?lang=en");
        browser.waitForLanguage("en");
        browser.find(By.id("open1")).click();
        browser.type(By.id("consentEn"), "I agree that my data is used for the meeting and the grant's evidence.");
        browser.type(By.id("consentLv"), "Piekrītu, ka mani dati tiek izmantoti sanāksmei un dotācijas pierādījumiem.");
        org.openqa.selenium.WebElement save = browser.find(By.id("registration-settings-save"));
        save.click();
        browser.waiting().until(org.openqa.selenium.support.ui.ExpectedConditions.stalenessOf(save));

        // 2. Two citizens of each partner town register through their delegation's link.
        browser.driver().manage().deleteAllCookies();
        for (Map.Entry<String, List<String[]>> town : PEOPLE.entrySet()) {
            for (String[] person : town.getValue()) {
                browser.open("/register/d/" + delegationOf.get(town.getKey()).linkToken() + "?lang=en");
                browser.waitFor(By.id("registration-submit"));
                browser.type(By.id("firstName"), person[0]);
                browser.type(By.id("lastName"), person[1]);
                browser.type(By.id("email"), TestUsers.uniqueEmail(person[0].toLowerCase(java.util.Locale.ROOT)));
                browser.find(By.id("consent1")).click();
                browser.find(By.id("registration-submit")).click();
                waitForText(browser, By.id("registration-status"), "is confirmed");
                browser.driver().manage().deleteAllCookies();
            }
        }

        // 3. At the door, staff check in everyone but Piotr on the first day.
        browser.signIn(ScreenshotBrowserTests.DEMO_COORDINATOR, ScreenshotBrowserTests.DEMO_PASSWORD);
        browser.open("/events/" + meeting + "/check-in?day=2018-11-08&lang=en");
        browser.waitForLanguage("en");
        for (List<String[]> town : PEOPLE.values()) {
            for (String[] person : town) {
                if (person[0].equals("Piotr")) {
                    continue;
                }
                browser.find(By.id("checkin-q")).clear();
                browser.type(By.id("checkin-q"), person[1]);
                browser.waiting()
                        .ignoring(NoSuchElementException.class)
                        .withMessage(person[1] + " should be found")
                        .until(driver -> driver.findElement(By.id("checkin-results"))
                                        .getText()
                                        .contains(person[1])
                                ? driver.findElement(By.cssSelector("#checkin-results .checkin-button"))
                                : null);
                browser.find(By.cssSelector("#checkin-results .checkin-button")).click();
                waitForText(browser, By.id("checkin-outcome"), person[1] + " (");
            }
        }

        // 4. The signed list of the Kaunas delegation's first day is scanned and uploaded.
        Path scan = Files.createTempFile("signed-list-lt-", ".pdf");
        Files.write(scan, scannedPage());
        browser.open("/events/" + meeting + "/lists?lang=en");
        browser.waitFor(By.id("event-evidence-upload"));
        browser.find(By.id("evidence-file")).sendKeys(scan.toAbsolutePath().toString());
        new org.openqa.selenium.support.ui.Select(browser.find(By.id("evidence-delegation")))
                .selectByValue(String.valueOf(delegationOf.get("LT").id()));
        new org.openqa.selenium.support.ui.Select(browser.find(By.id("evidence-day"))).selectByValue("2018-11-08");
        browser.find(By.id("evidence-submit")).click();
        browser.waitFor(By.id("event-evidence"));
        assertThat(browser.find(By.id("event-evidence")).getText()).contains("signed-list-lt-");

        // 5. The coordinator records the reference number of the grant agreement.
        browser.open("/projects/" + ttchan + "/edit?lang=en");
        browser.find(By.id("referenceNumber")).clear();
        browser.type(By.id("referenceNumber"), REFERENCE);
        browser.find(By.id("project-save")).click();
        waitForText(browser, By.tagName("main"), REFERENCE);

        // 6. On the report page, a draft of the summary is written from the data, then saved.
        browser.open("/projects/" + ttchan + "/report?lang=en");
        browser.waitForLanguage("en");
        assertThat(browser.find(By.id("total-registered")).getText()).isEqualTo("9");
        assertThat(browser.find(By.id("total-attended")).getText()).isEqualTo("8");
        assertThat(browser.find(By.id("information-url-" + meeting)).getText())
                .as("the report cites the meeting's public information page")
                .endsWith("/en/events/" + meeting + "/information");
        browser.find(By.id("draft-en")).click();
        browser.waitFor(By.id("report-drafted"));
        String draft = browser.find(By.id("summaryEn")).getAttribute("value");
        assertThat(draft).contains("TTChan");
        browser.find(By.id("sections-save")).click();
        waitForText(browser, By.id("report-summary"), draft.substring(0, Math.min(40, draft.length())));

        ProjectParticipation participation = reports.participation(coordinator, ttchan);
        assertThat(participation.totals().attended()).isEqualTo(8);
        assertThat(participation.totals().registered()).isEqualTo(9);

        // 7. The report's PDF names the reference number and the counts per country.
        Download pdf = download(browser, "/projects/" + ttchan + "/report/download?format=pdf");
        assertThat(pdf.contentType()).startsWith("application/pdf");
        String pdfText;
        try (PDDocument document = Loader.loadPDF(pdf.body())) {
            pdfText = new PDFTextStripper().getText(document);
        }
        assertThat(pdfText).contains(REFERENCE, "Lithuania", "Poland", "Germany");
        assertThat(pdfText).containsPattern("Lithuania\\s+5\\s+5");

        // 8. Its XLSX totals are the participation counts.
        Download xlsx = download(browser, "/projects/" + ttchan + "/report/download?format=xlsx");
        List<String> totalRow = totalRow(xlsx.body());
        assertThat(totalRow)
                .as("the total row of the events sheet")
                .contains(
                        String.valueOf(participation.totals().registered()),
                        String.valueOf(participation.totals().attended()),
                        String.valueOf(participation.totals().invitedAttended()));

        // 9. Before the download, the pack page lists the signed lists still missing.
        browser.open("/projects/" + ttchan + "/evidence-pack?lang=en");
        String missing = browser.waitFor(By.id("pack-missing")).getText();
        assertThat(missing)
                .contains("No signed list uploaded for")
                .contains("Poland")
                .contains("Germany");
        assertThat(missing).doesNotContain("Lithuania, 8 November 2018");

        // 10. The pack's manifest lists every file with its true size and SHA-256.
        Download pack = download(browser, "/projects/" + ttchan + "/evidence-pack/download");
        assertThat(pack.contentType()).startsWith("application/zip");
        Map<String, byte[]> files = unzip(pack.body());
        assertThat(files).containsKey("manifest.csv");
        Map<String, String[]> manifest = manifest(files.get("manifest.csv"));
        assertThat(manifest.keySet())
                .as("manifest.csv lists every other file of the pack")
                .containsExactlyInAnyOrderElementsOf(files.keySet().stream()
                        .filter(name -> !name.equals("manifest.csv"))
                        .toList());
        for (Map.Entry<String, String[]> line : manifest.entrySet()) {
            byte[] content = files.get(line.getKey());
            assertThat(Long.parseLong(line.getValue()[0]))
                    .as("bytes of " + line.getKey())
                    .isEqualTo(content.length);
            assertThat(line.getValue()[1]).as("sha256 of " + line.getKey()).isEqualTo(sha256(content));
        }
        assertThat(files.keySet()).anyMatch(name -> name.endsWith(".pdf") && name.contains("signed-list-lt-"));
        assertThat(files.keySet()).anyMatch(name -> name.contains("final-report") && name.endsWith(".pdf"));
        assertThat(files.keySet()).anyMatch(name -> name.contains("final-report") && name.endsWith(".xlsx"));

        // 11. The meeting's public information page shows the counts per country and no name.
        browser.driver().manage().deleteAllCookies();
        browser.open("/en/events/" + meeting + "/information");
        assertThat(browser.waitFor(By.id("information-total")).getText()).isEqualTo("8");
        assertThat(browser.find(By.cssSelector("#information-countries tr[data-country=LT] td"))
                        .getText())
                .isEqualTo("5");
        assertThat(browser.find(By.cssSelector("#information-countries tr[data-country=DE] td"))
                        .getText())
                .isEqualTo("fewer than 5");
        String publicPage = browser.driver().getPageSource();
        for (List<String[]> town : PEOPLE.values()) {
            for (String[] person : town) {
                assertThat(publicPage).doesNotContain(person[1]);
            }
        }
    }

    /** A file downloaded with the browser's session. */
    record Download(String contentType, byte[] body) {}

    private static Download download(Browser browser, String path) throws Exception {
        String cookies = browser.driver().manage().getCookies().stream()
                .map(cookie -> cookie.getName() + "=" + cookie.getValue())
                .collect(java.util.stream.Collectors.joining("; "));
        java.net.http.HttpResponse<byte[]> response = java.net.http.HttpClient.newHttpClient()
                .send(
                        java.net.http.HttpRequest.newBuilder(java.net.URI.create(browser.baseUrl() + path))
                                .header("Cookie", cookies)
                                .build(),
                        java.net.http.HttpResponse.BodyHandlers.ofByteArray());
        assertThat(response.statusCode()).as(path).isEqualTo(200);
        return new Download(response.headers().firstValue("Content-Type").orElse(""), response.body());
    }

    /** The cells of the last row of the XLSX's events sheet that starts with a total. */
    private static List<String> totalRow(byte[] xlsx) throws Exception {
        try (org.dhatim.fastexcel.reader.ReadableWorkbook workbook =
                new org.dhatim.fastexcel.reader.ReadableWorkbook(new java.io.ByteArrayInputStream(xlsx))) {
            for (org.dhatim.fastexcel.reader.Sheet sheet : workbook.getSheets().toList()) {
                List<org.dhatim.fastexcel.reader.Row> rows = sheet.read();
                for (org.dhatim.fastexcel.reader.Row row : rows) {
                    List<String> cells = row.stream()
                            .map(cell -> cell == null ? "" : cell.getText())
                            .toList();
                    if (!cells.isEmpty()
                            && cells.get(0).toLowerCase(java.util.Locale.ROOT).startsWith("total")) {
                        return cells.stream()
                                .map(text -> text.endsWith(".0") ? text.substring(0, text.length() - 2) : text)
                                .toList();
                    }
                }
            }
        }
        throw new AssertionError("no total row in the report's XLSX");
    }

    private static Map<String, byte[]> unzip(byte[] zip) throws java.io.IOException {
        Map<String, byte[]> files = new java.util.LinkedHashMap<>();
        try (java.util.zip.ZipInputStream in =
                new java.util.zip.ZipInputStream(new java.io.ByteArrayInputStream(zip))) {
            for (java.util.zip.ZipEntry entry = in.getNextEntry(); entry != null; entry = in.getNextEntry()) {
                if (!entry.isDirectory()) {
                    files.put(entry.getName(), in.readAllBytes());
                }
            }
        }
        return files;
    }

    /** path → {bytes, sha256} from manifest.csv ({@code path,bytes,sha256,description}). */
    private static Map<String, String[]> manifest(byte[] csv) throws java.io.IOException {
        Map<String, String[]> lines = new java.util.LinkedHashMap<>();
        try (org.apache.commons.csv.CSVParser parser = org.apache.commons.csv.CSVFormat.DEFAULT
                .builder()
                .setHeader()
                .setSkipHeaderRecord(true)
                .get()
                .parse(new java.io.StringReader(new String(csv, java.nio.charset.StandardCharsets.UTF_8)))) {
            assertThat(parser.getHeaderNames()).containsExactly("path", "bytes", "sha256", "description");
            for (org.apache.commons.csv.CSVRecord record : parser) {
                lines.put(record.get("path"), new String[] {record.get("bytes"), record.get("sha256")});
            }
        }
        return lines;
    }

    private static String sha256(byte[] content) throws java.security.NoSuchAlgorithmException {
        return java.util.HexFormat.of()
                .formatHex(java.security.MessageDigest.getInstance("SHA-256").digest(content));
    }

    /** A one-page PDF standing in for the scanner's file. */
    private static byte[] scannedPage() throws java.io.IOException {
        try (org.apache.pdfbox.pdmodel.PDDocument document = new org.apache.pdfbox.pdmodel.PDDocument()) {
            document.addPage(new org.apache.pdfbox.pdmodel.PDPage());
            java.io.ByteArrayOutputStream out = new java.io.ByteArrayOutputStream();
            document.save(out);
            return out.toByteArray();
        }
    }

    private static void waitForText(Browser browser, By locator, String text) {
        browser.waiting()
                .ignoring(NoSuchElementException.class)
                .withMessage(() -> "expected " + locator + " to contain " + text)
                .until(driver -> driver.findElement(locator).getText().contains(text));
    }
}
