package org.jumelage.publicity.domain;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.awt.image.BufferedImage;
import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.util.Base64;
import java.util.HashMap;
import java.util.Map;
import java.util.Optional;
import javax.imageio.ImageIO;
import org.jumelage.publicity.NewsTestImages;
import org.jumelage.publicity.PublicityException;
import org.jumelage.storage.FileStorage;
import org.jumelage.storage.StoredFile;
import org.junit.jupiter.api.Test;
import org.springframework.util.unit.DataSize;

/** Lead image checks with generated files: real images, impostors, bombs and over-size uploads. */
class NewsImageTests {

    /** A 1×1 lossless WebP image. */
    static final String WEBP_1X1 = "UklGRhoAAABXRUJQVlA4TA0AAAAvAAAAEAcQERGIiP4HAA==";

    final MemoryStorage storage = new MemoryStorage();
    final LeadImages images =
            new LeadImages(storage, new NewsImageProperties(DataSize.ofMegabytes(10), 40_000_000, 1600));

    @Test
    void aPngIsResizedToTheMaximumWidthAndStoredAsJpeg() throws IOException {
        byte[] png = image("png", 3200, 1000);

        LeadImages.Stored stored = images.store(7, new ByteArrayInputStream(png), png.length);

        assertThat(stored.key()).matches("news/7/lead-[0-9a-f]{16}\\.jpg");
        assertThat(stored.contentType()).isEqualTo("image/jpeg");
        assertThat(stored.width()).isEqualTo(1600);
        assertThat(stored.height()).isEqualTo(500);
        BufferedImage read = ImageIO.read(new ByteArrayInputStream(storage.files.get(stored.key())));
        assertThat(read.getWidth()).isEqualTo(1600);
        assertThat(read.getHeight()).isEqualTo(500);
        assertThat(storage.types.get(stored.key())).isEqualTo("image/jpeg");
    }

    @Test
    void aSmallJpegKeepsItsSize() throws IOException {
        byte[] jpeg = image("jpeg", 800, 600);
        LeadImages.Stored stored = images.store(8, new ByteArrayInputStream(jpeg), jpeg.length);
        assertThat(stored.width()).isEqualTo(800);
        assertThat(stored.height()).isEqualTo(600);
    }

    @Test
    void aWebPIsRead() {
        byte[] webp = Base64.getDecoder().decode(WEBP_1X1);
        assertThat(LeadImages.sniff(webp)).contains(LeadImages.Kind.WEBP);
        LeadImages.Stored stored = images.store(9, new ByteArrayInputStream(webp), webp.length);
        assertThat(stored.width()).isEqualTo(1);
    }

    @Test
    void aTextFileNamedPngIsNotAnImage() {
        byte[] text = "This is not a picture, just text in a file called photo.png".getBytes(StandardCharsets.UTF_8);
        assertThatThrownBy(() -> images.store(1, new ByteArrayInputStream(text), text.length))
                .isInstanceOfSatisfying(
                        PublicityException.class,
                        e -> assertThat(e.code()).isEqualTo("publicity.news.image-not-an-image"));
        assertThat(storage.files).isEmpty();
    }

    @Test
    void aGifIsNotAccepted() throws IOException {
        byte[] gif = image("gif", 10, 10);
        assertThatThrownBy(() -> images.store(1, new ByteArrayInputStream(gif), gif.length))
                .isInstanceOfSatisfying(
                        PublicityException.class,
                        e -> assertThat(e.code()).isEqualTo("publicity.news.image-not-an-image"));
    }

    @Test
    void aPngHeaderClaimingTenThousandPixelsSquareIsRefusedBeforeDecoding() throws IOException {
        byte[] bomb = pngHeaderBomb(10_001, 10_001);
        assertThat(bomb.length).isLessThan(200);
        assertThatThrownBy(() -> images.store(1, new ByteArrayInputStream(bomb), bomb.length))
                .isInstanceOfSatisfying(PublicityException.class, e -> {
                    assertThat(e.code()).isEqualTo("publicity.news.image-too-many-pixels");
                    assertThat(e.arguments()).containsExactly("10001", "10001", 40L);
                });
        assertThat(storage.files).isEmpty();
    }

    @Test
    void aDamagedImageIsRefusedClearly() throws IOException {
        byte[] png = image("png", 100, 100);
        byte[] truncated = java.util.Arrays.copyOf(png, 60);
        assertThatThrownBy(() -> images.store(1, new ByteArrayInputStream(truncated), truncated.length))
                .isInstanceOfSatisfying(
                        PublicityException.class,
                        e -> assertThat(e.code()).isEqualTo("publicity.news.image-unreadable"));
    }

    @Test
    void anOverSizeUploadIsRefusedByItsDeclaredSizeAndByItsBytes() {
        LeadImages small = new LeadImages(storage, new NewsImageProperties(DataSize.ofKilobytes(1), 40_000_000, 1600));
        assertThatThrownBy(() -> small.store(1, new ByteArrayInputStream(new byte[10]), 2048))
                .isInstanceOfSatisfying(PublicityException.class, e -> {
                    assertThat(e.code()).isEqualTo("publicity.news.image-too-large");
                    assertThat(e.arguments()).containsExactly(1L);
                });
        // a client that declares less than it sends is stopped at the limit too
        CountingStream endless = new CountingStream();
        assertThatThrownBy(() -> small.store(1, endless, 10))
                .isInstanceOfSatisfying(
                        PublicityException.class,
                        e -> assertThat(e.code()).isEqualTo("publicity.news.image-too-large"));
        assertThat(endless.read).isLessThanOrEqualTo(1025);
        assertThat(storage.files).isEmpty();
    }

    @Test
    void anEmptyFileIsMissing() {
        assertThatThrownBy(() -> images.store(1, new ByteArrayInputStream(new byte[0]), 0))
                .isInstanceOfSatisfying(
                        PublicityException.class, e -> assertThat(e.code()).isEqualTo("publicity.news.image-required"));
    }

    static byte[] image(String format, int width, int height) {
        return NewsTestImages.image(format, width, height);
    }

    static byte[] pngHeaderBomb(int width, int height) {
        return NewsTestImages.pngHeaderBomb(width, height);
    }

    /** An endless stream of zeros that counts what was read. */
    static final class CountingStream extends InputStream {
        long read;

        @Override
        public int read() {
            read++;
            return 0;
        }

        @Override
        public int read(byte[] buffer, int offset, int length) {
            java.util.Arrays.fill(buffer, offset, offset + length, (byte) 0);
            read += length;
            return length;
        }
    }

    static final class MemoryStorage implements FileStorage {
        final Map<String, byte[]> files = new HashMap<>();
        final Map<String, String> types = new HashMap<>();

        @Override
        public StoredFile put(String key, InputStream content, String contentType) throws IOException {
            byte[] bytes = content.readAllBytes();
            files.put(key, bytes);
            types.put(key, contentType);
            return new StoredFile(key, contentType, bytes.length);
        }

        @Override
        public Optional<StoredFile> find(String key) {
            return Optional.ofNullable(files.get(key)).map(bytes -> new StoredFile(key, types.get(key), bytes.length));
        }

        @Override
        public Optional<InputStream> open(String key) {
            return Optional.ofNullable(files.get(key)).map(ByteArrayInputStream::new);
        }

        @Override
        public boolean delete(String key) {
            types.remove(key);
            return files.remove(key) != null;
        }
    }
}
