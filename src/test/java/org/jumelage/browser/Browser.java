package org.jumelage.browser;

import com.deque.html.axecore.providers.EmbeddedResourceAxeProvider;
import com.deque.html.axecore.results.Results;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import java.util.logging.Level;
import org.openqa.selenium.By;
import org.openqa.selenium.JavascriptExecutor;
import org.openqa.selenium.StaleElementReferenceException;
import org.openqa.selenium.WebDriver;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.chromium.HasCdp;
import org.openqa.selenium.logging.LogEntry;
import org.openqa.selenium.logging.LogType;
import org.openqa.selenium.support.ui.ExpectedConditions;
import org.openqa.selenium.support.ui.WebDriverWait;

/**
 * The test's view of the headless Chromium: opens pages of the application under test, finds
 * elements, and waits explicitly (never sleeps) for what the page should show.
 */
final class Browser {

    static final Duration WAIT = Duration.ofSeconds(10);

    /** The axe-core rules the pages must pass: WCAG 2.0 and 2.1, levels A and AA. */
    static final List<String> WCAG_TAGS = List.of("wcag2a", "wcag2aa", "wcag21a", "wcag21aa");

    /**
     * axe-core's script as the axe-core Selenium library ships it, and the settings its single-frame
     * ("legacy") mode gives it: frames of the same origin only.
     */
    private static final String AXE_SCRIPT = axeSource() + ";axe.configure({ allowedOrigins: ['<same_origin>'] });";

    /**
     * Runs axe on the whole document with {@link #WCAG_TAGS}, as the library's single-frame mode does,
     * and answers {@code "no axe"} on a page that does not have it yet. {@code resultTypes}: the rules
     * that pass, are inapplicable or incomplete are all listed, each with at most one of its elements
     * (the violations with all of theirs), so the answer the browser serialises and sends is a
     * fraction of the size; which rules run and what they find is the same.
     */
    private static final String AXE_RUN = """
            const callback = arguments[arguments.length - 1];
            if (typeof window.axe === 'undefined') { callback('no axe'); return; }
            axe.run(document, JSON.parse(arguments[0]))
                .then(results => callback(JSON.parse(JSON.stringify(results))),
                      error => callback('axe failed: ' + error));
            """;

    private static final String AXE_OPTIONS = "{\"runOnly\":{\"type\":\"tag\",\"values\":[\""
            + String.join("\",\"", WCAG_TAGS) + "\"]},\"resultTypes\":[\"violations\"]}";

    private static final ObjectMapper AXE_RESULTS = new ObjectMapper();

    private final WebDriver driver;
    private final String baseUrl;

    /** The id of the axe script that Chromium adds to every new page while this class runs, or null. */
    private String axeOnNewPages;

    Browser(WebDriver driver, String baseUrl) {
        this.driver = driver;
        this.baseUrl = baseUrl;
    }

    WebDriver driver() {
        return driver;
    }

    String baseUrl() {
        return baseUrl;
    }

    /** A new explicit wait of {@link #WAIT}; each wait is built afresh so that messages never leak between waits. */
    /**
     * A wait that tries again when htmx replaced an element between finding it and reading it
     * (a stale element is a moment of the swap, not a failure).
     */
    WebDriverWait waiting() {
        WebDriverWait wait = new WebDriverWait(driver, WAIT);
        wait.ignoring(StaleElementReferenceException.class);
        return wait;
    }

    /** Opens a page of the application, for example {@code /sign-in}. */
    void open(String path) {
        driver.get(baseUrl + path);
    }

    /** The current address without scheme, host and port, for example {@code /sign-in?error=failed}. */
    String path() {
        String url = driver.getCurrentUrl();
        return url.startsWith(baseUrl) ? url.substring(baseUrl.length()) : url;
    }

    /** Waits until the current address (path and query) is exactly {@code path}. */
    void waitForPath(String path) {
        waiting()
                .withMessage(() -> "expected to be at " + path + " but am at " + path())
                .until(driver -> path().equals(path));
    }

    /** Waits until the element is on the page and visible, and returns it. */
    WebElement waitFor(By locator) {
        return waiting().until(ExpectedConditions.visibilityOfElementLocated(locator));
    }

    /**
     * Waits up to {@code seconds} until the element is on the page and visible: for the few pages whose
     * first answer is built once and is slow on a busy machine (the OpenAPI document).
     */
    WebElement waitFor(By locator, int seconds) {
        WebDriverWait wait = new WebDriverWait(driver, Duration.ofSeconds(seconds));
        wait.ignoring(StaleElementReferenceException.class);
        return wait.until(ExpectedConditions.visibilityOfElementLocated(locator));
    }

    /**
     * Waits until the element is visible and its text contains {@code text}, and returns it: an htmx
     * panel may still show the answer to an earlier change when the element first appears.
     */
    WebElement waitForText(By locator, String text) {
        return waiting()
                .withMessage(() -> "expected " + locator + " to show \"" + text + "\"")
                .until(driver -> {
                    WebElement element = ExpectedConditions.visibilityOfElementLocated(locator)
                            .apply(driver);
                    return element != null && element.getText().contains(text) ? element : null;
                });
    }

