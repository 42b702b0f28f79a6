package org.jumelage.storage.domain;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.stream.Stream;
import org.jumelage.storage.FileStorage;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/** The local folder storage: the contract, and how it lays out its folder. */
class LocalFileStorageTests extends FileStorageContractTests {

    @TempDir
    Path root;

    @Override
    FileStorage storage() {
        return new LocalFileStorage(root);
    }

    @Override
    void assertNothingLeftBehind() throws IOException {
        try (Stream<Path> files = Files.walk(root)) {
            assertThat(files.filter(Files::isRegularFile)).isEmpty();
        }
    }

    @Test
    void keepsAFileUnderItsKeysPathWithItsTypeBeside() throws IOException {
        storage().put("event/1/evidence/abc", bytes("%PDF-1.7 scan"), "application/pdf");

        assertThat(root.resolve("event/1/evidence/abc")).hasContent("%PDF-1.7 scan");
        assertThat(root.resolve("event/1/evidence/abc.type")).hasContent("application/pdf");
    }

    @ParameterizedTest
    @ValueSource(strings = {"../outside", "event/../../outside", "/etc/passwd", "event\\..\\..\\outside"})
    void aKeyNeverLeavesTheFolder(String key) {
        LocalFileStorage storage = new LocalFileStorage(root);

        assertThatThrownBy(() -> storage.put(key, bytes("x"), "text/plain"))
                .isInstanceOf(IllegalArgumentException.class);
        assertThat(root.getParent().resolve("outside")).doesNotExist();
        assertThat(Path.of("/outside")).doesNotExist();
    }
}
