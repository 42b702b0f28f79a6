package org.jumelage.storage.domain;

import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.AtomicMoveNotSupportedException;
import java.nio.file.Files;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.util.Optional;
import java.util.UUID;
import org.jumelage.storage.FileStorage;
import org.jumelage.storage.StoredFile;

/**
 * Keeps files in a local folder: the content under the key's path and the content type beside it
 * in a {@code .type} file. A file is written to a temporary name first and moved into place, so a
 * failed or interrupted write never leaves a partial file under the key.
 */
class LocalFileStorage implements FileStorage {

    private static final String TYPE_SUFFIX = StorageKeys.TYPE_SUFFIX;

    private final Path root;

    LocalFileStorage(Path root) {
        this.root = root.toAbsolutePath().normalize();
    }

    @Override
    public StoredFile put(String key, InputStream content, String contentType) throws IOException {
        Path target = resolve(key);
        Files.createDirectories(target.getParent());
        Path temporary = target.resolveSibling(".upload-" + UUID.randomUUID());
        try {
            long size;
            try (OutputStream out = Files.newOutputStream(temporary)) {
                size = content.transferTo(out);
            }
            Files.writeString(typeFile(target), contentType, StandardCharsets.UTF_8);
            move(temporary, target);
            return new StoredFile(key, contentType, size);
        } finally {
            Files.deleteIfExists(temporary);
        }
    }

    @Override
    public Optional<StoredFile> find(String key) {
        Path file = resolve(key);
        if (!Files.isRegularFile(file)) {
            return Optional.empty();
        }
        try {
            return Optional.of(new StoredFile(key, contentType(file), Files.size(file)));
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    @Override
    public Optional<InputStream> open(String key) throws IOException {
        Path file = resolve(key);
        try {
            return Optional.of(Files.newInputStream(file));
        } catch (NoSuchFileException e) {
            return Optional.empty();
        }
    }

    @Override
    public boolean delete(String key) throws IOException {
        Path file = resolve(key);
        Files.deleteIfExists(typeFile(file));
        return Files.deleteIfExists(file);
    }

    /** The key's path inside the root; refuses keys that are malformed or would leave the root. */
    Path resolve(String key) {
        Path path = root.resolve(StorageKeys.check(key)).normalize();
        if (!path.startsWith(root) || path.equals(root)) {
            throw new IllegalArgumentException("Not a storage key: " + key);
        }
        return path;
    }

    private static Path typeFile(Path file) {
        return file.resolveSibling(file.getFileName() + TYPE_SUFFIX);
    }

    private static String contentType(Path file) throws IOException {
        Path type = typeFile(file);
        return Files.isRegularFile(type)
                ? Files.readString(type, StandardCharsets.UTF_8).strip()
                : "application/octet-stream";
    }

    private static void move(Path from, Path to) throws IOException {
        try {
            Files.move(from, to, StandardCopyOption.ATOMIC_MOVE, StandardCopyOption.REPLACE_EXISTING);
        } catch (AtomicMoveNotSupportedException e) {
            Files.move(from, to, StandardCopyOption.REPLACE_EXISTING);
        }
    }
}