    /** Waits until the page's {@code <html lang>} is {@code language}. */
    void waitForLanguage(String language) {
        waiting()
                .withMessage(() -> "expected <html lang=" + language + "> but it is " + language())
                .until(driver -> language.equals(language()));
    }

    WebElement find(By locator) {
        return driver.findElement(locator);
    }

    /**
     * Chooses a language in the page's language menu (the {@code <details>} of {@code fragments/languages}):
     * opens it if it is closed, then follows the language's link.
     */
    void chooseLanguage(String tag) {
        WebElement menu = driver.findElement(By.cssSelector("#lang-menu details"));
        if (menu.getDomAttribute("open") == null) {
            driver.findElement(By.id("lang-current")).click();
        }
        driver.findElement(By.id("lang-" + tag)).click();
    }

    boolean isPresent(By locator) {
        return !driver.findElements(locator).isEmpty();
    }

    /** The language of the page shown, from {@code <html lang>}. */
    String language() {
        return driver.findElement(By.tagName("html")).getDomAttribute("lang");
    }

    String heading() {
        return waitFor(By.tagName("h1")).getText();
    }

    /** Replaces the text of a field. */
    void type(By field, String text) {
        WebElement element = waitFor(field);
        element.clear();
        element.sendKeys(text);
    }

    /** Fills in and sends the sign-in form; does not wait for the result. */
    void submitSignIn(String email, String password) {
        open("/sign-in");
        type(By.id("email"), email);
        type(By.id("password"), password);
        find(By.id("sign-in-submit")).click();
    }

    /** Signs in and waits until the home page shows the signed-in navigation. */
    void signIn(String email, String password) {
        submitSignIn(email, password);
        waitForPath("/");
        waitFor(By.id("nav-user-menu"));
    }

    /** Opens the signed-in person's menu (profile, sign out) in the navigation and waits until it shows. */
    void openUserMenu() {
        waitFor(By.id("nav-user-menu")).click();
        waitFor(By.id("sign-out"));
    }

    /** Signs out through the user menu; does not wait for the result. */
    /**
     * Signs out through the user menu and waits for the signed-out page, so that the next page
     * opened is not overtaken by the sign-out's own redirect still on its way.
     */
    void signOut() {
        openUserMenu();
        find(By.id("sign-out")).click();
        waitForPath("/sign-in?signed-out");
    }

    Object script(String script, Object... arguments) {
        return ((JavascriptExecutor) driver).executeScript(script, arguments);
    }

    /**
     * Runs axe-core ({@link #WCAG_TAGS}) on the page shown, in axe's single-frame ("legacy") mode,
     * {@code axe.run} in the page. The default mode runs each frame apart and then opens a second
     * tab to combine the frames' results; the application's pages have no frames (no
     * {@code <iframe>} in any template), so both modes check the same elements with the same rules:
     * on twelve staff pages they found the same violations, passes and incomplete checks, node for
     * node, and this mode took a quarter less time (44 s instead of 59 s on a busy machine).
     *
     * <p>The axe script (560 kB) is not sent with each call, as the library's {@code AxeBuilder}
     * does (twice a call): the first call asks Chromium to run it in every page it opens from then
     * on ({@code Page.addScriptToEvaluateOnNewDocument}), until the test class ends
     * ({@link #forgetAxe()}), and sends it once into the page already open.
     */
    Results axe() {
        if (axeOnNewPages == null) {
            Map<String, Object> added = ((HasCdp) driver)
                    .executeCdpCommand("Page.addScriptToEvaluateOnNewDocument", Map.of("source", AXE_SCRIPT));
            axeOnNewPages = (String) added.get("identifier");
        }
        Duration timeout = driver.manage().timeouts().getScriptTimeout();
        driver.manage().timeouts().scriptTimeout(Duration.ofSeconds(30));
        try {
            Object answer = runAxe();
            if ("no axe".equals(answer)) {
                script(AXE_SCRIPT);
                answer = runAxe();
            }
            if (answer instanceof String message) {
                throw new IllegalStateException("axe-core did not run on " + path() + ": " + message);
            }
            return AXE_RESULTS.convertValue(answer, Results.class);
        } finally {
            driver.manage().timeouts().scriptTimeout(timeout);
        }
    }

    private Object runAxe() {
        return ((JavascriptExecutor) driver).executeAsyncScript(AXE_RUN, AXE_OPTIONS);
    }

    /** Pages opened from now on no longer get the axe script (the next test class may not want it). */
    void forgetAxe() {
        if (axeOnNewPages != null) {
            ((HasCdp) driver)
                    .executeCdpCommand("Page.removeScriptToEvaluateOnNewDocument", Map.of("identifier", axeOnNewPages));
            axeOnNewPages = null;
        }
    }

    private static String axeSource() {
        try {
            return new EmbeddedResourceAxeProvider().getScript();
        } catch (Exception e) {
            throw new IllegalStateException("The axe-core script is missing from the axe-core Selenium library", e);
        }
    }

    /** The errors in the browser console since the last call; each call empties the console. */
    List<String> consoleErrors() {
        return driver.manage().logs().get(LogType.BROWSER).getAll().stream()
                .filter(entry -> entry.getLevel().intValue() >= Level.SEVERE.intValue())
                .map(LogEntry::getMessage)
                .toList();
    }
}
