package org.jumelage.publicity.domain;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.time.Clock;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Objects;
import java.util.Optional;
import java.util.Set;
import org.jspecify.annotations.Nullable;
import org.jumelage.account.AuditTrail;
import org.jumelage.account.Role;
import org.jumelage.account.SignedInUser;
import org.jumelage.event.EventManagement;
import org.jumelage.event.EventSummary;
import org.jumelage.project.ProjectManagement;
import org.jumelage.publicity.NewsArticle;
import org.jumelage.publicity.NewsArticleDraft;
import org.jumelage.publicity.NewsImage;
import org.jumelage.publicity.NewsManagement;
import org.jumelage.publicity.NewsStatus;
import org.jumelage.publicity.PublicityException;
import org.jumelage.publicity.persistence.NewsRow;
import org.jumelage.publicity.persistence.NewsStore;
import org.jumelage.publicity.persistence.NewsStore.Scope;
import org.jumelage.publicity.persistence.NewsStore.StatusFilter;
import org.jumelage.shared.LocalizedText;
import org.jumelage.storage.FileStorage;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.dao.DuplicateKeyException;
import org.springframework.data.domain.Page;
import org.springframework.data.domain.PageImpl;
import org.springframework.data.domain.Pageable;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;
import org.springframework.transaction.support.TransactionSynchronization;
import org.springframework.transaction.support.TransactionSynchronizationManager;

/**
 * News articles. Who may do what: coordinators and administrators write articles; an article about
 * a project (or one of its events) is changed only by the project's editors, one about nothing in
 * particular by its author and administrators; whoever may see the project sees its articles; and
 * everybody sees public ones. Publication changes, deletions and edits are audited.
 */
@Service
class DefaultNewsManagement implements NewsManagement {

    private static final Logger log = LoggerFactory.getLogger(DefaultNewsManagement.class);

    private final NewsStore store;
    private final ProjectManagement projects;
    private final EventManagement events;
    private final AuditTrail auditTrail;
    private final FileStorage files;
    private final LeadImages images;
    private final PublicIdLists lists;
    private final Clock clock;
    private final MarkdownSafety safety = new MarkdownSafety(CommonmarkNewsMarkdown.parser());

    DefaultNewsManagement(
            NewsStore store,
            ProjectManagement projects,
            EventManagement events,
            AuditTrail auditTrail,
            FileStorage files,
            LeadImages images,
            PublicIdLists lists,
            Clock clock) {
        this.store = store;
        this.projects = projects;
        this.events = events;
        this.auditTrail = auditTrail;
        this.files = files;
        this.images = images;
        this.lists = lists;
        this.clock = clock;
    }

    /** The project and event an article is about, after the checks. */
    private record Links(@Nullable Long projectId, @Nullable Long eventId) {}

    @Override
    @Transactional
    public NewsArticle create(SignedInUser author, NewsArticleDraft draft) {
        if (!isWriter(author)) {
            throw PublicityException.newsWriterRequired();
        }
        Instant now = now();
        Links links = links(author, draft);
        checkContent(draft, now);
        String slug;
        if (draft.slug() != null && !draft.slug().isBlank()) {
            slug = Slugs.checked(draft.slug());
            requireFree(slug, null);
        } else {
            slug = uniqueSlug(Slugs.fromTitles(draft.titles()));
        }
        long id;
        try {
            id = store.insert(content(slug, draft, links, draft.publishAt()), author.id(), author.displayName(), now);
        } catch (DuplicateKeyException e) {
            throw PublicityException.newsSlugTaken(slug, store.idBySlug(slug).orElse(0L));
        }
        auditTrail.record("publicity.news.created", target(id, slug), null);
        return article(store.find(id).orElseThrow(), now);
    }

    @Override
    @Transactional
    public NewsArticle update(SignedInUser editor, long articleId, NewsArticleDraft draft, long expectedVersion) {
        Instant now = now();
        NewsRow row = editable(editor, articleId);
        if (row.version() != expectedVersion) {
            throw PublicityException.newsStaleVersion();
        }
        Links links = links(editor, draft);
        Instant publishAt = draft.publishAt();
        if (publishAt == null && row.published()) {
            // a published article keeps its date: the public order of the news does not jump
            publishAt = row.publishAt();
        }
        checkTexts(draft);
        if (!Objects.equals(publishAt, row.publishAt())) {
            NewsRules.checkPublishAt(publishAt, now);
        }
        List<String> tags = NewsRules.tags(draft.tags());
        String slug = row.slug();
        if (draft.slug() != null && !draft.slug().isBlank()) {
            slug = Slugs.checked(draft.slug());
            if (!slug.equals(row.slug())) {
                requireFree(slug, articleId);
            }
        }
        boolean changed;
        try {
            changed = store.update(
                    articleId,
                    new NewsStore.Content(
                            slug,
                            draft.titles().lv(),
                            draft.titles().en(),
                            draft.bodies().lv(),
                            draft.bodies().en(),
                            draft.titles().othersAsJson(),
                            draft.bodies().othersAsJson(),
                            links.projectId(),
                            links.eventId(),
                            tags,
                            publishAt),
                    expectedVersion,
                    now);
        } catch (DuplicateKeyException e) {
            throw PublicityException.newsSlugTaken(slug, store.idBySlug(slug).orElse(0L));
        }
        if (!changed) {
            throw PublicityException.newsStaleVersion();
        }
        auditTrail.record(
                "publicity.news.updated",
                target(articleId, slug),
                row.published() && !Objects.equals(publishAt, row.publishAt()) ? "publishAt " + publishAt : null);
        return article(store.find(articleId).orElseThrow(), now);
    }

