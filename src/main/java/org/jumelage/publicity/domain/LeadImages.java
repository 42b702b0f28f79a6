package org.jumelage.publicity.domain;

import java.awt.Color;
import java.awt.Graphics2D;
import java.awt.image.BufferedImage;
import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.security.SecureRandom;
import java.util.HexFormat;
import java.util.Iterator;
import java.util.Optional;
import javax.imageio.ImageIO;
import javax.imageio.ImageReadParam;
import javax.imageio.ImageReader;
import javax.imageio.stream.ImageInputStream;
import net.coobird.thumbnailator.Thumbnails;
import org.jumelage.publicity.PublicityException;
import org.jumelage.storage.FileStorage;
import org.springframework.stereotype.Component;

/**
 * Checks, resizes and stores lead images. The order matters against hostile files: the declared
 * size, then the bytes actually read (never more than the limit), then the type from the content
 * (JPEG, PNG or WebP; the name and the declared type are ignored), then the pixel count from the
 * header before anything is decoded, and only then decoding (subsampled when the picture is much
 * wider than needed), scaling to at most {@code maxWidth} pixels wide and writing a JPEG.
 */
@Component
class LeadImages {

    /** What was stored. */
    record Stored(String key, String contentType, int width, int height) {}

    /** The image types we accept, as the content says. */
    enum Kind {
        JPEG("jpeg"),
        PNG("png"),
        WEBP("webp");

        final String formatName;

        Kind(String formatName) {
            this.formatName = formatName;
        }
    }

    private static final SecureRandom RANDOM = new SecureRandom();
    private static final float JPEG_QUALITY = 0.85f;

    private final FileStorage files;
    private final NewsImageProperties properties;

    LeadImages(FileStorage files, NewsImageProperties properties) {
        this.files = files;
        this.properties = properties;
        // WebP comes from a TwelveMonkeys plugin found through the class path.
        ImageIO.scanForPlugins();
    }

    /**
     * Checks and stores the image as {@code news/<articleId>/lead-<random>.jpg}.
     *
     * @throws PublicityException when the file is too large, not a JPEG, PNG or WebP image,
     *     has too many pixels or cannot be read
     */
    Stored store(long articleId, InputStream content, long declaredSize) {
        BufferedImage resized = resized(read(content, declaredSize));
        byte[] jpeg = jpeg(resized);
        String key = "news/" + articleId + "/lead-" + HexFormat.of().formatHex(randomBytes()) + ".jpg";
        try {
            files.put(key, new ByteArrayInputStream(jpeg), "image/jpeg");
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return new Stored(key, "image/jpeg", resized.getWidth(), resized.getHeight());
    }

    /** The decoded image, after every check. */
    BufferedImage read(InputStream content, long declaredSize) {
        long max = properties.maxSize().toBytes();
        if (declaredSize > max) {
            throw PublicityException.newsImageTooLarge(properties.maxMegabytes());
        }
        byte[] bytes = bounded(content, max);
        if (bytes.length == 0) {
            throw PublicityException.newsImageRequired();
        }
        Kind kind = sniff(bytes).orElseThrow(PublicityException::newsImageNotAnImage);
        Iterator<ImageReader> readers = ImageIO.getImageReadersByFormatName(kind.formatName);
        if (!readers.hasNext()) {
            throw PublicityException.newsImageNotAnImage();
        }
        ImageReader reader = readers.next();
        try (ImageInputStream input = ImageIO.createImageInputStream(new ByteArrayInputStream(bytes))) {
            reader.setInput(input, true, true);
            int width = reader.getWidth(0);
            int height = reader.getHeight(0);
            if (width <= 0 || height <= 0) {
                throw PublicityException.newsImageUnreadable();
            }
            if ((long) width * height > properties.maxPixels()) {
                throw PublicityException.newsImageTooManyPixels(width, height, properties.maxMegapixels());
            }
            ImageReadParam param = reader.getDefaultReadParam();
            int step = Math.max(1, width / properties.maxWidth());
            if (step > 1) {
                // decode every step-th pixel only: far less memory, and the scaling below finishes the job
                param.setSourceSubsampling(step, step, 0, 0);
            }
            BufferedImage image = reader.read(0, param);
            if (image == null) {
                throw PublicityException.newsImageUnreadable();
            }
            return image;
        } catch (IOException | RuntimeException e) {
            if (e instanceof PublicityException refusal) {
                throw refusal;
            }
            throw PublicityException.newsImageUnreadable();
        } finally {
            reader.dispose();
        }
    }

    /** The type the content's first bytes announce. */
    static Optional<Kind> sniff(byte[] bytes) {
        if (bytes.length >= 3 && (bytes[0] & 0xFF) == 0xFF && (bytes[1] & 0xFF) == 0xD8 && (bytes[2] & 0xFF) == 0xFF) {
            return Optional.of(Kind.JPEG);
        }
        byte[] png = {(byte) 0x89, 'P', 'N', 'G', '\r', '\n', 0x1A, '\n'};
        if (startsWith(bytes, png, 0)) {
            return Optional.of(Kind.PNG);
        }
        if (startsWith(bytes, "RIFF".getBytes(java.nio.charset.StandardCharsets.US_ASCII), 0)
                && startsWith(bytes, "WEBP".getBytes(java.nio.charset.StandardCharsets.US_ASCII), 8)) {
            return Optional.of(Kind.WEBP);
        }
        return Optional.empty();
    }

    private static boolean startsWith(byte[] bytes, byte[] prefix, int at) {
        if (bytes.length < at + prefix.length) {
            return false;
        }
        for (int i = 0; i < prefix.length; i++) {
            if (bytes[at + i] != prefix[i]) {
                return false;
            }
        }
        return true;
    }

    /** At most {@code max} bytes of the stream; more is refused without reading on. */
    private byte[] bounded(InputStream content, long max) {
        try {
            byte[] bytes = content.readNBytes((int) Math.min(Integer.MAX_VALUE - 8, max + 1));
            if (bytes.length > max) {
                throw PublicityException.newsImageTooLarge(properties.maxMegabytes());
            }
            return bytes;
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** At most {@code maxWidth} wide, the aspect kept, on white (JPEG has no transparency). */
    private BufferedImage resized(BufferedImage image) {
        int width = Math.min(image.getWidth(), properties.maxWidth());
        try {
            BufferedImage scaled =
                    image.getWidth() > width ? Thumbnails.of(image).width(width).asBufferedImage() : image;
            BufferedImage rgb = new BufferedImage(scaled.getWidth(), scaled.getHeight(), BufferedImage.TYPE_INT_RGB);
            Graphics2D graphics = rgb.createGraphics();
            try {
                graphics.setColor(Color.WHITE);
                graphics.fillRect(0, 0, rgb.getWidth(), rgb.getHeight());
                graphics.drawImage(scaled, 0, 0, null);
            } finally {
                graphics.dispose();
            }
            return rgb;
        } catch (IOException e) {
            throw PublicityException.newsImageUnreadable();
        }
    }

    private static byte[] jpeg(BufferedImage image) {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        try {
            Thumbnails.of(image)
                    .scale(1.0)
                    .outputFormat("jpg")
                    .outputQuality(JPEG_QUALITY)
                    .toOutputStream(out);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return out.toByteArray();
    }

    private static byte[] randomBytes() {
        byte[] bytes = new byte[8];
        RANDOM.nextBytes(bytes);
        return bytes;
    }
}
