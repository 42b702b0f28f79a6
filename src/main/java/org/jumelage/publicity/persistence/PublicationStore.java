package org.jumelage.publicity.persistence;

import java.sql.Timestamp;
import java.time.Instant;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
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
        return "select pp.subject_id from " + PUBLIC_PROJECTS;
    }

    /** The public projects' rows (publication {@code pp}, project {@code pr}) for a select list of its own. */
    private static final String PUBLIC_PROJECTS = "publication pp join project pr on pr.id = pp.subject_id"
            + " where pp.subject_type = 'PROJECT' and pp.published = true and pr.deleted_at is null";

    /** Most recently published first, as the public lists show them. */
    private static final String NEWEST_FIRST = " order by pp.published_at desc, pp.subject_id desc";

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

    /** Ids of the public events ({@link #publicEvent}) above {@code afterId}, by id, at most {@code limit}. */
    public List<Long> publicEventsAfter(long afterId, int limit) {
        return jdbc.sql("select e.id from event e where e.id > :after and " + publicEvent("e.id")
                        + " order by e.id fetch first " + limit + " rows only")
                .param("after", afterId)
                .query(Long.class)
                .list();
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

    /**
     * Ids of the public events ({@link #publicEvent}) that ended before {@code before}, the latest
     * end first, at most {@code limit}.
     */
    public List<Long> recentPublicEvents(java.time.LocalDate before, int limit) {
        return jdbc.sql("select e.id from event e where e.end_date < :before and " + publicEvent("e.id")
                        + " order by e.end_date desc, e.id desc fetch first " + limit + " rows only")
                .param("before", before)
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

    /**
     * One page of the public projects ({@link #publicProjectIds()}), most recently published first;
     * with a {@code searchKey} ({@code SearchText} form, not blank) those whose search key (acronym,
     * titles, reference) contains it.
     */
    public List<Long> publicProjects(
            @Nullable String searchKey, @Nullable Long organisationId, long offset, int limit) {
        Map<String, Object> params = new HashMap<>();
        return jdbc.sql("select pp.subject_id from " + PUBLIC_PROJECTS + narrowed(searchKey, organisationId, params)
                        + NEWEST_FIRST + " offset " + offset + " rows fetch next " + limit + " rows only")
                .params(params)
                .query(Long.class)
                .list();
    }

    private static String narrowed(
            @Nullable String searchKey, @Nullable Long organisationId, Map<String, Object> params) {
        StringBuilder where = new StringBuilder();
        if (searchKey != null && !searchKey.isBlank()) {
            where.append(" and pr.search_key like :pattern");
            params.put(
                    "pattern",
                    "%" + searchKey.replace("\\", "").replace("%", "").replace("_", "") + "%");
        }
        if (organisationId != null) {
            // lead or partner, in any role: the project's partner rows
            where.append(" and pp.subject_id in (select pa.project_id from project_partner pa"
                    + " where pa.organisation_id = :organisation)");
            params.put("organisation", organisationId);
        }
        return where.toString();
    }

    /** A public project, event or organisation and when what its public page shows last changed. */
    public record Dated(long id, Instant lastModified) {}

    /**
     * The public projects whose ids lie in {@code first..last}, by id, each with the later of its
     * publication change and its own last change.
     */
    public List<Dated> publicProjectsBetween(long first, long last) {
        return jdbc.sql("select pp.subject_id, pp.changed_at, pr.updated_at from " + PUBLIC_PROJECTS
                        + " and pp.subject_id between :first and :last order by pp.subject_id")
                .param("first", first)
                .param("last", last)
                .query((rs, row) -> new Dated(rs.getLong(1), later(rs.getTimestamp(2), rs.getTimestamp(3))))
                .list();
    }

    /** The public events ({@link #publicEvent}) whose ids lie in {@code first..last}, by id. */
    public List<Long> publicEventsBetween(long first, long last) {
        return jdbc.sql("select e.id from event e where e.id between :first and :last and " + publicEvent("e.id")
                        + " order by e.id")
                .param("first", first)
                .param("last", last)
                .query(Long.class)
                .list();
    }

    /**
     * The organisations whose ids lie in {@code first..last} that take part (lead or partner, any
     * role) in a public project, by id, each with the latest change of those projects.
     */
    public List<Dated> publicOrganisationsBetween(long first, long last) {
        Map<Long, List<Long>> projectsByOrganisation = new java.util.TreeMap<>();
        jdbc.sql("select pa.organisation_id, pa.project_id from project_partner pa"
                        + " where pa.organisation_id between :first and :last and " + publicProject("pa.project_id"))
                .param("first", first)
                .param("last", last)
                .query((rs, row) -> Map.entry(rs.getLong(1), rs.getLong(2)))
                .list()
                .forEach(pair -> projectsByOrganisation
                        .computeIfAbsent(pair.getKey(), key -> new ArrayList<>())
                        .add(pair.getValue()));
        Map<Long, Instant> changes = publicProjectChanges(projectsByOrganisation.values().stream()
                .flatMap(List::stream)
                .collect(java.util.stream.Collectors.toSet()));
        List<Dated> organisations = new ArrayList<>();
        projectsByOrganisation.forEach((organisation, projects) -> projects.stream()
                .map(changes::get)
                .filter(java.util.Objects::nonNull)
                .max(Instant::compareTo)
                .ifPresent(changed -> organisations.add(new Dated(organisation, changed))));
        return organisations;
    }

    /** For each of these projects that is public, the later of its publication change and its own last change. */
    public Map<Long, Instant> publicProjectChanges(java.util.Collection<Long> projectIds) {
        if (projectIds.isEmpty()) {
            return Map.of();
        }
        Map<Long, Instant> changes = new HashMap<>();
        jdbc.sql("select pp.subject_id, pp.changed_at, pr.updated_at from " + PUBLIC_PROJECTS
                        + " and pp.subject_id in (:ids)")
                .param("ids", projectIds)
                .query((rs, row) -> new Dated(rs.getLong(1), later(rs.getTimestamp(2), rs.getTimestamp(3))))
                .list()
                .forEach(dated -> changes.put(dated.id(), dated.lastModified()));
        return changes;
    }

    /**
     * The largest id a project, an event or a partner's organisation has (0 when there is none): read
     * from the primary key or an index, so that the sitemap can split the ids into ranges without
     * counting what is public.
     */
    public long largestId(Subject subject) {
        String sql = subject == Subject.PROJECT ? "select max(id) from project" : "select max(id) from event";
        return largest(sql);
    }

    /** The largest organisation id among the partners of projects (0 when there is none). */
    public long largestPartnerOrganisationId() {
        return largest("select max(organisation_id) from project_partner");
    }

    private long largest(String sql) {
        // coalesce: max() of no rows is one row holding null
        return jdbc.sql("select coalesce((" + sql + "), 0)").query(Long.class).single();
    }

    private static Instant later(Timestamp changed, @Nullable Timestamp updated) {
        Instant publication = changed.toInstant();
        return updated == null || publication.isAfter(updated.toInstant()) ? publication : updated.toInstant();
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
