/**
 * Small building blocks every module may use: business errors with stable codes and message keys.
 * It is an open module, so its types are part of every module's vocabulary.
 */
@ApplicationModule(type = ApplicationModule.Type.OPEN)
@NullMarked
package org.jumelage.shared;

import org.jspecify.annotations.NullMarked;
import org.springframework.modulith.ApplicationModule;
