package org.jumelage.storage;

import java.io.IOException;
import java.io.InputStream;
import java.util.Optional;

/**
 * Files kept by key, with their content type and size. Keys are chosen by the calling code, never
 * taken from user input: lower-case letters, digits, {@code . _ -} and {@code /} between segments,
 * no {@code ..}, at most 300 characters (for example {@code event/12/evidence/5c0f…}). An invalid
 * key is refused with an {@link IllegalArgumentException}.
 *
 * <p>{@code jumelage.storage.type} chooses the implementation: a local folder ({@code local}, the
 * default; {@code jumelage.storage.folder}, by default {@code <data-dir>/files}) or a bucket of an
 * S3-compatible object store ({@code s3}), which several application instances share. Callers only
 * use this interface, so nothing else changes.
 */
public interface FileStorage {

    /**
     * Stores the stream's bytes under the key, replacing a file with the same key. The stream is
     * read to its end but not closed. A failure while reading (for example a size limit the caller's
     * stream enforces) leaves nothing stored under the key.
     *
     * @param contentType the media type to answer when the file is opened, for example {@code application/pdf}
     * @return what was stored, with the number of bytes read
     */
    StoredFile put(String key, InputStream content, String contentType) throws IOException;

    /** The file's facts, or empty when nothing is stored under the key. */
    Optional<StoredFile> find(String key);

    /**
     * Opens the file for reading; the caller closes the stream.
     *
     * @return empty when nothing is stored under the key
     */
    Optional<InputStream> open(String key) throws IOException;

    /** Deletes the file; {@code false} when there was none. */
    boolean delete(String key) throws IOException;
}
