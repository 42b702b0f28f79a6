package org.jumelage.project;

import java.time.LocalDate;
import java.util.List;
import java.util.Optional;
import org.jspecify.annotations.Nullable;
import org.jumelage.account.SignedInUser;
import org.jumelage.shared.LocalizedText;
import org.springframework.data.domain.Page;
import org.springframework.data.domain.Pageable;
import org.springframework.data.domain.Slice;

/**
 * Projects and their partners and outcomes. Who may do what: administrators everything;
 * coordinators of the lead organisation edit the project; users of partner organisations see it.
 * A project someone may not see answers as if it did not exist. Refusals are {@link ProjectException}s;
 * every change is audited.
 */
public interface ProjectManagement {

    /** Creates a project with its lead; a coordinator may only create projects their organisation leads. */
    ProjectSummary create(SignedInUser creator, ProjectDraft draft);

    /** Creates a project as {@link #create(SignedInUser, ProjectDraft)} does, with what its source states. */
    ProjectSummary create(SignedInUser creator, ProjectDraft draft, @Nullable StatedPartners stated);

    /**
     * Changes a project's facts.
     *
     * @param expectedVersion the version the editor started from; a newer stored version refuses the change
     */
    ProjectSummary update(SignedInUser editor, long projectId, ProjectDraft draft, long expectedVersion);

    /**
     * Changes a project's facts and what its source states about the partnership in one step (the
     * form and the API); {@code null} forgets the stated counts. A refusal changes nothing.
     *
     * @param expectedVersion the version the editor started from; a newer stored version refuses the change
     */
    ProjectSummary update(
            SignedInUser editor,
            long projectId,
            ProjectDraft draft,
            @Nullable StatedPartners stated,
            long expectedVersion);

    /** The project, when the viewer may see it and it is not deleted. */
    Optional<ProjectDetails> find(SignedInUser viewer, long projectId);

    /**
     * What {@link #find(SignedInUser, long)} answers for each of these projects, read together (the
     * projects, their partners, themes and outcomes, and the partners' organisations once for all).
     *
     * @return by project id in the order given; projects the viewer may not see, deleted or unknown
     *     ones are left out
     */
    java.util.Map<Long, ProjectDetails> find(SignedInUser viewer, java.util.Collection<Long> projectIds);

    /** The projects the viewer's organisation leads or partners (every project for administrators). */
    Page<ProjectSummary> portfolio(SignedInUser viewer, PortfolioFilter filter, Pageable pageable);

    /**
     * A page of {@link #portfolio} and whether another follows, without counting the whole portfolio:
     * for what shows a portfolio's first projects (the desk, the dashboards), not its page numbers.
     * An administrator's portfolio is every project of the instance, and counting them reads them all.
     */
    Slice<ProjectSummary> portfolioStart(SignedInUser viewer, PortfolioFilter filter, Pageable pageable);

    /**
     * The ids of the projects of the person's {@link #portfolio} that they may change (see {@link
     * #rights}), newest first, without making their summaries: what the news module scopes a writer's
     * articles by. An administrator's are every project's, all read.
     */
    List<Long> editableIds(SignedInUser viewer);

    /**
     * What the user may do with the project, read once ({@link ProjectRights#NONE} for a deleted,
     * unknown or unshared project). The one rule other modules ask (events, publicity).
     */
    ProjectRights rights(SignedInUser user, long projectId);

    /**
     * {@link #rights(SignedInUser, long)} of many projects in one read (for pages that list many):
     * every asked id is a key, unknown and deleted ones with {@link ProjectRights#NONE}.
     */
    java.util.Map<Long, ProjectRights> rights(SignedInUser user, java.util.Collection<Long> projectIds);

    /** Whether the viewer may change the project and its events: {@code rights(viewer, id).edit()}. */
    boolean canEdit(SignedInUser viewer, long projectId);

    /** Whether the viewer may see the project and its events: {@code rights(viewer, id).view()}. */
    boolean canView(SignedInUser viewer, long projectId);

    /** Soft-deletes: the project disappears everywhere until an administrator restores it. */
    void delete(SignedInUser editor, long projectId);

    /** Administrators: the deleted projects, most recently deleted first. */
    List<ProjectSummary> deleted(SignedInUser administrator);

    /** Administrators: how many projects are deleted (waiting in the bin), without reading them. */
    long deletedCount(SignedInUser administrator);

    /** Administrators: brings a deleted project back. */
    void restore(SignedInUser administrator, long projectId);

    /**
     * Adds a partner. {@code organisationId} may be {@code null} for a partner the source names only
     * by country; {@code country} may be {@code null} when the organisation gives it.
     */
    PartnerSummary addPartner(
            SignedInUser editor,
            long projectId,
            @Nullable Long organisationId,
            @Nullable String country,
            PartnerRole role);

    /**
     * Adds the organisation of a town as a partner (partner search's "Add to the project"): the
     * town's organisation in Jumelage (a municipality first), else a new municipality organisation
     * named {@code newOrganisationName}, which only administrators and coordinators may create
     * ({@code CanCreateOrganisation}). Audited as both writes are; one transaction.
     */
    PartnerSummary addPartnerFromTown(
            SignedInUser editor, long projectId, long townId, LocalizedText newOrganisationName);

    /** Removes a partner; the lead cannot be removed, only replaced by making another partner lead. */
    void removePartner(SignedInUser editor, long projectId, long partnerId);

    /** Adds a dated outcome; without a kind or a text it is refused as invalid input. */
    OutcomeSummary addOutcome(
            SignedInUser editor,
            long projectId,
            @Nullable LocalDate date,
            @Nullable OutcomeKind kind,
            LocalizedText text);

    void removeOutcome(SignedInUser editor, long projectId, long outcomeId);

    /**
     * Records what the project's source states about the partnership (partners and countries it
     * counts, named or not), shown beside the partners recorded; {@code null} forgets it. Audited.
     */
    void statePartners(SignedInUser editor, long projectId, @Nullable StatedPartners stated);

    /** The partners of a project the viewer may see, for other modules (events plan delegations per partner). */
    List<PartnerSummary> partners(SignedInUser viewer, long projectId);
}
