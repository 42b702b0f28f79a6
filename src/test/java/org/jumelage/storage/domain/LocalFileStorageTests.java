package org.jumelage.storage.domain;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.stream.Stream;
import org.jumelage.storage.StoredFile;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

class LocalFileStorageTests {

    @TempDir
    Path root;

    @Test
    void keepsOpensAndDeletesAFileWithItsType() throws IOException {
        LocalFileStorage storage = new LocalFileStorage(root);

        StoredFile stored = storage.put("event/1/evidence/abc", bytes("%PDF-1.7 scan"), "application/pdf");

        assertThat(stored).isEqualTo(new StoredFile("event/1/evidence/abc", "application/pdf", 13));
        assertThat(storage.find("event/1/evidence/abc")).contains(stored);
        try (InputStream in = storage.open("event/1/evidence/abc").orElseThrow()) {
            assertThat(new String(in.readAllBytes(), StandardCharsets.US_ASCII)).isEqualTo("%PDF-1.7 scan");
        }
        assertThat(Files.isRegularFile(root.resolve("event/1/evidence/abc"))).isTrue();
        assertThat(storage.delete("event/1/evidence/abc")).isTrue();
        assertThat(storage.find("event/1/evidence/abc")).isEmpty();
        assertThat(storage.open("event/1/evidence/abc")).isEmpty();
        assertThat(storage.delete("event/1/evidence/abc")).isFalse();
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
                "event/file.type"
            })
    void refusesKeysThatCouldLeaveTheFolder(String key) {
        LocalFileStorage storage = new LocalFileStorage(root);

        assertThatThrownBy(() -> storage.put(key, bytes("x"), "text/plain"))
                .isInstanceOf(IllegalArgumentException.class);
        assertThatThrownBy(() -> storage.open(key)).isInstanceOf(IllegalArgumentException.class);
        assertThatThrownBy(() -> storage.delete(key)).isInstanceOf(IllegalArgumentException.class);
        assertThat(root.getParent().resolve("outside")).doesNotExist();
    }

    @Test
    void aFailedWriteLeavesNothingBehind() throws IOException {
        LocalFileStorage storage = new LocalFileStorage(root);
        InputStream failing = new InputStream() {
            private int sent;

            @Override
            public int read() throws IOException {
                if (sent++ > 100) {
                    throw new IOException("limit");
                }
                return 'a';
            }
        };

        assertThatThrownBy(() -> storage.put("event/2/evidence/x", failing, "application/pdf"))
                .isInstanceOf(IOException.class);

        assertThat(storage.find("event/2/evidence/x")).isEmpty();
        try (Stream<Path> files = Files.walk(root)) {
            assertThat(files.filter(Files::isRegularFile)).isEmpty();
        }
    }

    private static InputStream bytes(String text) {
        return new ByteArrayInputStream(text.getBytes(StandardCharsets.US_ASCII));
    }
}
