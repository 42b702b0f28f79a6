package org.jumelage.storage.domain;

import java.util.regex.Pattern;

/**
 * The rule for storage keys, the same for every {@link org.jumelage.storage.FileStorage}
 * implementation (so files can move between them): lower-case letters, digits, {@code . _ -} and
 * {@code /} between segments, no segment starting with a dot, no {@code ..}, at most 300
 * characters; a key ending in {@code .type} is reserved (the local folder keeps a file's content
 * type under that name).
 */
final class StorageKeys {

    private static final Pattern KEY = Pattern.compile("[a-z0-9][a-z0-9._-]*(/[a-z0-9][a-z0-9._-]*)*");
    private static final int MAX_LENGTH = 300;

    /** The suffix of the local folder's content-type files, never a key's. */
    static final String TYPE_SUFFIX = ".type";

    private StorageKeys() {}

    /**
     * Returns the key when it is well-formed.
     *
     * @throws IllegalArgumentException when it is not
     */
    static String check(String key) {
        if (key.length() > MAX_LENGTH
                || !KEY.matcher(key).matches()
                || key.contains("..")
                || key.endsWith(TYPE_SUFFIX)) {
            throw new IllegalArgumentException("Not a storage key: " + key);
        }
        return key;
    }
}
