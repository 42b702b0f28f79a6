package org.jumelage.project.persistence;

import java.sql.Date;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import org.jspecify.annotations.Nullable;
import org.jumelage.account.SignedInUser;
import org.jumelage.network.NetworkPartner;
import org.jumelage.network.NetworkProject;
import org.jumelage.network.NetworkProjects;
import org.jumelage.network.PastPartnerTowns;
import org.jumelage.project.PartnerRole;
import org.jumelage.project.ProjectManagement;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Transactional;

/**
 * The projects as the network module sees them ({@link NetworkProjects}): three plain queries over
 * {@code project}, {@code project_partner} (with the partner organisation's town) and {@code
 * project_theme}, never one per project. Who may see a project is {@link ProjectManagement}'s rule.
 */
@Component
@Transactional(readOnly = true)
class ProjectNetworkQueries implements NetworkProjects {

    private final JdbcClient jdbc;
    private final ProjectManagement projects;

    ProjectNetworkQueries(JdbcClient jdbc, ProjectManagement projects) {
        this.jdbc = jdbc;
        this.projects = projects;
    }

    @Override
    public List<NetworkProject> allUnrestricted() {
        return load(null);
    }

    /**
     * For each reason, the ids of the latest {@link NetworkProjects#PAST_PROJECTS} projects (by
     * {@code project_measure_start_ix}, or {@code project_start_ix} with the themes checked by
     * primary key; {@code project_theme_theme_ix} for a rare theme), then their partners by {@code project_partner_project_ix} and
     * those organisations' towns by primary key. Measure codes are stored in upper case (the catalogue's),
     * so the code is compared in upper case without a function on the column.
     */
    @Override
    public PastPartnerTowns pastPartnerTowns(
            @Nullable String measure, Set<String> themes, @Nullable Long exceptProjectId) {
        long except = exceptProjectId == null ? -1L : exceptProjectId;
        Set<Long> sameMeasure = measure == null || measure.isBlank()
                ? Set.of()
                : partnerTowns(jdbc.sql("""
                                select p.id from project p
                                where p.measure_code = :measure and p.deleted_at is null and p.id <> :except
                                order by p.start_date desc nulls last, p.id desc limit :limit""")
                        .param("measure", measure.strip().toUpperCase(Locale.ROOT))
                        .param("except", except)
                        .param("limit", PAST_PROJECTS)
                        .query(Long.class)
                        .list());
        Set<Long> sharedTheme = themes.isEmpty()
                ? Set.of()
                : partnerTowns(jdbc.sql("""
                                select p.id from project p
                                where p.deleted_at is null and p.id <> :except
                                  and exists (select 1 from project_theme t
                                              where t.project_id = p.id and t.theme in (:themes))
                                order by p.start_date desc nulls last, p.id desc limit :limit""")
                        .param("themes", List.copyOf(themes))
                        .param("except", except)
                        .param("limit", PAST_PROJECTS)
                        .query(Long.class)
                        .list());
        return new PastPartnerTowns(sameMeasure, sharedTheme);
    }

    /**
     * The towns of the partner organisations of these projects, in two reads by index: joined in
     * one statement, PostgreSQL hashed all 100,000 organisations for 1,400 partners.
     */
    private Set<Long> partnerTowns(List<Long> projectIds) {
        if (projectIds.isEmpty()) {
            return Set.of();
        }
        List<Long> organisationIds =
                jdbc.sql("""
                        select distinct organisation_id from project_partner
                        where project_id in (:ids) and organisation_id is not null""").param("ids", projectIds).query(Long.class).list();
        if (organisationIds.isEmpty()) {
            return Set.of();
        }
        return Set.copyOf(
                jdbc.sql("""
                        select distinct town_id from organisation
                        where id in (:ids) and town_id is not null""").param("ids", organisationIds).query(Long.class).list());
    }

    @Override
    public Optional<NetworkProject> viewable(SignedInUser viewer, long projectId) {
        if (!projects.canView(viewer, projectId)) {
            return Optional.empty();
        }
        return load(List.of(projectId)).stream().findFirst();
    }

    @Override
    public boolean editable(SignedInUser viewer, long projectId) {
        return projects.canEdit(viewer, projectId);
    }

    @Override
    public List<NetworkProject> ofOrganisation(SignedInUser viewer, long organisationId) {
        List<Long> ids = jdbc.sql("""
                        select distinct pp.project_id from project_partner pp
                        join project p on p.id = pp.project_id
                        where pp.organisation_id = :organisation and p.deleted_at is null
                        order by pp.project_id""")
                .param("organisation", organisationId)
                .query(Long.class)
                .list();
        List<Long> visible =
                ids.stream().filter(id -> projects.canView(viewer, id)).toList();
        return visible.isEmpty() ? List.of() : load(visible);
    }

