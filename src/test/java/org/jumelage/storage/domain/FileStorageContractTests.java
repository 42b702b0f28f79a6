package org.jumelage.storage.domain;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.nio.charset.StandardCharsets;
import java.security.DigestInputStream;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import org.jumelage.storage.FileStorage;
import org.jumelage.storage.StoredFile;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/**
 * What every {@link FileStorage} promises (its Javadoc), checked against each implementation by a
 * subclass that supplies a fresh, empty storage per test.
 */
abstract class FileStorageContractTests {

    /** More than one part of the S3 storage's multipart upload, as the subclasses set it up. */
    static final int LARGE = 11 * 1024 * 1024 + 123;

    /** An empty storage for one test. */
    abstract FileStorage storage() throws IOException;

    /** Checks that nothing of a failed write is left anywhere in the storage (no partial file, no unfinished upload). */
    abstract void assertNothingLeftBehind() throws IOException;

    @Test
    void keepsOpensAndDeletesAFileWithItsType() throws IOException {
        FileStorage storage = storage();

        StoredFile stored = storage.put("event/1/evidence/abc", bytes("%PDF-1.7 scan"), "application/pdf");

        assertThat(stored).isEqualTo(new StoredFile("event/1/evidence/abc", "application/pdf", 13));
        assertThat(storage.find("event/1/evidence/abc")).contains(stored);
        assertThat(read(storage, "event/1/evidence/abc")).isEqualTo("%PDF-1.7 scan");
        assertThat(storage.delete("event/1/evidence/abc")).isTrue();
        assertThat(storage.find("event/1/evidence/abc")).isEmpty();
        assertThat(storage.open("event/1/evidence/abc")).isEmpty();
        assertThat(storage.delete("event/1/evidence/abc")).isFalse();
    }

    @Test
    void answersNothingForAKeyNeverStored() throws IOException {
        FileStorage storage = storage();

        assertThat(storage.find("news/7/lead-never.jpg")).isEmpty();
        assertThat(storage.open("news/7/lead-never.jpg")).isEmpty();
        assertThat(storage.delete("news/7/lead-never.jpg")).isFalse();
    }

    @Test
    void anEmptyFileIsAFile() throws IOException {
        FileStorage storage = storage();

        assertThat(storage.put("event/1/evidence/empty", InputStream.nullInputStream(), "text/plain"))
                .isEqualTo(new StoredFile("event/1/evidence/empty", "text/plain", 0));

        assertThat(storage.find("event/1/evidence/empty"))
                .hasValueSatisfying(f -> assertThat(f.size()).isZero());
        assertThat(read(storage, "event/1/evidence/empty")).isEmpty();
    }

    @Test
    void putReplacesTheFileAndItsType() throws IOException {
        FileStorage storage = storage();
        storage.put("twinning/3/charter.pdf", bytes("first version, longer"), "application/pdf");

        storage.put("twinning/3/charter.pdf", bytes("second"), "image/png");

        assertThat(storage.find("twinning/3/charter.pdf"))
                .contains(new StoredFile("twinning/3/charter.pdf", "image/png", 6));
        assertThat(read(storage, "twinning/3/charter.pdf")).isEqualTo("second");
    }

    @Test
    void aLargeStreamOfUnknownLengthIsStoredWhole() throws Exception {
        FileStorage storage = storage();
        MessageDigest sent = sha256();

        StoredFile stored =
                storage.put("event/4/evidence/large", new DigestInputStream(new Generated(LARGE), sent), "image/tiff");

        assertThat(stored.size()).isEqualTo(LARGE);
        assertThat(storage.find("event/4/evidence/large")).contains(stored);
        MessageDigest received = sha256();
        try (InputStream in = storage.open("event/4/evidence/large").orElseThrow()) {
            assertThat(new DigestInputStream(in, received).transferTo(OutputStream.nullOutputStream()))
                    .isEqualTo(LARGE);
        }
        assertThat(received.digest()).isEqualTo(sent.digest());
    }

    @ParameterizedTest
    @ValueSource(ints = {100, LARGE - 1000})
    void aStreamFailingWhileReadLeavesNothingStored(int failAfter) throws IOException {
        FileStorage storage = storage();

        assertThatThrownBy(() -> storage.put("event/2/evidence/x", new Failing(failAfter), "application/pdf"))
                .isInstanceOf(Failing.Limit.class);

        assertThat(storage.find("event/2/evidence/x")).isEmpty();
        assertThat(storage.open("event/2/evidence/x")).isEmpty();
        assertNothingLeftBehind();
    }

