/**
 * The programme catalogue: EU programmes, their strands and measures, their calls with results,
 * and the reading of reference numbers, all kept as data files inside the module.
 * Other modules use {@link org.jumelage.programme.ProgrammeCatalogue}; it needs no database.
 */
@ApplicationModule(allowedDependencies = {"shared", "account", "network"})
@NullMarked
package org.jumelage.programme;

import org.jspecify.annotations.NullMarked;
import org.springframework.modulith.ApplicationModule;