    /** The projects of these ids (all when {@code null}) that are not deleted, by id. */
    private List<NetworkProject> load(@Nullable List<Long> ids) {
        String only = ids == null ? "" : " and p.id in (:ids)";
        Map<Long, Row> rows = new LinkedHashMap<>();
        var projectQuery = jdbc.sql("""
                select p.id, p.acronym, p.title_en, p.title_lv, p.measure_code, p.start_date, p.end_date
                from project p where p.deleted_at is null""" + only + " order by p.id");
        if (ids != null) {
            projectQuery = projectQuery.param("ids", ids);
        }
        projectQuery
                .query((rs, n) -> {
                    long id = rs.getLong("id");
                    rows.put(
                            id,
                            new Row(
                                    id,
                                    title(
                                            rs.getString("title_en"),
                                            rs.getString("title_lv"),
                                            rs.getString("acronym"),
                                            id),
                                    rs.getString("measure_code"),
                                    day(rs.getDate("start_date")),
                                    day(rs.getDate("end_date"))));
                    return id;
                })
                .list();
        if (rows.isEmpty()) {
            return List.of();
        }
        var partnerQuery = jdbc.sql("""
                select pp.project_id, pp.id, pp.organisation_id, o.town_id, pp.country, pp.role
                from project_partner pp
                join project p on p.id = pp.project_id
                left join organisation o on o.id = pp.organisation_id
                where p.deleted_at is null""" + only);
        if (ids != null) {
            partnerQuery = partnerQuery.param("ids", ids);
        }
        partnerQuery
                .query((rs, n) -> {
                    Row row = rows.get(rs.getLong("project_id"));
                    if (row != null) {
                        long organisation = rs.getLong("organisation_id");
                        Long organisationId = rs.wasNull() ? null : organisation;
                        long town = rs.getLong("town_id");
                        Long townId = rs.wasNull() ? null : town;
                        PartnerRole role = PartnerRole.valueOf(rs.getString("role"));
                        row.partners.add(new OrderedPartner(
                                rs.getLong("id"),
                                new NetworkPartner(
                                        organisationId, townId, rs.getString("country"), role == PartnerRole.LEAD)));
                    }
                    return 0;
                })
                .list();
        var themeQuery = jdbc.sql("""
                select t.project_id, t.theme from project_theme t
                join project p on p.id = t.project_id
                where p.deleted_at is null""" + only + " order by t.theme");
        if (ids != null) {
            themeQuery = themeQuery.param("ids", ids);
        }
        themeQuery
                .query((rs, n) -> {
                    Row row = rows.get(rs.getLong("project_id"));
                    if (row != null) {
                        row.themes.add(rs.getString("theme"));
                    }
                    return 0;
                })
                .list();
        List<NetworkProject> answer = new ArrayList<>(rows.size());
        for (Row row : rows.values()) {
            List<NetworkPartner> partners = row.partners.stream()
                    .sorted(Comparator.comparing((OrderedPartner p) -> !p.partner.lead())
                            .thenComparingLong(p -> p.id))
                    .map(OrderedPartner::partner)
                    .toList();
            answer.add(new NetworkProject(
                    row.id, row.title, row.measure, Set.copyOf(row.themes), row.start, row.end, partners));
        }
        return answer;
    }

    private static String title(@Nullable String english, @Nullable String latvian, @Nullable String acronym, long id) {
        for (String candidate : new String[] {english, latvian, acronym}) {
            if (candidate != null && !candidate.isBlank()) {
                return candidate.strip();
            }
        }
        return "#" + id;
    }

    private static @Nullable LocalDate day(@Nullable Date date) {
        return date == null ? null : date.toLocalDate();
    }

    private record OrderedPartner(long id, NetworkPartner partner) {}

    private static final class Row {
        final long id;
        final String title;
        final String measure;
        final @Nullable LocalDate start;
        final @Nullable LocalDate end;
        final List<OrderedPartner> partners = new ArrayList<>();
        final Set<String> themes = new LinkedHashSet<>();

        Row(long id, String title, String measure, @Nullable LocalDate start, @Nullable LocalDate end) {
            this.id = id;
            this.title = title;
            this.measure = measure;
            this.start = start;
            this.end = end;
        }
    }

    @Override
    public List<NetworkProject> inTown(SignedInUser viewer, long townId) {
        List<Long> ids = jdbc.sql("""
                        select distinct pp.project_id from project_partner pp
                        join project p on p.id = pp.project_id
                        join organisation o on o.id = pp.organisation_id
                        where o.town_id = :town and p.deleted_at is null
                        order by pp.project_id""").param("town", townId).query(Long.class).list();
        List<Long> visible =
                ids.stream().filter(id -> projects.canView(viewer, id)).toList();
        return visible.isEmpty() ? List.of() : load(visible);
    }
}
