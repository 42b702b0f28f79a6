package org.jumelage.storage;

/**
 * A file in the storage.
 *
 * @param contentType the media type given when the file was stored
 * @param size in bytes
 */
public record StoredFile(String key, String contentType, long size) {}
