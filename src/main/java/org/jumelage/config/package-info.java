/**
 * How the application is wired for the web: security filter chains, languages, error answers
 * (RFC 9457 problem details for the API, translated error pages) and start-up reporting.
 * It holds no business rules; it connects the modules' APIs to HTTP.
 */
@ApplicationModule(allowedDependencies = {"shared", "account"})
@NullMarked
package org.jumelage.config;

import org.jspecify.annotations.NullMarked;
import org.springframework.modulith.ApplicationModule;
