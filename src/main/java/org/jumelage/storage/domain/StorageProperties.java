package org.jumelage.storage.domain;

import java.nio.file.Path;
import org.springframework.boot.context.properties.ConfigurationProperties;

/**
 * Where the local file storage keeps its files.
 *
 * @param folder JUMELAGE_STORAGE_FOLDER; by default {@code files} in the data directory
 */
@ConfigurationProperties("jumelage.storage")
record StorageProperties(Path folder) {}
