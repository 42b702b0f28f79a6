/**
 * File storage for every module that keeps files (signed participant lists, later photos and
 * agendas): a small {@link org.jumelage.storage.FileStorage} interface with a local-folder
 * implementation. An S3-compatible object store can be plugged in behind the same interface.
 */
@ApplicationModule(allowedDependencies = {})
@NullMarked
package org.jumelage.storage;

import org.jspecify.annotations.NullMarked;
import org.springframework.modulith.ApplicationModule;
