package org.jumelage.publicity;

import org.jumelage.shared.LocalizedText;

/**
 * An article's lead image as stored: resized, in the file storage under {@code storageKey}, with its
 * alternative text (required, per language).
 */
public record NewsImage(String storageKey, String contentType, int width, int height, LocalizedText alt) {}
