package org.jumelage.publicity.persistence;

import java.time.Instant;
import java.util.List;
import org.jspecify.annotations.Nullable;

/** Builds a {@link NewsRow} by the names of its columns, never by position (ADR 0007). */
public final class NewsRowBuilder {

    private long id;
    private @Nullable String slug;
    private @Nullable String titleLv;
    private @Nullable String titleEn;
    private @Nullable String bodyLv;
    private @Nullable String bodyEn;
    private @Nullable String imageKey;
    private @Nullable String imageContentType;
    private @Nullable Integer imageWidth;
    private @Nullable Integer imageHeight;
    private @Nullable String imageAltLv;
    private @Nullable String imageAltEn;
    private @Nullable String titleOthers;
    private @Nullable String bodyOthers;
    private @Nullable String imageAltOthers;
    private @Nullable Long authorId;
    private @Nullable String authorName;
    private @Nullable Long projectId;
    private @Nullable Long eventId;
    private boolean published;
    private @Nullable Instant publishAt;
    private @Nullable Instant createdAt;
    private @Nullable Instant updatedAt;
    private long version;
    private List<String> tags = List.of();

    NewsRowBuilder() {}

    public NewsRowBuilder id(long id) {
        this.id = id;
        return this;
    }

    public NewsRowBuilder slug(String slug) {
        this.slug = slug;
        return this;
    }

    public NewsRowBuilder titleLv(@Nullable String titleLv) {
        this.titleLv = titleLv;
        return this;
    }

    public NewsRowBuilder titleEn(@Nullable String titleEn) {
        this.titleEn = titleEn;
        return this;
    }

    public NewsRowBuilder bodyLv(@Nullable String bodyLv) {
        this.bodyLv = bodyLv;
        return this;
    }

    public NewsRowBuilder bodyEn(@Nullable String bodyEn) {
        this.bodyEn = bodyEn;
        return this;
    }

    public NewsRowBuilder imageKey(@Nullable String imageKey) {
        this.imageKey = imageKey;
        return this;
    }

    public NewsRowBuilder imageContentType(@Nullable String imageContentType) {
        this.imageContentType = imageContentType;
        return this;
    }

    public NewsRowBuilder imageWidth(@Nullable Integer imageWidth) {
        this.imageWidth = imageWidth;
        return this;
    }

    public NewsRowBuilder imageHeight(@Nullable Integer imageHeight) {
        this.imageHeight = imageHeight;
        return this;
    }

    public NewsRowBuilder imageAltLv(@Nullable String imageAltLv) {
        this.imageAltLv = imageAltLv;
        return this;
    }

    public NewsRowBuilder imageAltEn(@Nullable String imageAltEn) {
        this.imageAltEn = imageAltEn;
        return this;
    }

    public NewsRowBuilder authorId(@Nullable Long authorId) {
        this.authorId = authorId;
        return this;
    }

    public NewsRowBuilder authorName(String authorName) {
        this.authorName = authorName;
        return this;
    }

    public NewsRowBuilder projectId(@Nullable Long projectId) {
        this.projectId = projectId;
        return this;
    }

    public NewsRowBuilder eventId(@Nullable Long eventId) {
        this.eventId = eventId;
        return this;
    }

    public NewsRowBuilder published(boolean published) {
        this.published = published;
        return this;
    }

    public NewsRowBuilder publishAt(@Nullable Instant publishAt) {
        this.publishAt = publishAt;
        return this;
    }

    public NewsRowBuilder createdAt(Instant createdAt) {
        this.createdAt = createdAt;
        return this;
    }

    public NewsRowBuilder updatedAt(Instant updatedAt) {
        this.updatedAt = updatedAt;
        return this;
    }

    public NewsRowBuilder version(long version) {
        this.version = version;
        return this;
    }

    public NewsRowBuilder titleOthers(@Nullable String titleOthers) {
        this.titleOthers = titleOthers;
        return this;
    }

    public NewsRowBuilder bodyOthers(@Nullable String bodyOthers) {
        this.bodyOthers = bodyOthers;
        return this;
    }

    public NewsRowBuilder imageAltOthers(@Nullable String imageAltOthers) {
        this.imageAltOthers = imageAltOthers;
        return this;
    }

    public NewsRowBuilder tags(List<String> tags) {
        this.tags = tags;
        return this;
    }

    public NewsRow build() {
        return new NewsRow(
                id,
                java.util.Objects.requireNonNull(slug, "slug"),
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
                titleOthers,
                bodyOthers,
                imageAltOthers,
                authorId,
                java.util.Objects.requireNonNull(authorName, "authorName"),
                projectId,
                eventId,
                published,
                publishAt,
                java.util.Objects.requireNonNull(createdAt, "createdAt"),
                java.util.Objects.requireNonNull(updatedAt, "updatedAt"),
                version,
                tags);
    }

    /** A builder holding every column of the row. */
    static NewsRowBuilder from(NewsRow row) {
        NewsRowBuilder builder = new NewsRowBuilder();
        builder.id = row.id();
        builder.slug = row.slug();
        builder.titleLv = row.titleLv();
        builder.titleEn = row.titleEn();
        builder.bodyLv = row.bodyLv();
        builder.bodyEn = row.bodyEn();
        builder.imageKey = row.imageKey();
        builder.imageContentType = row.imageContentType();
        builder.imageWidth = row.imageWidth();
        builder.imageHeight = row.imageHeight();
        builder.imageAltLv = row.imageAltLv();
        builder.imageAltEn = row.imageAltEn();
        builder.titleOthers = row.titleOthers();
        builder.bodyOthers = row.bodyOthers();
        builder.imageAltOthers = row.imageAltOthers();
        builder.authorId = row.authorId();
        builder.authorName = row.authorName();
        builder.projectId = row.projectId();
        builder.eventId = row.eventId();
        builder.published = row.published();
        builder.publishAt = row.publishAt();
        builder.createdAt = row.createdAt();
        builder.updatedAt = row.updatedAt();
        builder.version = row.version();
        builder.tags = row.tags();
        return builder;
    }
}
