package org.jumelage.browser;

import static org.assertj.core.api.Assertions.assertThat;

import java.awt.image.BufferedImage;
import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import javax.imageio.ImageIO;
import org.jumelage.support.TestDatabaseSession;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;
import org.openqa.selenium.Dimension;
import org.openqa.selenium.OutputType;
import org.openqa.selenium.TakesScreenshot;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.test.context.DynamicPropertyRegistry;
import org.springframework.test.context.DynamicPropertySource;
import org.springframework.test.context.TestPropertySource;

/**
 * The screenshots in the README, taken from the demo data as a newcomer loads them
 * ({@code JUMELAGE_DEMO=true}, see docs/demo-data.md): the portfolio and the TTChan project page as
 * the demo coordinator sees them, its final report page and the portfolio dashboard, the public page of TTChan and the news article the demo publishes
 * about it, the map and the cooperation graph of Daugavpils City Council's network, in English, 1280 pixels wide and as tall as the page (up to {@link #MAX_HEIGHT}). Each
 * test writes its file to {@code docs/screenshots/} and checks that it is a PNG of that width.
 */
@BrowserTest
@TestPropertySource(properties = "jumelage.demo.enabled=true")
class ScreenshotBrowserTests {

    /**
     * The demo loads only into an empty database. On H2 this context has its own; on PostgreSQL the
     * contexts share one schema, so this one gets a schema of its own.
     */
    @DynamicPropertySource
    static void ownDatabase(DynamicPropertyRegistry registry) {
        TestDatabaseSession.ownSchema("screenshots").ifPresent(url -> registry.add("spring.datasource.url", () -> url));
    }

    static final Path FOLDER = Path.of("docs", "screenshots");
    static final int WIDTH = 1280;
    static final int MIN_HEIGHT = 600;
    static final int MAX_HEIGHT = 2400;

    /** The demo coordinator, as the README's table of demo users gives it. */
    static final String DEMO_COORDINATOR = "coordinator@example.org";

    static final String DEMO_PASSWORD = "Demo-Daugavpils-2018";

    @Autowired
    JdbcClient jdbc;

    long ttchan;
    String articleSlug;

    @BeforeEach
    void findTheDemosProjectAndArticle() {
        ttchan = jdbc.sql("select id from project where acronym = 'TTChan'")
                .query(Long.class)
                .single();
        articleSlug = jdbc.sql("select slug from news_article where project_id = :project")
                .param("project", ttchan)
                .query(String.class)
                .single();
    }

    @Test
    void portfolio(Browser browser) throws IOException {
        browser.signIn(DEMO_COORDINATOR, DEMO_PASSWORD);
        browser.open("/projects?lang=en");
        browser.waitForLanguage("en");
        browser.waitFor(By.partialLinkText("TTChan"));
        save(browser, "portfolio.png");
    }

    @Test
    void projectPage(Browser browser) throws IOException {
        browser.signIn(DEMO_COORDINATOR, DEMO_PASSWORD);
        browser.open("/projects/" + ttchan + "?lang=en");
        browser.waitForLanguage("en");
        browser.waitFor(By.id("grant-checks"));
        browser.waitFor(By.id("publication"));
        save(browser, "project.png");
    }

    @Test
    void reportPage(Browser browser) throws IOException {
        browser.signIn(DEMO_COORDINATOR, DEMO_PASSWORD);
        browser.open("/projects/" + ttchan + "/report?lang=en");
        browser.waitForLanguage("en");
        browser.waitFor(By.id("report-download"));
        save(browser, "report.png");
    }

    @Test
    void portfolioDashboard(Browser browser) throws IOException {
        browser.signIn(DEMO_COORDINATOR, DEMO_PASSWORD);
        browser.open("/dashboards?lang=en");
        browser.waitForLanguage("en");
        browser.waitFor(By.tagName("svg"));
        save(browser, "dashboard.png");
    }

    @Test
    void publicProjectPage(Browser browser) throws IOException {
        browser.open("/en/projects/" + ttchan);
        assertThat(browser.waitFor(By.id("project-title")).getText()).contains("TTChan");
        save(browser, "public-project.png");
    }

