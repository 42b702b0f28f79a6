/** Contract stub while the programme module is built on its own branch. */
@org.springframework.modulith.ApplicationModule(allowedDependencies = {"shared"})
@org.jspecify.annotations.NullMarked
package org.jumelage.programme;
