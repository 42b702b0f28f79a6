package org.jumelage.publicity.persistence;

import java.sql.Timestamp;
import java.time.Instant;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.List;
import java.util.Optional;
import org.jspecify.annotations.Nullable;
import org.jumelage.publicity.Publication;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;

/** The rows of {@code publication}: one per project or event that was ever published. */
@Repository
public class PublicationStore {

    /** What a row is about. */
    public enum Subject {
        PROJECT,
        EVENT
    }

    private final JdbcClient jdbc;

    /**
     * The public rule in SQL, the one place that says it for queries: the ids of the projects that are
     * public now (published and not deleted). {@code PublicContent} and the public news read through
     * this, so a page reads only the rows it shows instead of every public id.
     */
    public static String publicProjectIds() {
        return "select pp.subject_id from publication pp join project pr on pr.id = pp.subject_id"
                + " where pp.subject_type = 'PROJECT' and pp.published = true and pr.deleted_at is null";
    }

    /** The ids of the events that are public now: published, and their project is public. */
    public static String publicEventIds() {
        return "select pe.subject_id from publication pe join event ev on ev.id = pe.subject_id"
                + " where pe.subject_type = 'EVENT' and pe.published = true and ev.project_id in ("
                + publicProjectIds() + ")";
    }

    /** True when the project whose id is in {@code column} is public now (for a few rows: an index look-up each). */
    public static String publicProject(String column) {
        return "exists (" + publicProjectIds() + " and pp.subject_id = " + column + ")";
    }

    /** True when the event whose id is in {@code column} is public now (for a few rows: an index look-up each). */
    public static String publicEvent(String column) {
        return "exists (" + publicEventIds() + " and pe.subject_id = " + column + ")";
    }

    PublicationStore(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    public Publication find(Subject subject, long id) {
        return jdbc.sql("""
                        select published, published_at, changed_at from publication
                        where subject_type = :type and subject_id = :id""")
                .param("type", subject.name())
                .param("id", id)
                .query((rs, row) -> new Publication(
                        rs.getBoolean("published"),
                        instant(rs.getTimestamp("published_at")),
                        instant(rs.getTimestamp("changed_at"))))
                .optional()
                .orElse(Publication.UNPUBLISHED);
    }

    /** Locks the subject's row for the rest of the transaction (two editors flipping at once wait in turn). */
    public Optional<Publication> lock(Subject subject, long id) {
        return jdbc.sql("""
                        select published, published_at, changed_at from publication
                        where subject_type = :type and subject_id = :id for update""")
                .param("type", subject.name())
                .param("id", id)
                .query((rs, row) -> new Publication(
                        rs.getBoolean("published"),
                        instant(rs.getTimestamp("published_at")),
                        instant(rs.getTimestamp("changed_at"))))
                .optional();
    }

    public void save(Subject subject, long id, Publication publication, @Nullable Long changedBy, boolean exists) {
        String sql = exists ? """
                update publication set published = :published, published_at = :publishedAt,
                       changed_at = :changedAt, changed_by = :changedBy
                where subject_type = :type and subject_id = :id""" : """
                insert into publication (subject_type, subject_id, published, published_at, changed_at, changed_by)
                values (:type, :id, :published, :publishedAt, :changedAt, :changedBy)""";
        jdbc.sql(sql)
                .param("type", subject.name())
                .param("id", id)
                .param("published", publication.published())
                .param("publishedAt", offset(publication.publishedAt()))
                .param("changedAt", offset(publication.changedAt()))
                .param("changedBy", changedBy)
                .update();
    }

    /** Ids of the published subjects of a kind, most recently published first. */
    public List<Long> published(Subject subject) {
        return jdbc.sql("""
                        select subject_id from publication
                        where subject_type = :type and published = true
                        order by published_at desc, subject_id desc""").param("type", subject.name()).query(Long.class).list();
    }

    /**
     * Ids of the public events ({@link #publicEvent}) that end on or after {@code from} (or have no end),
     * soonest start first (undated last), at most {@code limit}.
     */
    public List<Long> upcomingPublicEvents(java.time.LocalDate from, int limit) {
        return jdbc.sql("select e.id from event e where (e.end_date is null or e.end_date >= :from) and "
                        + publicEvent("e.id")
                        + " order by case when e.start_date is null then 1 else 0 end, e.start_date, e.id"
                        + " fetch first " + limit + " rows only")
                .param("from", from)
                .query(Long.class)
                .list();
    }

    /** Ids of the public events ({@link #publicEvent}) of a project. */
    public List<Long> publicEventsOf(long projectId) {
        return jdbc.sql("select e.id from event e where e.project_id = :project and " + publicEvent("e.id"))
                .param("project", projectId)
                .query(Long.class)
                .list();
    }

    public boolean isPublished(Subject subject, long id) {
        return jdbc.sql("""
                        select count(*) from publication
                        where subject_type = :type and subject_id = :id and published = true""")
                        .param("type", subject.name())
                        .param("id", id)
                        .query(Long.class)
                        .single()
                > 0;
    }

    /** The latest change of any flag, or empty while nothing was ever published. */
    public Optional<Instant> lastChange() {
        // not max(): on an empty table that is one row holding null, which single() refuses
        return jdbc.sql("select changed_at from publication order by changed_at desc limit 1")
                .query((rs, row) -> rs.getTimestamp(1).toInstant())
                .optional();
    }

    private static @Nullable Instant instant(@Nullable Timestamp timestamp) {
        return timestamp == null ? null : timestamp.toInstant();
    }

    private static @Nullable OffsetDateTime offset(@Nullable Instant instant) {
        return instant == null ? null : instant.atOffset(ZoneOffset.UTC);
    }
}
