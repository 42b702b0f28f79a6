package org.jumelage.participation.domain;

import org.jspecify.annotations.Nullable;
import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.util.unit.DataSize;

/**
 * Limits of the delegation list import.
 *
 * @param maxRows JUMELAGE_IMPORT_MAX_ROWS: the most data rows one file may have (default 2,000)
 * @param maxFileSize JUMELAGE_IMPORT_MAX_FILE_SIZE: the largest file (default 5MB; Spring's multipart
 *     limit must not be lower)
 */
@ConfigurationProperties("jumelage.import")
record DelegationImportProperties(
        @Nullable Integer maxRows, @Nullable DataSize maxFileSize) {

    static final int DEFAULT_MAX_ROWS = 2_000;
    static final DataSize DEFAULT_MAX_FILE_SIZE = DataSize.ofMegabytes(5);

    DelegationImportProperties {
        maxRows = maxRows == null || maxRows < 1 ? DEFAULT_MAX_ROWS : maxRows;
        maxFileSize = maxFileSize == null || maxFileSize.toBytes() < 1 ? DEFAULT_MAX_FILE_SIZE : maxFileSize;
    }
}
