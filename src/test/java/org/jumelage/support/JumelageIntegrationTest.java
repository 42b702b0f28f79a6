package org.jumelage.support;

import java.lang.annotation.Documented;
import java.lang.annotation.ElementType;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.webmvc.test.autoconfigure.AutoConfigureMockMvc;
import org.springframework.context.annotation.Import;
import org.springframework.test.context.ContextConfiguration;

/**
 * The whole application with MockMvc and a movable clock. Every class with this annotation shares
 * one Spring context (and so one database): tests make their own data with unique e-mails. Mail
 * goes to the embedded {@link TestMailServer}. Every answer of the JSON API is checked against
 * the OpenAPI document ({@link ApiContract}).
 */
@Target(ElementType.TYPE)
@Retention(RetentionPolicy.RUNTIME)
@Documented
@SpringBootTest
@AutoConfigureMockMvc
@Import({TestClockConfiguration.class, ApiContract.Configuration.class})
@ContextConfiguration(initializers = TestMailServer.Initializer.class)
public @interface JumelageIntegrationTest {}
