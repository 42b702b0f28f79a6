package org.jumelage.publicity.persistence;

import java.time.Instant;
import java.util.List;
import org.jspecify.annotations.Nullable;

/**
 * A row of {@code news_article} with its tags, as stored.
 *
 * @param imageKey the lead image's key in the file storage, or {@code null} without one
 */
public record NewsRow(
        long id,
        String slug,
        @Nullable String titleLv,
        @Nullable String titleEn,
        @Nullable String bodyLv,
        @Nullable String bodyEn,
        @Nullable String imageKey,
        @Nullable String imageContentType,
        @Nullable Integer imageWidth,
        @Nullable Integer imageHeight,
        @Nullable String imageAltLv,
        @Nullable String imageAltEn,
        @Nullable Long authorId,
        String authorName,
        @Nullable Long projectId,
        @Nullable Long eventId,
        boolean published,
        @Nullable Instant publishAt,
        Instant createdAt,
        Instant updatedAt,
        long version,
        List<String> tags) {

    public NewsRow {
        tags = List.copyOf(tags);
    }

    NewsRow withTags(List<String> tags) {
        return new NewsRow(
                id,
                slug,
                titleLv,
                titleEn,
                bodyLv,
                bodyEn,
                imageKey,
                imageContentType,
                imageWidth,
                imageHeight,
                imageAltLv,
                imageAltEn,
                authorId,
                authorName,
                projectId,
                eventId,
                published,
                publishAt,
                createdAt,
                updatedAt,
                version,
                tags);
    }
}
