package org.jumelage.publicity;

import java.io.InputStream;
import java.util.Optional;
import org.jspecify.annotations.Nullable;
import org.jumelage.account.SignedInUser;
import org.jumelage.shared.LocalizedText;
import org.springframework.data.domain.Page;
import org.springframework.data.domain.Pageable;

/**
 * News articles. Coordinators and administrators write articles; an article about a project may
 * only be written and changed by the project's editors. Publishing is explicit and audited; an
 * article published with a future date is scheduled and becomes public at that date. The public
 * methods return only articles that are public now.
 */
public interface NewsManagement {

    NewsArticle create(SignedInUser author, NewsArticleDraft draft);

    NewsArticle update(SignedInUser editor, long articleId, NewsArticleDraft draft, long expectedVersion);

    Optional<NewsArticle> find(SignedInUser viewer, long articleId);

    /**
     * Whether the user may change, publish and delete the article: administrators always; for an
     * article about a project its editors; for any other its author, while a coordinator.
     */
    boolean canEdit(SignedInUser user, long articleId);

    /** Whether the user may write articles at all (coordinators and administrators). */
    boolean canWrite(SignedInUser user);

    /** Articles the viewer may edit, newest first, optionally of one status and/or one project. */
    Page<NewsArticle> list(
            SignedInUser viewer, @Nullable NewsStatus status, @Nullable Long projectId, Pageable pageable);

    /** Publishes (from its publication date, now when it has none) or withdraws an article; audited. */
    NewsArticle publish(SignedInUser editor, long articleId, boolean published);

    /**
     * Checks, resizes and stores the lead image (through the file storage) with its alternative text,
     * replacing an earlier one.
     *
     * @param declaredSize the upload's size as the client declared it, checked before reading
     */
    NewsArticle attachImage(
            SignedInUser editor, long articleId, InputStream content, long declaredSize, LocalizedText alt);

    NewsArticle removeImage(SignedInUser editor, long articleId);

    void delete(SignedInUser editor, long articleId);

    // --- what the public sees --------------------------------------------------------------------

    /** Public articles, newest publication first, optionally about one project, one event, or with a tag. */
    Page<NewsArticle> published(
            @Nullable Long projectId, @Nullable Long eventId, @Nullable String tag, Pageable pageable);

    Optional<NewsArticle> publishedBySlug(String slug);

    Optional<NewsArticle> publishedById(long articleId);

    /**
     * Which of these articles are public now (by the one rule: published, date come, project and
     * event public), in one read; for choosing the public or the signed-in address of an image.
     */
    java.util.Set<Long> publicAmong(java.util.Collection<Long> articleIds);

    /** The stored lead image of a public article, to stream to the reader. */
    Optional<InputStream> publishedImage(long articleId);
}
