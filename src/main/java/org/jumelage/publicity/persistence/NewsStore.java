package org.jumelage.publicity.persistence;

import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Timestamp;
import java.time.Instant;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.Collection;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.jspecify.annotations.Nullable;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.jdbc.support.GeneratedKeyHolder;
import org.springframework.jdbc.support.KeyHolder;
import org.springframework.stereotype.Repository;

/**
 * The rows of {@code news_article} and {@code news_tag}. Every change of an article raises its
 * version; {@link #update} and the other changes take the version the caller read and change
 * nothing when the row moved on (optimistic locking). Runs on H2 (PostgreSQL mode) and PostgreSQL.
 */
@Repository
public class NewsStore {

    /** Which articles a list shows, by their status at {@code now}. */
    public enum StatusFilter {
        ALL,
        DRAFT,
        SCHEDULED,
        PUBLISHED
    }

    /**
     * Whose articles a list shows: every article, or those about the given projects and those
     * without a project written by the given author.
     */
    public record Scope(
            boolean everything,
            Collection<Long> projectIds,
            @Nullable Long authorId) {

        public Scope {
            projectIds = List.copyOf(projectIds);
        }

        public static Scope all() {
            return new Scope(true, List.of(), null);
        }
    }

    /** The texts and links an editor writes; the image and the publication have their own changes. */
    public record Content(
            String slug,
            @Nullable String titleLv,
            @Nullable String titleEn,
            @Nullable String bodyLv,
            @Nullable String bodyEn,
            @Nullable String titleOthers,
            @Nullable String bodyOthers,
            @Nullable Long projectId,
            @Nullable Long eventId,
            List<String> tags,
            @Nullable Instant publishAt) {

        public Content {
            tags = List.copyOf(tags);
        }
    }

    /** The stored lead image's facts. */
    public record Image(
            String key,
            String contentType,
            int width,
            int height,
            @Nullable String altLv,
            @Nullable String altEn,
            @Nullable String altOthers) {}

    private static final String COLUMNS = """
            a.id, a.slug, a.title_lv, a.title_en, a.body_lv, a.body_en, a.image_key, a.image_content_type,
            a.image_width, a.image_height, a.image_alt_lv, a.image_alt_en, a.title_others, a.body_others,
            a.image_alt_others, a.author_id, a.author_name,
            a.project_id, a.event_id, a.published, a.publish_at, a.created_at, a.updated_at, a.version""";

    /**
     * Where an article stands in the editors' list and a project's articles, newest first: its
     * publication date, else its creation ({@code %s}: the creation time, the column of a stored
     * article or the parameter of a new one). Kept in {@code news_article.list_at} (indexed) by every
     * write of {@code publish_at}.
     */
    private static final String LIST_AT = "coalesce(cast(:publishAt as timestamp with time zone), %s)";

    /** {@link #LIST_AT} assigned to a stored article. */
    private static final String SET_LIST_AT = "list_at = " + LIST_AT.formatted("created_at");

    private final JdbcClient jdbc;

