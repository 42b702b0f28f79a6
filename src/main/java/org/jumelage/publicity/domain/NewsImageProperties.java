package org.jumelage.publicity.domain;

import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;
import org.springframework.util.unit.DataSize;

/**
 * Lead images of news articles.
 *
 * @param maxSize JUMELAGE_NEWS_IMAGE_MAX_SIZE: the largest upload accepted (default 10MB); it must
 *     stay below the multipart limit (JUMELAGE_UPLOAD_MAX_SIZE) for the clear message to show
 * @param maxPixels JUMELAGE_NEWS_IMAGE_MAX_PIXELS: the most pixels (width × height, read from the
 *     header before decoding) an image may have (default 40 million): a small file claiming a huge
 *     picture is a decompression bomb
 * @param maxWidth the width the stored image is reduced to, in pixels (default 1600)
 */
@ConfigurationProperties("jumelage.news.image")
record NewsImageProperties(
        @DefaultValue("10MB") DataSize maxSize,
        @DefaultValue("40000000") long maxPixels,
        @DefaultValue("1600") int maxWidth) {

    NewsImageProperties {
        if (maxSize.toBytes() <= 0 || maxPixels <= 0 || maxWidth <= 0) {
            throw new IllegalArgumentException("jumelage.news.image.* limits must be positive");
        }
    }

    long maxMegabytes() {
        return Math.max(1, maxSize.toBytes() / (1024 * 1024));
    }

    long maxMegapixels() {
        return Math.max(1, maxPixels / 1_000_000);
    }
}
