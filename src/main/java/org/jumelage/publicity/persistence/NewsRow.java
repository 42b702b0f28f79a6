package org.jumelage.publicity.persistence;

import java.time.Instant;
import java.util.List;
import org.jspecify.annotations.Nullable;

/**
 * A row of {@code news_article} with its tags, as stored.
 *
 * @param imageKey the lead image's key in the file storage, or {@code null} without one
 * @param titleOthers the title in the languages beyond Latvian and English, as stored JSON
 *     ({@code shared.LocalizedText#stored}); {@code bodyOthers} and {@code imageAltOthers} alike
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
        @Nullable String titleOthers,
        @Nullable String bodyOthers,
        @Nullable String imageAltOthers,
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
        return toBuilder().tags(tags).build();
    }

    /** A builder for a new row, by the names of its columns, never by position (ADR 0007). */
    public static NewsRowBuilder builder() {
        return new NewsRowBuilder();
    }

    /** A builder that starts from this row, to change some columns and keep the others. */
    public NewsRowBuilder toBuilder() {
        return NewsRowBuilder.from(this);
    }
}