    @Test
    void aFailedReplacementKeepsTheFileThatWasThere() throws IOException {
        FileStorage storage = storage();
        storage.put("event/2/evidence/kept", bytes("the signed list"), "application/pdf");

        assertThatThrownBy(() -> storage.put("event/2/evidence/kept", new Failing(LARGE - 1000), "image/png"))
                .isInstanceOf(Failing.Limit.class);

        assertThat(storage.find("event/2/evidence/kept"))
                .contains(new StoredFile("event/2/evidence/kept", "application/pdf", 15));
        assertThat(read(storage, "event/2/evidence/kept")).isEqualTo("the signed list");
    }

    @ParameterizedTest
    @ValueSource(
            strings = {
                "../outside",
                "event/../../outside",
                "/etc/passwd",
                "event//x",
                "Event/Upper",
                "event/x/",
                "event\\x",
                "",
                ".hidden",
                "event/.hidden",
                "event/file.type",
                "event/x?y",
                "event/ä"
            })
    void refusesMalformedKeys(String key) throws IOException {
        FileStorage storage = storage();

        assertThatThrownBy(() -> storage.put(key, bytes("x"), "text/plain"))
                .isInstanceOf(IllegalArgumentException.class);
        assertThatThrownBy(() -> storage.find(key)).isInstanceOf(IllegalArgumentException.class);
        assertThatThrownBy(() -> storage.open(key)).isInstanceOf(IllegalArgumentException.class);
        assertThatThrownBy(() -> storage.delete(key)).isInstanceOf(IllegalArgumentException.class);
    }

    @Test
    void refusesAKeyLongerThan300Characters() throws IOException {
        FileStorage storage = storage();
        // segments a file system takes (at most 255 bytes a name)
        String longest = "a".repeat(100) + "/" + "b".repeat(99) + "/" + "c".repeat(99);
        assertThat(longest).hasSize(300);

        storage.put(longest, bytes("x"), "text/plain");

        assertThat(storage.find(longest)).isPresent();
        assertThatThrownBy(() -> storage.put(longest + "b", bytes("x"), "text/plain"))
                .isInstanceOf(IllegalArgumentException.class);
    }

    static InputStream bytes(String text) {
        return new ByteArrayInputStream(text.getBytes(StandardCharsets.US_ASCII));
    }

    static String read(FileStorage storage, String key) throws IOException {
        try (InputStream in = storage.open(key).orElseThrow()) {
            return new String(in.readAllBytes(), StandardCharsets.US_ASCII);
        }
    }

    static MessageDigest sha256() throws NoSuchAlgorithmException {
        return MessageDigest.getInstance("SHA-256");
    }

    /** A stream of {@code length} varying bytes that does not say its length ({@code available()} is 0). */
    static final class Generated extends InputStream {
        private final long length;
        private long sent;

        Generated(long length) {
            this.length = length;
        }

        @Override
        public int read() {
            return sent < length ? (int) (sent++ * 31 % 251) : -1;
        }

        @Override
        public int read(byte[] buffer, int offset, int count) {
            if (count == 0) {
                return 0;
            }
            if (sent >= length) {
                return -1;
            }
            int n = (int) Math.min(count, length - sent);
            for (int i = 0; i < n; i++) {
                buffer[offset + i] = (byte) (sent++ * 31 % 251);
            }
            return n;
        }
    }

    /** A stream that fails after {@code limit} bytes, as the callers' size limits do. */
    static final class Failing extends InputStream {
        static final class Limit extends IOException {
            Limit() {
                super("limit");
            }
        }

        private final Generated bytes;
        private final int limit;
        private int sent;

        Failing(int limit) {
            this.bytes = new Generated(Long.MAX_VALUE);
            this.limit = limit;
        }

        @Override
        public int read() throws IOException {
            if (sent++ >= limit) {
                throw new Limit();
            }
            return bytes.read();
        }

        @Override
        public int read(byte[] buffer, int offset, int count) throws IOException {
            if (count > 0 && sent >= limit) {
                throw new Limit();
            }
            int n = bytes.read(buffer, offset, Math.min(count, limit - sent));
            sent += n;
            return n;
        }
    }
}