    @Override
    @Transactional(readOnly = true)
    public Optional<NewsArticle> find(SignedInUser viewer, long articleId) {
        Instant now = now();
        return store.find(articleId).filter(row -> visible(viewer, row, now)).map(row -> article(row, now));
    }

    @Override
    @Transactional(readOnly = true)
    public boolean canEdit(SignedInUser user, long articleId) {
        return store.find(articleId).map(row -> editableBy(user, row)).orElse(false);
    }

    @Override
    public boolean canWrite(SignedInUser user) {
        return isWriter(user);
    }

    @Override
    @Transactional(readOnly = true)
    public Page<NewsArticle> list(
            SignedInUser viewer, @Nullable NewsStatus status, @Nullable Long projectId, Pageable pageable) {
        Instant now = now();
        Scope scope = scope(viewer);
        if (scope == null) {
            return Page.empty(pageable);
        }
        StatusFilter filter = status == null ? StatusFilter.ALL : StatusFilter.valueOf(status.name());
        long total = store.count(scope, filter, projectId, now);
        List<NewsArticle> content =
                store.list(scope, filter, projectId, now, offset(pageable), limit(pageable)).stream()
                        .map(row -> article(row, now))
                        .toList();
        return new PageImpl<>(content, pageable, total);
    }

    @Override
    @Transactional
    public NewsArticle publish(SignedInUser editor, long articleId, boolean published) {
        Instant now = now();
        NewsRow row = editable(editor, articleId);
        if (row.published() == published) {
            return article(row, now);
        }
        Instant publishAt = published && row.publishAt() == null ? now : row.publishAt();
        if (!store.setPublication(articleId, published, publishAt, row.version(), now)) {
            throw PublicityException.newsStaleVersion();
        }
        NewsStatus status = NewsRules.status(published, publishAt, now);
        String action = !published
                ? "publicity.news.withdrawn"
                : status == NewsStatus.SCHEDULED ? "publicity.news.scheduled" : "publicity.news.published";
        auditTrail.record(action, target(articleId, row.slug()), published ? "publishAt " + publishAt : null);
        return article(store.find(articleId).orElseThrow(), now);
    }

    @Override
    @Transactional
    public NewsArticle attachImage(
            SignedInUser editor, long articleId, InputStream content, long declaredSize, LocalizedText alt) {
        Instant now = now();
        NewsRow row = editable(editor, articleId);
        NewsRules.checkAlt(alt);
        LeadImages.Stored stored = images.store(articleId, content, declaredSize);
        boolean changed = store.setImage(
                articleId,
                new NewsStore.Image(
                        stored.key(),
                        stored.contentType(),
                        stored.width(),
                        stored.height(),
                        alt.lv(),
                        alt.en(),
                        alt.othersAsJson()),
                row.version(),
                now);
        if (!changed) {
            deleteQuietly(stored.key());
            throw PublicityException.newsStaleVersion();
        }
        // the new file goes if the transaction does not commit; the old one only once it has
        afterRollback(() -> deleteQuietly(stored.key()));
        String previous = row.imageKey();
        if (previous != null && !previous.equals(stored.key())) {
            afterCommit(() -> deleteQuietly(previous));
        }
        auditTrail.record("publicity.news.image-attached", target(articleId, row.slug()), null);
        return article(store.find(articleId).orElseThrow(), now);
    }

    @Override
    @Transactional
    public NewsArticle removeImage(SignedInUser editor, long articleId) {
        Instant now = now();
        NewsRow row = editable(editor, articleId);
        if (row.imageKey() == null) {
            return article(row, now);
        }
        if (!store.setImage(articleId, null, row.version(), now)) {
            throw PublicityException.newsStaleVersion();
        }
        String previous = row.imageKey();
        afterCommit(() -> deleteQuietly(previous));
        auditTrail.record("publicity.news.image-removed", target(articleId, row.slug()), null);
        return article(store.find(articleId).orElseThrow(), now);
    }