    @Test
    void newsArticle(Browser browser) throws IOException {
        browser.open("/en/news/" + articleSlug);
        assertThat(browser.waitFor(By.id("article-title")).getText()).contains("Daugavpils");
        save(browser, "news-article.png");
    }

    @Test
    void networkMap(Browser browser) throws IOException {
        browser.signIn(DEMO_COORDINATOR, DEMO_PASSWORD);
        browser.open("/network/map?organisation=" + daugavpilsCouncil() + "&lang=en");
        browser.waitForLanguage("en");
        browser.waitFor(By.id("network-map-table"));
        // Leaflet has drawn the shipped outlines and one marker per placed town of the table.
        browser.waiting()
                .withMessage("the map to draw the country outlines and the towns")
                .until(driver ->
                        "true".equals(driver.findElement(By.id("network-map")).getDomAttribute("data-drawn")));
        assertThat(browser.driver().findElements(By.cssSelector("#network-map svg path.network-map-marker")))
                .isNotEmpty();
        save(browser, "network-map.png");
    }

    @Test
    void cooperationGraph(Browser browser) throws IOException {
        browser.signIn(DEMO_COORDINATOR, DEMO_PASSWORD);
        browser.open("/network/graph?organisation=" + daugavpilsCouncil() + "&lang=en");
        browser.waitForLanguage("en");
        browser.waitFor(By.id("graph-figures"));
        browser.waiting()
                .withMessage("Cytoscape.js to draw the graph")
                .until(driver -> !driver.findElements(By.cssSelector("#graph-canvas canvas"))
                        .isEmpty());
        save(browser, "network-graph.png");
    }

    /** The demo's Daugavpils City Council, whose network the map and the graph show. */
    private long daugavpilsCouncil() {
        return jdbc.sql("select id from organisation where name_en = 'Daugavpils City Council'")
                .query(Long.class)
                .single();
    }

    // --- helpers -------------------------------------------------------------------------------------

    /**
     * Waits until htmx has loaded every part of the page, makes the window as tall as the page and
     * saves the screenshot; then checks the file is a PNG 1280 pixels wide.
     */
    static void save(Browser browser, String name) throws IOException {
        browser.waiting()
                .withMessage("htmx to finish loading the page's parts")
                .until(driver -> Boolean.TRUE.equals(browser.script("return document.readyState === 'complete'"
                        + " && document.querySelectorAll('.htmx-request, [hx-trigger=\"load\"]').length === 0;")));
        Dimension before = browser.driver().manage().window().getSize();
        try {
            // The window's size includes what the browser draws around the page: ask for the page's.
            int frameWidth = ((Number) browser.script("return window.outerWidth - window.innerWidth;")).intValue();
            int frameHeight = ((Number) browser.script("return window.outerHeight - window.innerHeight;")).intValue();
            browser.driver().manage().window().setSize(new Dimension(WIDTH + frameWidth, MIN_HEIGHT + frameHeight));
            long height = ((Number) browser.script("return document.documentElement.scrollHeight;")).longValue();
            browser.driver()
                    .manage()
                    .window()
                    .setSize(new Dimension(WIDTH + frameWidth, (int) Math.min(MAX_HEIGHT, height) + frameHeight));
            browser.script("window.scrollTo(0, 0);");
            byte[] png = ((TakesScreenshot) browser.driver()).getScreenshotAs(OutputType.BYTES);
            Files.createDirectories(FOLDER);
            Path file = FOLDER.resolve(name);
            Files.write(file, png);

            byte[] written = Files.readAllBytes(file);
            assertThat(written).isNotEmpty();
            assertThat(new String(written, 1, 3, java.nio.charset.StandardCharsets.US_ASCII))
                    .isEqualTo("PNG");
            BufferedImage image = ImageIO.read(new ByteArrayInputStream(written));
            assertThat(image).as("%s is an image", file).isNotNull();
            assertThat(image.getWidth()).isEqualTo(WIDTH);
            assertThat(image.getHeight()).isGreaterThanOrEqualTo(MIN_HEIGHT);
        } finally {
            browser.driver().manage().window().setSize(before);
        }
    }
}
