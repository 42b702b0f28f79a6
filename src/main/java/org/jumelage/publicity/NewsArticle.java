package org.jumelage.publicity;

import java.time.Instant;
import java.util.List;
import org.jspecify.annotations.Nullable;
import org.jumelage.shared.LocalizedText;

/**
 * A news article: title and Markdown body per language, lead image, author, links to a project
 * and/or event, tags, and its publication.
 *
 * @param slug the article's address on the public site ({@code /en/news/{slug}}), unique
 * @param bodies the Markdown source per language; render it with {@link NewsMarkdown}
 * @param published whether an editor published it (it is public once {@code publishAt} has passed)
 * @param publishAt the publication date; {@code null} while it is a draft that never had one
 */
public record NewsArticle(
        long id,
        String slug,
        LocalizedText titles,
        LocalizedText bodies,
        @Nullable NewsImage image,
        @Nullable Long authorId,
        String authorName,
        @Nullable Long projectId,
        @Nullable Long eventId,
        List<String> tags,
        NewsStatus status,
        boolean published,
        @Nullable Instant publishAt,
        Instant createdAt,
        Instant updatedAt,
        long version) {

    public NewsArticle {
        tags = List.copyOf(tags);
    }
}
