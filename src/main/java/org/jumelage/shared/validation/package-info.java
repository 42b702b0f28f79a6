/** Bean Validation constraints that delegate to the shared rules, so forms check what the modules check. */
@NullMarked
package org.jumelage.shared.validation;

import org.jspecify.annotations.NullMarked;
