package org.jumelage.support;

import java.lang.annotation.Documented;
import java.lang.annotation.ElementType;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.context.SpringBootTest.WebEnvironment;
import org.springframework.boot.webmvc.test.autoconfigure.AutoConfigureMockMvc;
import org.springframework.test.context.ContextConfiguration;

/**
 * The whole application on a random port (a real Tomcat, as in production), with MockMvc beside it
 * for setting up data. Every class with this annotation, and every browser test (which carries it),
 * shares one Spring context (and so one database): tests make their own data with unique names.
 * Mail goes to the embedded {@link TestMailServer}. A class that needs other settings starts a
 * context of its own, which costs the suite a start of the application: add nothing here or on
 * such a class without need.
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
@AutoConfigureMockMvc
@ContextConfiguration(initializers = TestMailServer.Initializer.class)
public @interface JumelageServerTest {}
