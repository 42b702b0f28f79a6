package org.jumelage.browser;

import static org.assertj.core.api.Assertions.assertThat;

import java.net.URI;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import org.jumelage.account.AccountManagement;
import org.jumelage.network.OrganisationManagement;
import org.jumelage.network.OrganisationSummary;
import org.jumelage.support.RegistryFixtures;
import org.jumelage.support.TestUsers;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;
import org.springframework.beans.factory.annotation.Autowired;

/**
 * The map draws in a real browser under the strict Content-Security-Policy: country outlines and
 * markers as SVG paths, no console error, every request to the application itself, and the page with
 * everything it loads under 1 MB as transferred (gzip-compressed assets). Prints its figures: the
 * benchmark "Map page of Europe" in docs/benchmarks.md.
 */
@BrowserTest
class MapBrowserTests {

    /** The most bytes the map page and everything it loads may take on the wire. */
    static final long BUDGET_BYTES = 1_000_000;

    @Autowired
    OrganisationManagement organisations;

    @Autowired
    AccountManagement accounts;

    @Test
    void theMapOfATownsNetworkAcrossEuropeDrawsLocallyAndStaysUnderOneMegabyte(Browser browser) throws Exception {
        OrganisationSummary daugavpils = new RegistryFixtures(organisations, accounts)
                .municipality(RegistryFixtures.DAUGAVPILS, "LV", "Daugavpils browser map council");
        browser.signIn(TestUsers.ADMIN_EMAIL, TestUsers.ADMIN_PASSWORD);

        browser.open("/network/map?organisation=" + daugavpils.id() + "&lang=en");
        browser.waiting()
                .withMessage("the outlines should be drawn")
                .until(driver ->
                        "true".equals(driver.findElement(By.id("network-map")).getDomAttribute("data-drawn")));

        long countries = browser.find(By.id("network-map"))
                .findElements(By.cssSelector("svg path.network-map-country"))
                .size();
        long markers = browser.find(By.id("network-map"))
                .findElements(By.cssSelector("svg path.network-map-marker"))
                .size();
        long placedRows = browser.driver()
                .findElements(By.cssSelector("#network-map-table tbody tr[data-lat]"))
                .size();
        assertThat(countries).as("country outlines drawn").isGreaterThanOrEqualTo(45);
        assertThat(placedRows).as("Daugavpils and its twins in the gazetteer").isGreaterThanOrEqualTo(8);
        assertThat(markers).as("one marker per placed row").isEqualTo(placedRows);
        assertThat(browser.driver().findElements(By.cssSelector("#network-map img.leaflet-tile")))
                .as("no tiles by default")
                .isEmpty();
        assertThat(browser.find(By.cssSelector("#network-map .leaflet-control-attribution"))
                        .getText())
                .contains("Natural Earth");

        @SuppressWarnings("unchecked")
        List<Map<String, Object>> entries = (List<Map<String, Object>>) browser.script("""
                return performance.getEntriesByType('navigation').concat(performance.getEntriesByType('resource'))
                    .map(e => ({name: e.name, transferSize: e.transferSize, encodedBodySize: e.encodedBodySize,
                                decodedBodySize: e.decodedBodySize, duration: e.duration}));""");
        assertThat(entries).hasSizeGreaterThanOrEqualTo(8);
        for (Map<String, Object> entry : entries) {
            String host = URI.create((String) entry.get("name")).getHost();
            assertThat(host)
                    .as("every request goes to the application: %s", entry.get("name"))
                    .isIn("localhost", "127.0.0.1");
        }
        assertThat(entries.stream().map(entry -> (String) entry.get("name")))
                .anyMatch(name -> name.endsWith("/geo/countries-europe.json"))
                .anyMatch(name -> name.endsWith("/dist/leaflet.js"))
                .anyMatch(name -> name.endsWith("/js/map.js"));

        long transferred = sum(entries, "transferSize");
        long decoded = sum(entries, "decodedBodySize");
        Map<String, Object> outlines = entries.stream()
                .filter(entry -> ((String) entry.get("name")).endsWith("/geo/countries-europe.json"))
                .findFirst()
                .orElseThrow();
        long outlinesFile = Files.size(Path.of("src/main/resources/static/geo/countries-europe.json"));
        System.out.printf(
                "Map page of Europe: %d requests, %,d bytes transferred (%,d decoded), budget %,d (%.0f %% used);"
                        + " outlines %,d bytes transferred of a %,d-byte file in %.0f ms; page/outlines-file ratio %.2f%n",
                entries.size(),
                transferred,
                decoded,
                BUDGET_BYTES,
                100.0 * transferred / BUDGET_BYTES,
                number(outlines, "transferSize"),
                outlinesFile,
                ((Number) outlines.get("duration")).doubleValue(),
                (double) transferred / outlinesFile);
        assertThat(number(outlines, "transferSize"))
                .as("the outlines are sent compressed")
                .isLessThan(outlinesFile / 2);
        assertThat(transferred).as("bytes transferred").isPositive().isLessThan(BUDGET_BYTES);
    }

    @Test
    void aMarkersTooltipNamesTheTownAndWhyItIsThere(Browser browser) {
        OrganisationSummary kaunas = new RegistryFixtures(organisations, accounts)
                .municipality(RegistryFixtures.KAUNAS, "LT", "Kaunas browser map council");
        browser.signIn(TestUsers.ADMIN_EMAIL, TestUsers.ADMIN_PASSWORD);
        browser.open("/network/map?organisation=" + kaunas.id() + "&lang=en");
        browser.waiting()
                .until(driver ->
                        "true".equals(driver.findElement(By.id("network-map")).getDomAttribute("data-drawn")));

        browser.script("""
                document.querySelector('#network-map path.network-map-marker-home')
                    .dispatchEvent(new MouseEvent('mouseover', {bubbles: true}));""");

        assertThat(browser.waitFor(By.cssSelector("#network-map .leaflet-tooltip"))
                        .getText())
                .contains("Kaunas", "Town of Kaunas browser map council");
    }

    private static long sum(List<Map<String, Object>> entries, String field) {
        return entries.stream().mapToLong(entry -> number(entry, field)).sum();
    }

    private static long number(Map<String, Object> entry, String field) {
        Object value = entry.get(field);
        return value instanceof Number n ? n.longValue() : 0;
    }
}
