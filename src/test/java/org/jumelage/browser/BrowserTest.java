package org.jumelage.browser;

import java.lang.annotation.Documented;
import java.lang.annotation.ElementType;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;
import org.jumelage.support.TestMailServer;
import org.junit.jupiter.api.extension.ExtendWith;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.context.SpringBootTest.WebEnvironment;
import org.springframework.test.context.ContextConfiguration;

/**
 * An end-to-end test in a real, headless Chromium against the whole application on a random port.
 * Every class with this annotation shares one Spring context (and so one database): tests make
 * their own data with unique names. Each class gets its own browser; cookies are deleted before
 * every test. Test methods receive a {@link Browser} parameter. A failing test leaves a screenshot
 * and the page source in {@code target/browser-failures/}. Mail goes to the embedded
 * {@link TestMailServer}.
 */
@Target(ElementType.TYPE)
@Retention(RetentionPolicy.RUNTIME)
@Documented
@SpringBootTest(
        webEnvironment = WebEnvironment.RANDOM_PORT,
        properties = {
            // Selenium looks for a DevTools (CDP) module matching Chromium's version; the tests do not use CDP.
            "logging.level.org.openqa.selenium.devtools.CdpVersionFinder=ERROR",
            "logging.level.org.openqa.selenium.chromium.ChromiumDriver=ERROR"
        })
@ContextConfiguration(initializers = TestMailServer.Initializer.class)
@ExtendWith(ChromiumExtension.class)
public @interface BrowserTest {}
