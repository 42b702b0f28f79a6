/**
 * File storage for every module that keeps files (signed participant lists, later photos and
 * agendas): a small {@link org.jumelage.storage.FileStorage} interface with two implementations, a
 * local folder and an S3-compatible object store.
 */
@ApplicationModule(allowedDependencies = {})
@NullMarked
package org.jumelage.storage;

import org.jspecify.annotations.NullMarked;
import org.springframework.modulith.ApplicationModule;
