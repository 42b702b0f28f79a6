package org.jumelage.browser;

import java.io.File;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.Paths;
import java.time.Duration;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.logging.Level;
import java.util.stream.Stream;
import org.junit.jupiter.api.extension.AfterAllCallback;
import org.junit.jupiter.api.extension.AfterTestExecutionCallback;
import org.junit.jupiter.api.extension.BeforeAllCallback;
import org.junit.jupiter.api.extension.BeforeEachCallback;
import org.junit.jupiter.api.extension.ExtensionContext;
import org.junit.jupiter.api.extension.ParameterContext;
import org.junit.jupiter.api.extension.ParameterResolver;
import org.openqa.selenium.Dimension;
import org.openqa.selenium.NoAlertPresentException;
import org.openqa.selenium.OutputType;
import org.openqa.selenium.TakesScreenshot;
import org.openqa.selenium.WebDriver;
import org.openqa.selenium.chrome.ChromeDriver;
import org.openqa.selenium.chrome.ChromeDriverService;
import org.openqa.selenium.chrome.ChromeOptions;
import org.openqa.selenium.chromium.HasCdp;
import org.openqa.selenium.logging.LogType;
import org.openqa.selenium.logging.LoggingPreferences;
import org.springframework.test.context.junit.jupiter.SpringExtension;

/**
 * Starts one headless Debian Chromium for the whole test run (starting one takes about two seconds,
 * once per browser test class before), driven by Debian's chromedriver, and quits it when the run
 * ends. Both paths are set explicitly, so Selenium Manager never looks for or downloads a browser or
 * a driver. The paths come from the system properties {@code jumelage.test.chromium} and
 * {@code jumelage.test.chromedriver} (Maven's {@code chromium.binary} and {@code chromedriver.binary}).
 *
 * <p>Every test class starts from a clean browser, as if it were new: no cookies of any site, a
 * blank page in a single tab, no open dialog, the window at its first size and no emulated screen.
 * A browser that no longer answers (it crashed) is replaced. Before each test the cookies are deleted
 * and the browser console is emptied. After a test that passed, the console must hold no error (a
 * script refused by the Content-Security-Policy, a failed request, a JavaScript exception); otherwise
 * the test fails. After a test that failed, a screenshot and the page source are saved as
 * {@code target/browser-failures/<Class>-<method>.png} and {@code .html}.
 */