    NewsStore(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    public long insert(Content content, @Nullable Long authorId, String authorName, Instant now) {
        KeyHolder keys = new GeneratedKeyHolder();
        jdbc.sql("""
                        insert into news_article (slug, title_lv, title_en, body_lv, body_en, title_others, body_others,
                               author_id, author_name,
                               project_id, event_id, published, publish_at, created_at, updated_at, version, list_at)
                        values (:slug, :titleLv, :titleEn, :bodyLv, :bodyEn, :titleOthers, :bodyOthers, :authorId, :authorName,
                               :projectId, :eventId, false, :publishAt, :now, :now, 0, """ + LIST_AT.formatted(":now") + ")")
                .param("slug", content.slug())
                .param("titleLv", content.titleLv())
                .param("titleEn", content.titleEn())
                .param("bodyLv", content.bodyLv())
                .param("bodyEn", content.bodyEn())
                .param("titleOthers", content.titleOthers())
                .param("bodyOthers", content.bodyOthers())
                .param("authorId", authorId)
                .param("authorName", authorName)
                .param("projectId", content.projectId())
                .param("eventId", content.eventId())
                .param("publishAt", offset(content.publishAt()))
                .param("now", offset(now))
                .update(keys, "id");
        long id = java.util.Objects.requireNonNull(keys.getKeyAs(Number.class)).longValue();
        replaceTags(id, content.tags());
        return id;
    }

    /** Changes the texts and links; {@code false} when the stored version is not {@code expectedVersion}. */
    public boolean update(long id, Content content, long expectedVersion, Instant now) {
        int changed = jdbc.sql("""
                        update news_article set slug = :slug, title_lv = :titleLv, title_en = :titleEn,
                               body_lv = :bodyLv, body_en = :bodyEn, title_others = :titleOthers,
                               body_others = :bodyOthers, project_id = :projectId, event_id = :eventId,
                               publish_at = :publishAt, updated_at = :now, version = version + 1,
                        """ + SET_LIST_AT + " where id = :id and version = :version")
                .param("slug", content.slug())
                .param("titleLv", content.titleLv())
                .param("titleEn", content.titleEn())
                .param("bodyLv", content.bodyLv())
                .param("bodyEn", content.bodyEn())
                .param("titleOthers", content.titleOthers())
                .param("bodyOthers", content.bodyOthers())
                .param("projectId", content.projectId())
                .param("eventId", content.eventId())
                .param("publishAt", offset(content.publishAt()))
                .param("now", offset(now))
                .param("id", id)
                .param("version", expectedVersion)
                .update();
        if (changed == 0) {
            return false;
        }
        replaceTags(id, content.tags());
        return true;
    }

    /** Publishes or withdraws; {@code false} when the stored version is not {@code expectedVersion}. */
    public boolean setPublication(
            long id, boolean published, @Nullable Instant publishAt, long expectedVersion, Instant now) {
        return jdbc.sql("""
                                update news_article set published = :published, publish_at = :publishAt,
                                       updated_at = :now, version = version + 1,
                                """ + SET_LIST_AT + " where id = :id and version = :version")
                        .param("published", published)
                        .param("publishAt", offset(publishAt))
                        .param("now", offset(now))
                        .param("id", id)
                        .param("version", expectedVersion)
                        .update()
                > 0;
    }

    /** Sets (or with {@code null} removes) the lead image; {@code false} when the version moved on. */
    public boolean setImage(long id, @Nullable Image image, long expectedVersion, Instant now) {
        return jdbc.sql("""
                                update news_article set image_key = :key, image_content_type = :type,
                                       image_width = :width, image_height = :height,
                                       image_alt_lv = :altLv, image_alt_en = :altEn, image_alt_others = :altOthers,
                                       updated_at = :now, version = version + 1
                                where id = :id and version = :version""")
                        .param("key", image == null ? null : image.key())
                        .param("type", image == null ? null : image.contentType())
                        .param("width", image == null ? null : image.width())
                        .param("height", image == null ? null : image.height())
                        .param("altLv", image == null ? null : image.altLv())
                        .param("altEn", image == null ? null : image.altEn())
                        .param("altOthers", image == null ? null : image.altOthers())
                        .param("now", offset(now))
                        .param("id", id)
                        .param("version", expectedVersion)
                        .update()
                > 0;
    }

    public void delete(long id) {
        jdbc.sql("delete from news_tag where article_id = :id").param("id", id).update();
        jdbc.sql("delete from news_article where id = :id").param("id", id).update();
    }

    public Optional<NewsRow> find(long id) {
        return jdbc.sql("select " + COLUMNS + " from news_article a where a.id = :id")
                .param("id", id)
                .query(NewsStore::row)
                .optional()
                .map(row -> row.withTags(tags(id)));
    }

    /** Locks the article's row for the rest of the transaction. */
    public Optional<NewsRow> lock(long id) {
        return jdbc.sql("select " + COLUMNS + " from news_article a where a.id = :id for update")
                .param("id", id)
                .query(NewsStore::row)
                .optional()
                .map(row -> row.withTags(tags(id)));
    }

    /** The id of the article that has the address, if any. */
    public Optional<Long> idBySlug(String slug) {
        return jdbc.sql("select id from news_article where slug = :slug")
                .param("slug", slug)
                .query(Long.class)
                .optional();
    }

    /** The addresses equal to {@code base} or starting with {@code base-}. */
    public List<String> slugsLike(String base) {
        return jdbc.sql("select slug from news_article where slug = :base or slug like :prefix")
                .param("base", base)
                .param("prefix", base + "-%")
                .query(String.class)
                .list();
    }

    /** The editors' list, newest first (publication date, else creation). */
    public List<NewsRow> list(
            Scope scope, StatusFilter status, @Nullable Long projectId, Instant now, long offset, int limit) {
        Map<String, Object> params = new HashMap<>();
        String where = editorsWhere(scope, status, projectId, now, params);
        return withTags(jdbc.sql("select " + COLUMNS + " from news_article a where " + where
                        + " order by a.list_at desc, a.id desc"
                        + " offset " + offset + " rows fetch next " + limit + " rows only")
                .params(params)
                .query(NewsStore::row)
                .list());
    }

    public long count(Scope scope, StatusFilter status, @Nullable Long projectId, Instant now) {
        Map<String, Object> params = new HashMap<>();
        String where = editorsWhere(scope, status, projectId, now, params);
        return jdbc.sql("select count(*) from news_article a where " + where)
                .params(params)
                .query(Long.class)
                .single();
    }

    /** Public articles ({@link #publicWhere}), newest publication first. */
    public List<NewsRow> published(
            @Nullable Long projectId,
            @Nullable Long eventId,
            @Nullable String tag,
            Instant now,
            long offset,
            int limit) {
        Map<String, Object> params = new HashMap<>();
        String where = publicWhere(true, projectId, eventId, tag, now, params);
        return withTags(jdbc.sql("select " + COLUMNS + " from news_article a where " + where
                        + " order by a.publish_at desc, a.id desc"
                        + " offset " + offset + " rows fetch next " + limit + " rows only")
                .params(params)
                .query(NewsStore::row)
                .list());
    }

    /**
     * The ids of all public articles ({@link #publicWhere}), or those with the tag, newest publication
     * first: what {@link #published} pages through, read whole.
     */
    public List<Long> publishedIds(@Nullable String tag, Instant now) {
        Map<String, Object> params = new HashMap<>();
        String where = publicWhere(true, null, null, tag, now, params);
        return jdbc.sql("select a.id from news_article a where " + where + " order by a.publish_at desc, a.id desc")
                .params(params)
                .query(Long.class)
                .list();
    }

    /** The articles with these ids, in the order of the ids (those that no longer exist left out). */
    public List<NewsRow> byIds(List<Long> ids) {
        if (ids.isEmpty()) {
            return List.of();
        }
        Map<Long, NewsRow> rows = new HashMap<>();
        jdbc.sql("select " + COLUMNS + " from news_article a where a.id in (:ids)")
                .param("ids", ids)
                .query(NewsStore::row)
                .list()
                .forEach(row -> rows.put(row.id(), row));
        return withTags(
                ids.stream().map(rows::get).filter(java.util.Objects::nonNull).toList());
    }

    public long countPublished(@Nullable Long projectId, @Nullable Long eventId, @Nullable String tag, Instant now) {
        Map<String, Object> params = new HashMap<>();
        String where = publicWhere(true, projectId, eventId, tag, now, params);
        return jdbc.sql("select count(*) from news_article a where " + where)
                .params(params)
                .query(Long.class)
                .single();
    }

    public Optional<NewsRow> publishedBySlug(String slug, Instant now) {
        Map<String, Object> params = new HashMap<>();
        params.put("slug", slug);
        String where = publicWhere(false, null, null, null, now, params);
        return jdbc.sql("select " + COLUMNS + " from news_article a where a.slug = :slug and " + where)
                .params(params)
                .query(NewsStore::row)
                .optional()
                .map(row -> row.withTags(tags(row.id())));
    }

    /** A public article as the sitemap lists it: its address and dates. */
    public record Listed(
            long id,
            String slug,
            Instant updatedAt,
            @Nullable Instant publishAt) {}

    /** The articles public now ({@link #publicWhere}) whose ids lie in {@code first..last}, by id. */
    public List<Listed> publishedBetween(long first, long last, Instant now) {
        Map<String, Object> params = new HashMap<>();
        params.put("first", first);
        params.put("last", last);
        String where = publicWhere(false, null, null, null, now, params);
        return jdbc.sql("select a.id, a.slug, a.updated_at, a.publish_at from news_article a"
                        + " where a.id between :first and :last and " + where + " order by a.id")
                .params(params)
                .query((rs, row) -> new Listed(
                        rs.getLong(1), rs.getString(2), rs.getTimestamp(3).toInstant(), instant(rs.getTimestamp(4))))
                .list();
    }

    /** The largest id an article has (0 when there is none), from the primary key. */
    public long largestId() {
        // coalesce: max() of no rows is one row holding null
        return jdbc.sql("select coalesce(max(id), 0) from news_article")
                .query(Long.class)
                .single();
    }

    /** The ids among {@code ids} of the articles that are public now. */
    public List<Long> publicAmong(Collection<Long> ids, Instant now) {
        Map<String, Object> params = new HashMap<>();
        params.put("ids", ids);
        String where = publicWhere(false, null, null, null, now, params);
        return jdbc.sql("select a.id from news_article a where a.id in (:ids) and " + where)
                .params(params)
                .query(Long.class)
                .list();
    }

    public Optional<NewsRow> publishedById(long id, Instant now) {
        Map<String, Object> params = new HashMap<>();
        params.put("id", id);
        String where = publicWhere(false, null, null, null, now, params);
        return jdbc.sql("select " + COLUMNS + " from news_article a where a.id = :id and " + where)
                .params(params)
                .query(NewsStore::row)
                .optional()
                .map(row -> row.withTags(tags(row.id())));
    }

    /** Articles about a project or about one of its events, newest first, whatever their status. */
    public List<NewsRow> aboutProject(long projectId, @Nullable Long eventId) {
        String where = eventId == null ? "a.project_id = :projectId" : "a.event_id = :eventId";
        return withTags(jdbc.sql("select " + COLUMNS + " from news_article a where " + where
                        + " order by a.list_at desc, a.id desc")
                .param("projectId", projectId)
                .params(eventId == null ? Map.of() : Map.of("eventId", eventId))
                .query(NewsStore::row)
                .list());
    }

    private static String editorsWhere(
            Scope scope, StatusFilter status, @Nullable Long projectId, Instant now, Map<String, Object> params) {
        List<String> conditions = new ArrayList<>();
        if (!scope.everything()) {
            List<String> either = new ArrayList<>();
            if (!scope.projectIds().isEmpty()) {
                either.add("a.project_id in (:scopeProjects)");
                params.put("scopeProjects", scope.projectIds());
            }
            if (scope.authorId() != null) {
                either.add("(a.project_id is null and a.author_id = :scopeAuthor)");
                params.put("scopeAuthor", scope.authorId());
            }
            conditions.add(either.isEmpty() ? "1 = 0" : "(" + String.join(" or ", either) + ")");
        }
        switch (status) {
            case DRAFT -> conditions.add("a.published = false");
            case SCHEDULED -> conditions.add("a.published = true and a.publish_at > :now");
            case PUBLISHED -> conditions.add("a.published = true and a.publish_at <= :now");
            case ALL -> {}
        }
        if (status == StatusFilter.SCHEDULED || status == StatusFilter.PUBLISHED) {
            params.put("now", offset(now));
        }
        if (projectId != null) {
            conditions.add("a.project_id = :projectId");
            params.put("projectId", projectId);
        }
        return conditions.isEmpty() ? "1 = 1" : String.join(" and ", conditions);
    }

    /**
     * When an article is public, the one place that says it: published, its publication date has
     * come, and the project and the event it is about (when it names them) are public now
     * ({@link PublicationStore#publicProjectIds()}, {@link PublicationStore#publicEventIds()}).
     * {@code allArticles}: a list or count over every article (the public ids are hashed once), else a
     * look-up of one or a few articles (an index look-up per article).
     */
    private static String publicWhere(
            boolean allArticles,
            @Nullable Long projectId,
            @Nullable Long eventId,
            @Nullable String tag,
            Instant now,
            Map<String, Object> params) {
        List<String> conditions = new ArrayList<>(List.of("a.published = true", "a.publish_at <= :now"));
        params.put("now", offset(now));
        if (allArticles && projectId == null && eventId == null) {
            // a list over all articles: PostgreSQL hashes the public ids once (an EXISTS per article took 1.6 s
            // to count 50,000 articles, this 0.18 s)
            conditions.add("(a.project_id is null or a.project_id in (" + PublicationStore.publicProjectIds() + "))");
            conditions.add("(a.event_id is null or a.event_id in (" + PublicationStore.publicEventIds() + "))");
        } else {
            conditions.add("(a.project_id is null or " + PublicationStore.publicProject("a.project_id") + ")");
            conditions.add("(a.event_id is null or " + PublicationStore.publicEvent("a.event_id") + ")");
        }
        if (projectId != null) {
            conditions.add("a.project_id = :projectId");
            params.put("projectId", projectId);
        }
        if (eventId != null) {
            conditions.add("a.event_id = :eventId");
            params.put("eventId", eventId);
        }
        if (tag != null) {
            conditions.add("exists (select 1 from news_tag t where t.article_id = a.id and t.tag = :tag)");
            params.put("tag", tag);
        }
        return String.join(" and ", conditions);
    }

    private void replaceTags(long id, List<String> tags) {
        jdbc.sql("delete from news_tag where article_id = :id").param("id", id).update();
        for (String tag : tags) {
            jdbc.sql("insert into news_tag (article_id, tag) values (:id, :tag)")
                    .param("id", id)
                    .param("tag", tag)
                    .update();
        }
    }

    private List<String> tags(long id) {
        return jdbc.sql("select tag from news_tag where article_id = :id order by tag")
                .param("id", id)
                .query(String.class)
                .list();
    }

    private List<NewsRow> withTags(List<NewsRow> rows) {
        if (rows.isEmpty()) {
            return rows;
        }
        Map<Long, List<String>> tags = new LinkedHashMap<>();
        rows.forEach(row -> tags.put(row.id(), new ArrayList<>()));
        jdbc.sql("select article_id, tag from news_tag where article_id in (:ids) order by tag")
                .param("ids", tags.keySet())
                .query((rs, n) -> Map.entry(rs.getLong(1), rs.getString(2)))
                .list()
                .forEach(entry -> tags.get(entry.getKey()).add(entry.getValue()));
        return rows.stream().map(row -> row.withTags(tags.get(row.id()))).toList();
    }

    private static NewsRow row(ResultSet rs, int n) throws SQLException {
        return NewsRow.builder()
                .id(rs.getLong("id"))
                .slug(rs.getString("slug"))
                .titleLv(rs.getString("title_lv"))
                .titleEn(rs.getString("title_en"))
                .bodyLv(rs.getString("body_lv"))
                .bodyEn(rs.getString("body_en"))
                .imageKey(rs.getString("image_key"))
                .imageContentType(rs.getString("image_content_type"))
                .imageWidth(rs.getObject("image_width", Integer.class))
                .imageHeight(rs.getObject("image_height", Integer.class))
                .imageAltLv(rs.getString("image_alt_lv"))
                .imageAltEn(rs.getString("image_alt_en"))
                .titleOthers(rs.getString("title_others"))
                .bodyOthers(rs.getString("body_others"))
                .imageAltOthers(rs.getString("image_alt_others"))
                .authorId(rs.getObject("author_id", Long.class))
                .authorName(rs.getString("author_name"))
                .projectId(rs.getObject("project_id", Long.class))
                .eventId(rs.getObject("event_id", Long.class))
                .published(rs.getBoolean("published"))
                .publishAt(instant(rs.getTimestamp("publish_at")))
                .createdAt(rs.getTimestamp("created_at").toInstant())
                .updatedAt(rs.getTimestamp("updated_at").toInstant())
                .version(rs.getLong("version"))
                .build();
    }

    private static @Nullable Instant instant(@Nullable Timestamp timestamp) {
        return timestamp == null ? null : timestamp.toInstant();
    }

    /** The earliest publication date after the instant among published articles (scheduled ones). */
    public Optional<Instant> nextScheduledPublication(Instant after) {
        return jdbc.sql("select min(publish_at) from news_article where published and publish_at > :after")
                .param("after", offset(after))
                .query((rs, row) -> Optional.ofNullable(rs.getObject(1, OffsetDateTime.class)))
                .single()
                .map(OffsetDateTime::toInstant);
    }

    private static @Nullable OffsetDateTime offset(@Nullable Instant instant) {
        return instant == null ? null : instant.atOffset(ZoneOffset.UTC);
    }
}
