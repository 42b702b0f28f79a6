package org.jumelage.participation.domain;

import java.nio.charset.StandardCharsets;
import java.util.Arrays;
import java.util.Optional;

/**
 * Tells the type of an uploaded file from its first bytes (the "magic numbers"), never from its
 * name: PDF, PNG, JPEG, WebP and TIFF are accepted as evidence; anything else (text, HTML, office
 * files, archives, executables) is not.
 */
final class ContentSniffer {

    /** How many leading bytes {@link #detect(byte[], int)} needs. */
    static final int HEADER = 16;

    /** An accepted type with the extension its files get. */
    enum Type {
        PDF("application/pdf", "pdf"),
        PNG("image/png", "png"),
        JPEG("image/jpeg", "jpg"),
        WEBP("image/webp", "webp"),
        TIFF("image/tiff", "tif");

        final String contentType;
        final String extension;

        Type(String contentType, String extension) {
            this.contentType = contentType;
            this.extension = extension;
        }
    }

    private static final byte[] PDF = "%PDF-".getBytes(StandardCharsets.US_ASCII);
    private static final byte[] PNG = {(byte) 0x89, 'P', 'N', 'G', '\r', '\n', 0x1A, '\n'};
    private static final byte[] JPEG = {(byte) 0xFF, (byte) 0xD8, (byte) 0xFF};
    private static final byte[] RIFF = "RIFF".getBytes(StandardCharsets.US_ASCII);
    private static final byte[] WEBP = "WEBP".getBytes(StandardCharsets.US_ASCII);
    private static final byte[] TIFF_LE = {'I', 'I', 42, 0};
    private static final byte[] TIFF_BE = {'M', 'M', 0, 42};

    private ContentSniffer() {}

    /** @param length how many bytes of {@code header} were read */
    static Optional<Type> detect(byte[] header, int length) {
        byte[] head = Arrays.copyOf(header, Math.max(0, Math.min(length, header.length)));
        if (startsWith(head, PDF, 0)) {
            return Optional.of(Type.PDF);
        }
        if (startsWith(head, PNG, 0)) {
            return Optional.of(Type.PNG);
        }
        if (startsWith(head, JPEG, 0)) {
            return Optional.of(Type.JPEG);
        }
        if (startsWith(head, RIFF, 0) && startsWith(head, WEBP, 8)) {
            return Optional.of(Type.WEBP);
        }
        if (startsWith(head, TIFF_LE, 0) || startsWith(head, TIFF_BE, 0)) {
            return Optional.of(Type.TIFF);
        }
        return Optional.empty();
    }

    private static boolean startsWith(byte[] data, byte[] prefix, int offset) {
        if (data.length < offset + prefix.length) {
            return false;
        }
        for (int i = 0; i < prefix.length; i++) {
            if (data[offset + i] != prefix[i]) {
                return false;
            }
        }
        return true;
    }
}