    @Override
    @Transactional
    public void delete(SignedInUser editor, long articleId) {
        NewsRow row = editable(editor, articleId);
        store.delete(articleId);
        String image = row.imageKey();
        if (image != null) {
            afterCommit(() -> deleteQuietly(image));
        }
        auditTrail.record(
                "publicity.news.deleted",
                target(articleId, row.slug()),
                LocalizedText.stored(row.titleLv(), row.titleEn(), row.titleOthers())
                        .in(Locale.ENGLISH));
    }

    @Override
    @Transactional(readOnly = true)
    public Page<NewsArticle> published(
            @Nullable Long projectId, @Nullable Long eventId, @Nullable String tag, Pageable pageable) {
        Instant now = now();
        String wantedTag = tag == null || tag.isBlank() ? null : tag.strip().toLowerCase(Locale.ROOT);
        if (projectId == null && eventId == null) {
            // the whole list (or a tag's): a slice of the ids kept for the generation of the public data
            long[] ids = lists.ids(
                    wantedTag == null ? "news" : "news#" + wantedTag,
                    () -> PublicIdLists.array(store.publishedIds(wantedTag, now)));
            List<NewsArticle> content =
                    store.byIds(PublicIdLists.slice(ids, offset(pageable), limit(pageable))).stream()
                            .map(row -> article(row, now))
                            .toList();
            return new PageImpl<>(content, pageable, ids.length);
        }
        long total = store.countPublished(projectId, eventId, wantedTag, now);
        List<NewsArticle> content =
                store.published(projectId, eventId, wantedTag, now, offset(pageable), limit(pageable)).stream()
                        .map(row -> article(row, now))
                        .toList();
        return new PageImpl<>(content, pageable, total);
    }

    @Override
    @Transactional(readOnly = true)
    public Optional<NewsArticle> publishedBySlug(String slug) {
        Instant now = now();
        return store.publishedBySlug(slug.strip().toLowerCase(Locale.ROOT), now).map(row -> article(row, now));
    }

    @Override
    @Transactional(readOnly = true)
    public Optional<NewsArticle> publishedById(long articleId) {
        Instant now = now();
        return store.publishedById(articleId, now).map(row -> article(row, now));
    }

    @Override
    @Transactional(readOnly = true)
    public Set<Long> publicAmong(java.util.Collection<Long> articleIds) {
        return articleIds.isEmpty() ? Set.of() : Set.copyOf(store.publicAmong(articleIds, now()));
    }

    @Override
    @Transactional(readOnly = true)
    public Optional<InputStream> publishedImage(long articleId) {
        return publishedById(articleId).map(NewsArticle::image).flatMap(image -> open(image.storageKey()));
    }

    // --- rules ------------------------------------------------------------------------------------

    private static boolean isWriter(SignedInUser user) {
        return user.hasRole(Role.ADMIN) || user.hasRole(Role.COORDINATOR);
    }

    private boolean editableBy(SignedInUser user, NewsRow row) {
        if (user.hasRole(Role.ADMIN)) {
            return true;
        }
        if (!isWriter(user)) {
            return false;
        }
        return row.projectId() != null
                ? projects.canEdit(user, row.projectId())
                : Objects.equals(row.authorId(), user.id());
    }

    private boolean visible(SignedInUser viewer, NewsRow row, Instant now) {
        return editableBy(viewer, row)
                || (row.projectId() != null && projects.canView(viewer, row.projectId()))
                || store.publishedById(row.id(), now).isPresent();
    }

    /** The article, when the editor may change it; one the editor may not even see answers as not found. */
    private NewsRow editable(SignedInUser editor, long articleId) {
        NewsRow row = store.find(articleId)
                .filter(candidate -> visible(editor, candidate, now()))
                .orElseThrow(() -> PublicityException.articleNotFound(articleId));
        if (!editableBy(editor, row)) {
            throw PublicityException.notAllowed();
        }
        return row;
    }

    /**
     * The project and event of a draft: both must exist and be visible, the event must belong to
     * the project (which it gives when none is named), and the writer must edit the project.
     */
    private Links links(SignedInUser writer, NewsArticleDraft draft) {
        Long projectId = draft.projectId();
        Long eventId = draft.eventId();
        if (eventId != null) {
            EventSummary event =
                    events.find(writer, eventId).orElseThrow(() -> PublicityException.newsUnknownEvent(eventId));
            if (projectId != null && projectId != event.projectId()) {
                throw PublicityException.newsEventOfOtherProject(eventId, projectId);
            }
            projectId = event.projectId();
        }
        if (projectId != null) {
            if (!projects.canView(writer, projectId)) {
                throw PublicityException.newsUnknownProject(projectId);
            }
            if (!writer.hasRole(Role.ADMIN) && !projects.canEdit(writer, projectId)) {
                throw PublicityException.notAllowed();
            }
        }
        return new Links(projectId, eventId);
    }

