package org.jumelage.support;

import java.lang.annotation.Documented;
import java.lang.annotation.ElementType;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.context.SpringBootTest.WebEnvironment;
import org.springframework.boot.webmvc.test.autoconfigure.AutoConfigureMockMvc;
import org.springframework.context.annotation.Import;
import org.springframework.test.context.ContextConfiguration;

/**
 * The whole application as {@link JumelageIntegrationTest} has it (MockMvc, the movable clock, the
 * API contract, the test mail server), but on a random port as well (real HTTP) and with the
 * optional settings an operator may give it: the public forms' real limit, 3 submissions per form
 * and client address a minute, instead of the shared contexts' practical none, a map tile server,
 * and files in an S3-compatible object store (the tests' {@link TestS3Server}) instead of a folder.
 * The tests of these settings share this one context (a context of their own each would start the
 * application once more): the rate limit's tests, through MockMvc and over HTTP, each make their
 * own form (meeting) and so have their own counts; the tile server's tests only read pages (reads
 * and sign-in are not counted against the limit); the object store's test makes its own event.
 */
@Target(ElementType.TYPE)
@Retention(RetentionPolicy.RUNTIME)
@Documented
@SpringBootTest(
        webEnvironment = WebEnvironment.RANDOM_PORT,
        properties = {
            "jumelage.public-forms.rate-limit=3",
            "jumelage.public-forms.rate-window=1m",
            "jumelage.map.tile-url=https://{s}.tiles.example.org/{z}/{x}/{y}.png",
            "jumelage.map.tile-attribution=© Example tiles",
            // a real scan's size, above the other contexts' 1 MB: the object store takes it in one request
            "jumelage.evidence.max-size=5MB"
        })
@AutoConfigureMockMvc
@Import({TestClockConfiguration.class, ApiContract.Configuration.class})
@ContextConfiguration(initializers = {TestMailServer.Initializer.class, TestS3Server.Initializer.class})
public @interface OptionalSettingsServerTest {}