final class ChromiumExtension
        implements BeforeAllCallback,
                AfterAllCallback,
                BeforeEachCallback,
                AfterTestExecutionCallback,
                ParameterResolver {

    static final String CHROMIUM_PROPERTY = "jumelage.test.chromium";
    static final String CHROMEDRIVER_PROPERTY = "jumelage.test.chromedriver";
    static final Path FAILURES = Paths.get("target", "browser-failures");
    static final Path LOGS = Paths.get("target", "browser-logs");

    private static final ExtensionContext.Namespace NAMESPACE =
            ExtensionContext.Namespace.create(ChromiumExtension.class);
    private static final String BROWSER = "browser";
    private static final String CHROMIUM = "chromium";

    /** The run's Chromium; JUnit closes it (quits the browser) when the last test class is done. */
    private record Chromium(WebDriver driver, Path profile, Dimension windowSize) implements AutoCloseable {

        boolean answers() {
            try {
                driver.getWindowHandles();
                return true;
            } catch (RuntimeException e) {
                return false;
            }
        }

        /** Back to the state of a browser just started, whatever the last test class left. */
        void reset() {
            List<String> tabs = List.copyOf(driver.getWindowHandles());
            for (String tab : tabs.subList(1, tabs.size())) {
                driver.switchTo().window(tab).close();
            }
            driver.switchTo().window(tabs.get(0));
            try {
                driver.switchTo().alert().dismiss();
            } catch (NoAlertPresentException e) {
                // none open, as it should be
            }
            driver.get("about:blank");
            HasCdp cdp = (HasCdp) driver;
            cdp.executeCdpCommand("Network.clearBrowserCookies", Map.of());
            cdp.executeCdpCommand("Emulation.clearDeviceMetricsOverride", Map.of());
            driver.manage().window().setSize(windowSize);
        }

        @Override
        public void close() {
            try {
                driver.quit();
            } finally {
                deleteRecursively(profile);
            }
        }
    }

    @Override
    public void beforeAll(ExtensionContext context) throws Exception {
        // The browser starts before the application, so a machine without one fails fast.
        ExtensionContext.Store run = context.getRoot().getStore(NAMESPACE);
        Chromium chromium = run.get(CHROMIUM, Chromium.class);
        if (chromium != null && !chromium.answers()) {
            run.remove(CHROMIUM, Chromium.class);
            try {
                chromium.close();
            } catch (RuntimeException e) {
                System.err.println("Could not quit the Chromium that stopped answering: " + e);
            }
            chromium = null;
        }
        if (chromium == null) {
            chromium = startChromium();
            run.put(CHROMIUM, chromium);
        } else {
            chromium.reset();
        }
        String port = SpringExtension.getApplicationContext(context)
                .getEnvironment()
                .getRequiredProperty("local.server.port");
        context.getStore(NAMESPACE).put(BROWSER, new Browser(chromium.driver(), "http://localhost:" + port));
    }

    @Override
    public void afterAll(ExtensionContext context) {
        Browser browser = context.getStore(NAMESPACE).remove(BROWSER, Browser.class);
        if (browser != null) {
            try {
                browser.forgetAxe();
            } catch (RuntimeException e) {
                // a browser that no longer answers is replaced before the next class
                System.err.println("Could not remove the axe script from the browser: " + e);
            }
        }
    }

    @Override
    public void beforeEach(ExtensionContext context) {
        Browser browser = browser(context);
        if (browser.driver().getCurrentUrl().startsWith(browser.baseUrl())) {
            browser.driver().manage().deleteAllCookies();
        }
        browser.consoleErrors(); // reading the console empties it
    }

    @Override
    public void afterTestExecution(ExtensionContext context) throws Exception {
        Browser browser = browser(context);
        if (context.getExecutionException().isPresent()) {
            saveFailure(context, browser);
            return;
        }
        List<String> errors = browser.consoleErrors();
        if (!errors.isEmpty()) {
            saveFailure(context, browser);
            throw new AssertionError("The browser console shows errors:\n  " + String.join("\n  ", errors));
        }
    }

    @Override
    public boolean supportsParameter(ParameterContext parameter, ExtensionContext context) {
        return parameter.getParameter().getType() == Browser.class;
    }

    @Override
    public Object resolveParameter(ParameterContext parameter, ExtensionContext context) {
        return browser(context);
    }

    private static Browser browser(ExtensionContext context) {
        Browser browser = context.getStore(NAMESPACE).get(BROWSER, Browser.class);
        if (browser == null) {
            throw new IllegalStateException("No browser: is the test class annotated with @BrowserTest?");
        }
        return browser;
    }

    private static Chromium startChromium() throws IOException {
        Path chromium = executable(CHROMIUM_PROPERTY, "/usr/bin/chromium", "Chromium (Debian package chromium)");
        Path chromedriver = executable(
                CHROMEDRIVER_PROPERTY, "/usr/bin/chromedriver", "ChromeDriver (Debian package chromium-driver)");
        Path profile = Files.createTempDirectory("jumelage-chromium-");
        Files.createDirectories(LOGS);
        ChromeDriverService service = new ChromeDriverService.Builder()
                .usingDriverExecutable(chromedriver.toFile())
                .usingAnyFreePort()
                .withLogFile(LOGS.resolve("chromedriver.log").toFile())
                .withAppendLog(true)
                .build();

        ChromeOptions options = new ChromeOptions();
        options.setBinary(chromium.toFile());
        options.addArguments(
                "--headless=new",
                "--no-sandbox",
                "--disable-gpu",
                "--disable-dev-shm-usage",
                "--disable-quic",
                "--no-first-run",
                "--no-default-browser-check",
                "--disable-background-networking",
                "--disable-component-update",
                "--disable-sync",
                "--disable-extensions",
                "--lang=en-US",
                "--window-size=1280,900",
                // No smooth scrolling or animations (Bootstrap honours it), so elements stand still when clicked.
                "--force-prefers-reduced-motion",
                "--user-data-dir=" + profile.toAbsolutePath());
        // The pages start in the browser's language: make it English whatever the machine's locale.
        options.setExperimentalOption("prefs", Map.of("intl.accept_languages", "en-US,en"));
        LoggingPreferences logging = new LoggingPreferences();
        logging.enable(LogType.BROWSER, Level.ALL);
        options.setCapability(ChromeOptions.LOGGING_PREFS, logging);

        ChromeDriver driver = new ChromeDriver(service, options);
        driver.manage().timeouts().pageLoadTimeout(Duration.ofSeconds(30));
        driver.manage().timeouts().scriptTimeout(Duration.ofSeconds(10));
        return new Chromium(driver, profile, driver.manage().window().getSize());
    }

    private static Path executable(String property, String fallback, String what) {
        String configured = System.getProperty(property, "");
        Path path = Paths.get(configured.isBlank() ? fallback : configured);
        if (!Files.isRegularFile(path) || !Files.isExecutable(path)) {
            throw new IllegalStateException(what + " is missing at " + path + ". The browser tests need it: on Debian"
                    + " run 'bash scripts/install-browser.sh' (it installs chromium and chromium-driver, as root or"
                    + " with sudo), or pass -Dchromium.binary=... -Dchromedriver.binary=... to Maven.");
        }
        return path;
    }

    private static void saveFailure(ExtensionContext context, Browser browser) {
        String name = context.getRequiredTestClass().getSimpleName() + "-"
                + context.getRequiredTestMethod().getName();
        String display = context.getDisplayName();
        if (display.startsWith("[") && display.indexOf(']') > 0) {
            name += "-" + display.substring(1, display.indexOf(']')); // the invocation of a parameterized test
        }
        try {
            Files.createDirectories(FAILURES);
            byte[] png = ((TakesScreenshot) browser.driver()).getScreenshotAs(OutputType.BYTES);
            Files.write(FAILURES.resolve(name + ".png"), png);
            String source = "<!-- " + browser.driver().getCurrentUrl() + " -->\n"
                    + browser.driver().getPageSource();
            Files.writeString(FAILURES.resolve(name + ".html"), source, StandardCharsets.UTF_8);
        } catch (IOException | RuntimeException e) {
            // Never hide the test's own failure behind a failure to record it.
            System.err.println("Could not save the browser state of " + name + ": " + e);
        }
    }

    /** Best effort: a profile left in the temporary directory is no reason to fail the tests. */
    private static void deleteRecursively(Path directory) {
        try (Stream<Path> paths = Files.walk(directory)) {
            paths.sorted(Comparator.reverseOrder()).map(Path::toFile).forEach(File::delete);
        } catch (IOException | UncheckedIOException e) {
            System.err.println("Could not delete the browser profile " + directory + ": " + e);
        }
    }
}
