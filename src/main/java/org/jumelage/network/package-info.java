/** Contract stub while the network module is built on its own branch. */
@org.springframework.modulith.ApplicationModule(allowedDependencies = {"shared", "account"})
@org.jspecify.annotations.NullMarked
package org.jumelage.network;