    private void checkContent(NewsArticleDraft draft, Instant now) {
        checkTexts(draft);
        NewsRules.checkPublishAt(draft.publishAt(), now);
        NewsRules.tags(draft.tags());
    }

    private void checkTexts(NewsArticleDraft draft) {
        NewsRules.checkTexts(draft.titles(), draft.bodies());
        draft.bodies().all().forEach((tag, text) -> safety.check(LocalizedText.field("body", tag), text));
    }

    private void requireFree(String slug, @Nullable Long articleId) {
        store.idBySlug(slug).filter(owner -> !owner.equals(articleId)).ifPresent(owner -> {
            throw PublicityException.newsSlugTaken(slug, owner);
        });
    }

    /** The base when it is free, else the first free {@code base-2}, {@code base-3} … */
    private String uniqueSlug(String base) {
        Set<String> taken = new HashSet<>(store.slugsLike(base));
        if (!taken.contains(base)) {
            return base;
        }
        for (int n = 2; ; n++) {
            String candidate = Slugs.numbered(base, n);
            if (!taken.contains(candidate)) {
                return candidate;
            }
        }
    }

    private static NewsStore.Content content(String slug, NewsArticleDraft draft, Links links, @Nullable Instant at) {
        return new NewsStore.Content(
                slug,
                draft.titles().lv(),
                draft.titles().en(),
                draft.bodies().lv(),
                draft.bodies().en(),
                draft.titles().othersAsJson(),
                draft.bodies().othersAsJson(),
                links.projectId(),
                links.eventId(),
                NewsRules.tags(draft.tags()),
                at);
    }

    /** Administrators see everything; coordinators the articles of the projects they edit and their own. */
    private @Nullable Scope scope(SignedInUser viewer) {
        if (viewer.hasRole(Role.ADMIN)) {
            return Scope.all();
        }
        if (!isWriter(viewer)) {
            return null;
        }
        // the ids only, in one read: the portfolio's summaries were a quarter of the desk's time (issue #17)
        return new Scope(false, projects.editableIds(viewer), viewer.id());
    }

    // --- plumbing ---------------------------------------------------------------------------------

    private Instant now() {
        return clock.instant().truncatedTo(ChronoUnit.MICROS);
    }

    private static NewsArticle article(NewsRow row, Instant now) {
        NewsImage image = row.imageKey() == null
                ? null
                : new NewsImage(
                        row.imageKey(),
                        Objects.requireNonNullElse(row.imageContentType(), "image/jpeg"),
                        Objects.requireNonNullElse(row.imageWidth(), 0),
                        Objects.requireNonNullElse(row.imageHeight(), 0),
                        LocalizedText.stored(row.imageAltLv(), row.imageAltEn(), row.imageAltOthers()));
        return new NewsArticle(
                row.id(),
                row.slug(),
                LocalizedText.stored(row.titleLv(), row.titleEn(), row.titleOthers()),
                LocalizedText.stored(row.bodyLv(), row.bodyEn(), row.bodyOthers()),
                image,
                row.authorId(),
                row.authorName(),
                row.projectId(),
                row.eventId(),
                row.tags(),
                NewsRules.status(row.published(), row.publishAt(), now),
                row.published(),
                row.publishAt(),
                row.createdAt(),
                row.updatedAt(),
                row.version());
    }

    private static String target(long id, String slug) {
        return "article " + id + " (" + slug + ")";
    }

    private static long offset(Pageable pageable) {
        return pageable.isPaged() ? pageable.getOffset() : 0;
    }

    private static int limit(Pageable pageable) {
        return pageable.isPaged() ? pageable.getPageSize() : Integer.MAX_VALUE;
    }

    private Optional<InputStream> open(String key) {
        try {
            return files.open(key);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** Runs the action once the transaction has committed (at once without a transaction). */
    private static void afterCommit(Runnable action) {
        if (!TransactionSynchronizationManager.isSynchronizationActive()) {
            action.run();
            return;
        }
        TransactionSynchronizationManager.registerSynchronization(new TransactionSynchronization() {
            @Override
            public void afterCommit() {
                action.run();
            }
        });
    }

    /** Runs the action if the transaction rolls back. */
    private static void afterRollback(Runnable action) {
        if (TransactionSynchronizationManager.isSynchronizationActive()) {
            TransactionSynchronizationManager.registerSynchronization(new TransactionSynchronization() {
                @Override
                public void afterCompletion(int status) {
                    if (status == STATUS_ROLLED_BACK) {
                        action.run();
                    }
                }
            });
        }
    }

    private void deleteQuietly(String key) {
        try {
            files.delete(key);
        } catch (IOException | RuntimeException e) {
            log.warn("Could not delete the news image {}: {}", key, e.toString());
        }
    }
}
