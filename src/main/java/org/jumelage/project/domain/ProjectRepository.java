package org.jumelage.project.domain;

import java.time.LocalDate;
import java.util.List;
import org.jspecify.annotations.Nullable;
import org.jumelage.project.PartnerRole;
import org.jumelage.project.ProjectStatus;
import org.springframework.data.domain.Page;
import org.springframework.data.domain.Pageable;
import org.springframework.data.domain.Slice;
import org.springframework.data.jpa.repository.JpaRepository;
import org.springframework.data.jpa.repository.Query;

interface ProjectRepository extends JpaRepository<Project, Long> {

    /** The portfolio's filters and order, shared by {@link #portfolio} and {@link #allProjects}. */
    String PORTFOLIO_FILTERS = """
              and (:status is null or p.status = :status)
              and (:measure = '' or p.measureCode = :measure)
              and (cast(:yearStart as date) is null
                   or (p.startDate is not null and p.startDate <= :yearEnd
                       and (p.endDate is null or p.endDate >= :yearStart)))
              and (:query = '' or p.searchKey like concat('%', :query, '%'))
            order by p.startDate desc nulls last, p.id desc
            """;

    /**
     * The organisation's projects not deleted (with {@code role}, those it takes part in in that role),
     * narrowed by every non-null, non-empty argument. Texts are never null: PostgreSQL cannot type a
     * null parameter inside {@code concat}, so "no filter" is {@code ""}. A period overlaps the year
     * when it starts before the year ends and does not end before it begins. The organisation is a
     * plain {@code in} (no {@code :organisationId is null or …}), so PostgreSQL reads its projects
     * through the partner index instead of filtering every project; {@link #allProjects} is the
     * same list for every organisation.
     */
    String PORTFOLIO = """
            select p from Project p
            where p.deletedAt is null
              and p.id in (
                    select q.id from Project q join q.partners pp
                    where pp.organisationId = :organisationId and (:role is null or pp.role = :role))
            """ + PORTFOLIO_FILTERS;

    @Query(PORTFOLIO)
    Page<Project> portfolio(
            long organisationId,
            @Nullable PartnerRole role,
            @Nullable ProjectStatus status,
            String measure,
            @Nullable LocalDate yearStart,
            @Nullable LocalDate yearEnd,
            String query,
            Pageable pageable);

    /** The page of {@link #portfolio} and whether another follows, without counting them all. */
    @Query(PORTFOLIO)
    Slice<Project> portfolioStart(
            long organisationId,
            @Nullable PartnerRole role,
            @Nullable ProjectStatus status,
            String measure,
            @Nullable LocalDate yearStart,
            @Nullable LocalDate yearEnd,
            String query,
            Pageable pageable);

    /** Every organisation's projects not deleted, narrowed as {@link #portfolio} narrows them. */
    String ALL_PROJECTS = """
            select p from Project p
            where p.deletedAt is null
            """ + PORTFOLIO_FILTERS;

    @Query(ALL_PROJECTS)
    Page<Project> allProjects(
            @Nullable ProjectStatus status,
            String measure,
            @Nullable LocalDate yearStart,
            @Nullable LocalDate yearEnd,
            String query,
            Pageable pageable);

    /** The page of {@link #allProjects} and whether another follows, without counting them all. */
    @Query(ALL_PROJECTS)
    Slice<Project> allProjectsStart(
            @Nullable ProjectStatus status,
            String measure,
            @Nullable LocalDate yearStart,
            @Nullable LocalDate yearEnd,
            String query,
            Pageable pageable);

    List<Project> findByDeletedAtIsNotNullOrderByDeletedAtDesc();

    long countByDeletedAtIsNotNull();

    @Query("select p.id from Project p where p.endDate < :date order by p.id")
    List<Long> endedBefore(LocalDate date);

    @Query("""
            select new org.jumelage.project.ProjectCallStatus(p.id, p.callCode, p.status) from Project p
            where p.deletedAt is null and p.callCode is not null order by p.id""")
    List<org.jumelage.project.ProjectCallStatus> callStatuses();
}
