/**
 * The demo data: the content of the origin documents (Daugavpils City Council's news about its
 * Europe for Citizens projects) loaded into an empty database when JUMELAGE_DEMO=true. It uses
 * only the other modules' public APIs, exactly as a user would.
 */
@ApplicationModule(allowedDependencies = {"shared", "account", "network", "programme", "project", "event", "publicity"})
@NullMarked
package org.jumelage.demo;

import org.jspecify.annotations.NullMarked;
import org.springframework.modulith.ApplicationModule;
