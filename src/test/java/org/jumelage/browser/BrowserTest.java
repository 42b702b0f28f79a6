package org.jumelage.browser;

import java.lang.annotation.Documented;
import java.lang.annotation.ElementType;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;
import org.jumelage.support.JumelageServerTest;
import org.jumelage.support.TestMailServer;
import org.junit.jupiter.api.extension.ExtendWith;

/**
 * An end-to-end test in a real, headless Chromium against the whole application on a random port.
 * Every class with this annotation shares one Spring context (and so one database), the one of
 * {@link JumelageServerTest}: tests make their own data with unique names. The classes share one
 * browser, made as new for each class (see {@link ChromiumExtension}); cookies are deleted before
 * every test. Test methods receive a {@link Browser} parameter. A failing test leaves a screenshot
 * and the page source in {@code target/browser-failures/}. Mail goes to the embedded
 * {@link TestMailServer}.
 */
@Target(ElementType.TYPE)
@Retention(RetentionPolicy.RUNTIME)
@Documented
@JumelageServerTest
@ExtendWith(ChromiumExtension.class)
public @interface BrowserTest {}
