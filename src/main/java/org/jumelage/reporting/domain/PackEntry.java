package org.jumelage.reporting.domain;

import java.io.IOException;
import java.io.InputStream;
import org.jspecify.annotations.Nullable;

/**
 * One file of an evidence pack: where it goes, what it proves, and how to open its content when
 * the ZIP is written (not before, so that a pack of hundreds of scans is never in memory).
 *
 * @param compressed the content is already compressed (scans, photos, PDFs, XLSX): stored in the ZIP
 *     without deflating it again, which costs time and saves nothing
 * @param bytes the size when known before writing, else {@code null}
 */
record PackEntry(
        String path,
        String description,
        boolean compressed,
        @Nullable Long bytes,
        Content content) {

    /** Opens the content; the writer closes the stream. */
    @FunctionalInterface
    interface Content {
        InputStream open() throws IOException;
    }
}
