package org.jumelage.project.domain;

import java.math.BigDecimal;
import java.time.Clock;
import java.time.LocalDate;
import java.util.Collection;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.Set;
import java.util.TreeMap;
import java.util.function.Consumer;
import java.util.stream.Collectors;
import org.jspecify.annotations.Nullable;
import org.jumelage.account.AuditTrail;
import org.jumelage.account.Role;
import org.jumelage.account.SignedInUser;
import org.jumelage.network.OrganisationDraft;
import org.jumelage.network.OrganisationManagement;
import org.jumelage.network.OrganisationSummary;
import org.jumelage.network.OrganisationType;
import org.jumelage.programme.CallSummary;
import org.jumelage.programme.ProgrammeCatalogue;
import org.jumelage.programme.ReferenceNumber;
import org.jumelage.project.LeadSummary;
import org.jumelage.project.OutcomeKind;
import org.jumelage.project.OutcomeSummary;
import org.jumelage.project.PartnerRole;
import org.jumelage.project.PartnerSummary;
import org.jumelage.project.PortfolioFilter;
import org.jumelage.project.ProjectAction;
import org.jumelage.project.ProjectDetails;
import org.jumelage.project.ProjectDraft;
import org.jumelage.project.ProjectException;
import org.jumelage.project.ProjectManagement;
import org.jumelage.project.ProjectRights;
import org.jumelage.project.ProjectStatus;
import org.jumelage.project.ProjectSummary;
import org.jumelage.project.StatedPartners;
import org.jumelage.project.UnrestrictedProjectReads;
import org.jumelage.shared.Countries;
import org.jumelage.shared.EmailAddress;
import org.jumelage.shared.LocalizedText;
import org.jumelage.shared.ReadOnlyTransactionMemo;
import org.jumelage.shared.SearchText;
import org.jumelage.shared.TextLimits;
import org.jumelage.shared.WebAddress;
import org.springframework.data.domain.Page;
import org.springframework.data.domain.PageImpl;
import org.springframework.data.domain.Pageable;
import org.springframework.data.domain.Slice;
import org.springframework.data.domain.SliceImpl;
import org.springframework.orm.ObjectOptimisticLockingFailureException;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

@Service
class DefaultProjectManagement implements ProjectManagement, UnrestrictedProjectReads {

    static final int MAX_TITLE = 500;
    static final int MAX_ACRONYM = 40;
    static final int MAX_LONG_TEXT = 10_000;
    static final int MAX_NOTE = 2_000;
    static final int MAX_THEME = 100;
    /** numeric(14, 2): twelve digits before the decimal point. */
    static final BigDecimal MAX_AMOUNT = new BigDecimal("999999999999.99");

    private final ProjectRepository projects;
    private final OrganisationManagement organisations;
    private final ProgrammeCatalogue catalogue;
    private final AuditTrail auditTrail;
    private final Clock clock;

    /** The projects' details made in this read-only transaction (the dashboards ask for them twice). */
    private final ReadOnlyTransactionMemo<Long, ProjectDetails> detailsMemo = new ReadOnlyTransactionMemo<>();

    DefaultProjectManagement(
            ProjectRepository projects,
            OrganisationManagement organisations,
            ProgrammeCatalogue catalogue,
            AuditTrail auditTrail,
            Clock clock) {
        this.projects = projects;
        this.organisations = organisations;
        this.catalogue = catalogue;
        this.auditTrail = auditTrail;
        this.clock = clock;
    }

    @Override
    @Transactional
    public ProjectSummary create(SignedInUser creator, ProjectDraft draft) {
        return create(creator, draft, null);
    }

    @Override
    @Transactional
    public ProjectSummary create(SignedInUser creator, ProjectDraft draft, @Nullable StatedPartners stated) {
        if (!creator.hasRole(Role.ADMIN) && !creator.hasRole(Role.COORDINATOR)) {
            throw ProjectException.notAllowed();
        }
        ProjectDraft valid = validated(draft);
        Long leadId = draft.leadOrganisationId();
        if (leadId == null) {
            throw ProjectException.leadRequired();
        }
        OrganisationSummary lead =
                organisations.find(leadId).orElseThrow(() -> ProjectException.unknownOrganisation(leadId));
        if (!creator.hasRole(Role.ADMIN) && !creator.belongsTo(leadId)) {
            throw ProjectException.mustLeadOwnProjects();
        }
        Project project = new Project(valid, clock.instant());
        project.addPartner(lead.id(), lead.country(), PartnerRole.LEAD, clock.instant());
        if (stated != null) {
            project.state(stated, clock.instant());
        }
        projects.saveAndFlush(project);
        auditTrail.record("project.created", target(project), null);
        if (stated != null) {
            auditStated(project, stated);
        }
        return summaries(List.of(project)).get(0);
    }

    @Override
    @Transactional
    public ProjectSummary update(SignedInUser editor, long projectId, ProjectDraft draft, long expectedVersion) {
        return change(editor, projectId, draft, expectedVersion, project -> {});
    }

    @Override
    @Transactional
    public ProjectSummary update(
            SignedInUser editor,
            long projectId,
            ProjectDraft draft,
            @Nullable StatedPartners stated,
            long expectedVersion) {
        return change(editor, projectId, draft, expectedVersion, project -> restate(project, stated));
    }

    private ProjectSummary change(
            SignedInUser editor, long projectId, ProjectDraft draft, long expectedVersion, Consumer<Project> also) {
        Project project = editable(editor, projectId);
        if (project.version() != expectedVersion) {
            throw ProjectException.staleVersion();
        }
        project.apply(validated(draft), clock.instant());
        also.accept(project);
        try {
            projects.saveAndFlush(project);
        } catch (ObjectOptimisticLockingFailureException e) {
            throw ProjectException.staleVersion();
        }
        auditTrail.record("project.updated", target(project), null);
        return summaries(List.of(project)).get(0);
    }

    @Override
    @Transactional(readOnly = true)
    public Optional<ProjectDetails> find(SignedInUser viewer, long projectId) {
        return projects.findById(projectId)
                .filter(project -> !project.isDeleted() && visibleTo(viewer, project))
                .map(project -> detailsMemo.get(project.id(), id -> details(project)));
    }

    @Override
    @Transactional(readOnly = true)
    public Map<Long, ProjectDetails> find(SignedInUser viewer, Collection<Long> projectIds) {
        return detailsOf(projectIds, project -> visibleTo(viewer, project));
    }

    @Override
    @Transactional(readOnly = true)
    public Map<Long, ProjectDetails> findAllUnrestricted(Collection<Long> projectIds) {
        return detailsOf(projectIds, project -> true);
    }

    /**
     * The details of the projects with these ids that exist, are not deleted and pass the filter, in the
     * order of the ids: the projects, their partners and the partners' organisations in one read each.
     */
    private Map<Long, ProjectDetails> detailsOf(
            Collection<Long> projectIds, java.util.function.Predicate<Project> shown) {
        if (projectIds.isEmpty()) {
            return Map.of();
        }
        Map<Long, Project> byId = projects.findAllById(Set.copyOf(projectIds)).stream()
                .filter(project -> !project.isDeleted() && shown.test(project))
                .collect(Collectors.toMap(Project::id, project -> project));
        Map<Long, ProjectDetails> made = detailsMemo.get(byId.keySet(), ids -> {
            Set<Long> organisationIds = new HashSet<>();
            ids.forEach(id -> byId.get(id).partners().stream()
                    .map(Partner::organisationId)
                    .filter(java.util.Objects::nonNull)
                    .forEach(organisationIds::add));
            Map<Long, OrganisationSummary> names =
                    organisationIds.isEmpty() ? Map.of() : organisations.findAll(organisationIds);
            Map<Long, ProjectDetails> views = new HashMap<>();
            ids.forEach(id -> views.put(id, details(byId.get(id), names)));
            return views;
        });
        Map<Long, ProjectDetails> details = new LinkedHashMap<>();
        projectIds.forEach(id -> {
            ProjectDetails found = made.get(id);
            if (found != null) {
                details.putIfAbsent(id, found);
            }
        });
        return details;
    }

    @Override
    @Transactional(readOnly = true)
    public Page<ProjectSummary> portfolio(SignedInUser viewer, PortfolioFilter filter, Pageable pageable) {
        PortfolioQuery portfolio = PortfolioQuery.of(viewer, filter);
        if (portfolio == null) {
            return Page.empty(pageable);
        }
        Page<Project> page = portfolio.page(projects, pageable);
        return new PageImpl<>(summaries(page.getContent()), pageable, page.getTotalElements());
    }

    @Override
    @Transactional(readOnly = true)
    public Slice<ProjectSummary> portfolioStart(SignedInUser viewer, PortfolioFilter filter, Pageable pageable) {
        PortfolioQuery portfolio = PortfolioQuery.of(viewer, filter);
        if (portfolio == null) {
            return new SliceImpl<>(List.of(), pageable, false);
        }
        Slice<Project> slice = portfolio.start(projects, pageable);
        return new SliceImpl<>(summaries(slice.getContent()), pageable, slice.hasNext());
    }

    @Override
    @Transactional(readOnly = true)
    public List<Long> editableIds(SignedInUser viewer) {
        PortfolioQuery portfolio = PortfolioQuery.of(viewer, PortfolioFilter.none());
        if (portfolio == null) {
            return List.of();
        }
        return portfolio.page(projects, Pageable.unpaged()).stream()
                .filter(project -> editableBy(viewer, project))
                .map(Project::id)
                .toList();
    }

    /**
     * What a portfolio reads: the organisation's projects (every project for an administrator who
     * does not narrow by role), narrowed by the filter's normalised values.
     */
    private record PortfolioQuery(
            @Nullable Long organisationId,
            @Nullable PartnerRole role,
            @Nullable ProjectStatus status,
            String measure,
            @Nullable LocalDate yearStart,
            @Nullable LocalDate yearEnd,
            String query) {

        /** A page of the portfolio with the number of its projects. */
        Page<Project> page(ProjectRepository projects, Pageable pageable) {
            return organisationId == null
                    ? projects.allProjects(status, measure, yearStart, yearEnd, query, pageable)
                    : projects.portfolio(organisationId, role, status, measure, yearStart, yearEnd, query, pageable);
        }

        /** A page of the portfolio and whether another follows, without counting its projects. */
        Slice<Project> start(ProjectRepository projects, Pageable pageable) {
            return organisationId == null
                    ? projects.allProjectsStart(status, measure, yearStart, yearEnd, query, pageable)
                    : projects.portfolioStart(
                            organisationId, role, status, measure, yearStart, yearEnd, query, pageable);
        }

        /** The viewer's portfolio, or {@code null} when the viewer has none (no organisation, not an administrator). */
        static @Nullable PortfolioQuery of(SignedInUser viewer, PortfolioFilter filter) {
            Long organisationId = viewer.hasRole(Role.ADMIN) && filter.role() == null ? null : viewer.organisationId();
            if (organisationId == null && !viewer.hasRole(Role.ADMIN)) {
                return null;
            }
            Integer year = filter.year();
            String query =
                    filter.query() == null || filter.query().isBlank() ? "" : SearchText.normalize(filter.query());
            String measure = filter.measure() == null || filter.measure().isBlank()
                    ? ""
                    : filter.measure().strip();
            return new PortfolioQuery(
                    organisationId,
                    filter.role(),
                    filter.status(),
                    measure,
                    year == null ? null : LocalDate.of(year, 1, 1),
                    year == null ? null : LocalDate.of(year, 12, 31),
                    query);
        }
    }

    @Override
    @Transactional(readOnly = true)
    public ProjectRights rights(SignedInUser user, long projectId) {
        return projects.findById(projectId)
                .filter(project -> !project.isDeleted())
                .map(project -> rightsOf(user, project))
                .orElse(ProjectRights.NONE);
    }

    @Override
    @Transactional(readOnly = true)
    public java.util.Map<Long, ProjectRights> rights(SignedInUser user, java.util.Collection<Long> projectIds) {
        java.util.Map<Long, ProjectRights> rights = new java.util.LinkedHashMap<>();
        projectIds.forEach(id -> rights.put(id, ProjectRights.NONE));
        if (!projectIds.isEmpty()) {
            for (Project project : projects.findAllById(projectIds)) {
                if (!project.isDeleted()) {
                    rights.put(project.id(), rightsOf(user, project));
                }
            }
        }
        return rights;
    }

    @Override
    @Transactional(readOnly = true)
    public boolean canEdit(SignedInUser viewer, long projectId) {
        return rights(viewer, projectId).may(ProjectAction.EDIT);
    }

    @Override
    @Transactional(readOnly = true)
    public boolean canView(SignedInUser viewer, long projectId) {
        return rights(viewer, projectId).may(ProjectAction.VIEW);
    }

    @Override
    @Transactional
    public void delete(SignedInUser editor, long projectId) {
        Project project = editable(editor, projectId);
        project.delete(clock.instant());
        auditTrail.record("project.deleted", target(project), null);
    }

    @Override
    @Transactional(readOnly = true)
    public List<ProjectSummary> deleted(SignedInUser administrator) {
        requireAdministrator(administrator);
        return summaries(projects.findByDeletedAtIsNotNullOrderByDeletedAtDesc());
    }

    @Override
    @Transactional(readOnly = true)
    public long deletedCount(SignedInUser administrator) {
        requireAdministrator(administrator);
        return projects.countByDeletedAtIsNotNull();
    }

    @Override
    @Transactional
    public void restore(SignedInUser administrator, long projectId) {
        requireAdministrator(administrator);
        Project project = projects.findById(projectId).orElseThrow(() -> ProjectException.notFound(projectId));
        project.restore();
        auditTrail.record("project.restored", target(project), null);
    }

    @Override
    @Transactional
    public PartnerSummary addPartner(
            SignedInUser editor,
            long projectId,
            @Nullable Long organisationId,
            @Nullable String country,
            PartnerRole role) {
        Project project = editable(editor, projectId);
        String partnerCountry;
        LocalizedText name = null;
        if (organisationId != null) {
            OrganisationSummary organisation = organisations
                    .find(organisationId)
                    .orElseThrow(() -> ProjectException.unknownOrganisation(organisationId));
            partnerCountry = country == null || country.isBlank() ? organisation.country() : validCountry(country);
            name = organisation.names();
        } else {
            if (country == null || country.isBlank()) {
                throw ProjectException.countryRequired();
            }
            partnerCountry = validCountry(country);
        }
        Partner added = project.addPartner(organisationId, partnerCountry, role, clock.instant());
        // saveAndFlush merges: the stored partner is a copy of the one added, so read its id from there.
        Partner partner = projects.saveAndFlush(project).partners().stream()
                .filter(stored -> stored == added
                        || (stored.id() != null
                                && java.util.Objects.equals(stored.organisationId(), organisationId)
                                && stored.country().equals(partnerCountry)
                                && stored.role() == role))
                .max(java.util.Comparator.comparing(stored -> stored.id() == null ? Long.MIN_VALUE : stored.id()))
                .orElse(added);
        auditTrail.record(
                "project.partner-added",
                target(project),
                role + " " + (organisationId == null ? "unnamed" : "organisation " + organisationId) + " "
                        + partnerCountry);
        return new PartnerSummary(
                java.util.Objects.requireNonNull(partner.id()), organisationId, name, partnerCountry, role);
    }

    @Override
    @Transactional
    public PartnerSummary addPartnerFromTown(
            SignedInUser editor, long projectId, long townId, LocalizedText newOrganisationName) {
        editable(editor, projectId);
        OrganisationSummary organisation = organisations.inTown(townId).stream()
                .findFirst()
                .orElseGet(() -> {
                    if (!editor.hasRole(Role.ADMIN) && !editor.hasRole(Role.COORDINATOR)) {
                        throw ProjectException.notAllowed();
                    }
                    return organisations.create(new OrganisationDraft(
                            newOrganisationName, OrganisationType.MUNICIPALITY, townId, null, null, null));
                });
        return addPartner(editor, projectId, organisation.id(), null, PartnerRole.PARTNER);
    }

    @Override
    @Transactional
    public void removePartner(SignedInUser editor, long projectId, long partnerId) {
        Project project = editable(editor, projectId);
        Partner removed = project.removePartner(partnerId, clock.instant());
        auditTrail.record(
                "project.partner-removed",
                target(project),
                removed.role() + " " + removed.organisationId() + " " + removed.country());
    }

    @Override
    @Transactional
    public OutcomeSummary addOutcome(
            SignedInUser editor,
            long projectId,
            @Nullable LocalDate date,
            @Nullable OutcomeKind kind,
            LocalizedText text) {
        Project project = editable(editor, projectId);
        if (kind == null) {
            throw ProjectException.outcomeKindRequired();
        }
        if (text.isEmpty()) {
            throw ProjectException.outcomeTextRequired();
        }
        checkLength("textLv", text.lv(), 4000);
        checkLength("textEn", text.en(), 4000);
        Outcome outcome = project.addOutcome(date, kind, text, clock.instant());
        projects.saveAndFlush(project);
        auditTrail.record("project.outcome-added", target(project), kind.name());
        return outcome.toSummary();
    }

    @Override
    @Transactional
    public void removeOutcome(SignedInUser editor, long projectId, long outcomeId) {
        Project project = editable(editor, projectId);
        project.removeOutcome(outcomeId, clock.instant());
        auditTrail.record("project.outcome-removed", target(project), null);
    }

    @Override
    @Transactional
    public void statePartners(SignedInUser editor, long projectId, @Nullable StatedPartners stated) {
        restate(editable(editor, projectId), stated);
    }

    /** Records what the source states, audited as {@code project.stated-partners} when it changes. */
    private void restate(Project project, @Nullable StatedPartners stated) {
        if (Objects.equals(project.stated(), stated)) {
            return;
        }
        project.state(stated, clock.instant());
        auditStated(project, stated);
    }

    private void auditStated(Project project, @Nullable StatedPartners stated) {
        auditTrail.record(
                "project.stated-partners",
                target(project),
                stated == null
                        ? null
                        : stated.partners() + " partners"
                                + (stated.countries() == null ? "" : ", " + stated.countries() + " countries"));
    }

    @Override
    @Transactional(readOnly = true)
    public List<PartnerSummary> partners(SignedInUser viewer, long projectId) {
        return find(viewer, projectId)
                .map(ProjectDetails::partners)
                .orElseThrow(() -> ProjectException.notFound(projectId));
    }

    @Override
    @Transactional(readOnly = true)
    public List<Long> endedBefore(LocalDate date) {
        return projects.endedBefore(date);
    }

    @Override
    @Transactional(readOnly = true)
    public List<org.jumelage.project.ProjectCallStatus> callStatusesUnrestricted() {
        return projects.callStatuses();
    }

    @Override
    @Transactional(readOnly = true)
    public Optional<ProjectDetails> findUnrestricted(long projectId) {
        return projects.findById(projectId)
                .filter(project -> !project.isDeleted())
                .map(this::details);
    }

    @Override
    @Transactional(readOnly = true)
    public boolean existsUnrestricted(long projectId) {
        return projects.findById(projectId)
                .filter(project -> !project.isDeleted())
                .isPresent();
    }

    @Override
    @Transactional(readOnly = true)
    public List<ProjectSummary> summariesUnrestricted(Collection<Long> projectIds) {
        if (projectIds.isEmpty()) {
            return List.of();
        }
        Map<Long, Project> byId = projects.findAllById(projectIds).stream()
                .filter(project -> !project.isDeleted())
                .collect(Collectors.toMap(Project::id, project -> project));
        List<Project> ordered = projectIds.stream()
                .distinct()
                .map(byId::get)
                .filter(java.util.Objects::nonNull)
                .toList();
        return summaries(ordered);
    }

    // --- rules ---------------------------------------------------------------------------------

    /**
     * Checks a draft and fills what the reference number implies: a draft without a measure takes
     * the measure the reference number names.
     */
    private ProjectDraft validated(ProjectDraft draft) {
        if (draft.titles().isEmpty()
                && (draft.acronym() == null || draft.acronym().isBlank())) {
            throw ProjectException.titleRequired();
        }
        checkLength("titleLv", draft.titles().lv(), MAX_TITLE);
        checkLength("titleEn", draft.titles().en(), MAX_TITLE);
        checkLength("originalTitle", draft.originalTitle(), MAX_TITLE);
        checkLength("acronym", draft.acronym(), MAX_ACRONYM);
        checkLength("referenceNumber", draft.referenceNumber(), 100);
        checkLength("summaryLv", draft.summary().lv(), MAX_LONG_TEXT);
        checkLength("summaryEn", draft.summary().en(), MAX_LONG_TEXT);
        checkLength("objectivesLv", draft.objectives().lv(), MAX_LONG_TEXT);
        checkLength("objectivesEn", draft.objectives().en(), MAX_LONG_TEXT);
        checkLength("sourceNote", draft.sourceNote(), MAX_NOTE);
        checkLength("coordinatorName", draft.coordinatorName(), 200);
        checkLength("coordinatorPhone", draft.coordinatorPhone(), 50);
        checkLength("website", draft.website(), WebAddress.MAX_LENGTH);
        for (String theme : draft.themes()) {
            checkLength("themes", theme, MAX_THEME);
        }

        String measure = draft.measure() == null ? "" : draft.measure().strip();
        if (measure.isEmpty() && draft.referenceNumber() != null) {
            ReferenceNumber reference = catalogue.readReferenceNumber(draft.referenceNumber());
            if (reference.parsed() && reference.measureCode() != null) {
                measure = reference.measureCode();
            }
        }
        String callCode = draft.callCode() == null || draft.callCode().isBlank()
                ? null
                : draft.callCode().strip();
        if (measure.isEmpty() && callCode != null) {
            measure = catalogue.call(callCode).map(CallSummary::measureCode).orElse("");
        }
        String measureCode = measure;
        if (measureCode.isEmpty()) {
            // An idea has no measure yet; from preparation on the rules need one.
            if (draft.status() != ProjectStatus.IDEA) {
                throw ProjectException.measureRequired();
            }
        } else if (catalogue.measure(measureCode).isEmpty()) {
            throw ProjectException.unknownMeasure(measureCode);
        }
        if (callCode != null) {
            CallSummary call = catalogue.call(callCode).orElseThrow(() -> ProjectException.unknownCall(callCode));
            if (!call.measureCode().equals(measureCode)) {
                throw ProjectException.callOfOtherMeasure(callCode);
            }
        }
        if (draft.startDate() != null
                && draft.endDate() != null
                && draft.endDate().isBefore(draft.startDate())) {
            throw ProjectException.endBeforeStart();
        }
        checkAmount("totalCost", draft.totalCost());
        checkAmount("euGrant", draft.euGrant());
        if (draft.totalCost() != null
                && draft.euGrant() != null
                && draft.euGrant().compareTo(draft.totalCost()) > 0) {
            throw ProjectException.grantAboveCost();
        }
        if (draft.fundingRate() != null
                && (draft.fundingRate().signum() < 0 || draft.fundingRate().compareTo(BigDecimal.valueOf(100)) > 0)) {
            throw ProjectException.fundingRateOutOfRange();
        }
        if (draft.website() != null
                && !draft.website().isBlank()
                && !WebAddress.isValid(draft.website().strip())) {
            throw ProjectException.invalidWebsite();
        }
        if (draft.coordinatorEmail() != null
                && !draft.coordinatorEmail().isBlank()
                && !EmailAddress.isValid(draft.coordinatorEmail().strip())) {
            throw ProjectException.invalidEmail();
        }
        return draft.toBuilder().measure(measureCode).callCode(callCode).build();
    }

    private static void checkLength(String field, @Nullable String text, int max) {
        if (TextLimits.tooLong(text, max)) {
            throw ProjectException.textTooLong(field, max);
        }
    }

    private static void checkAmount(String field, @Nullable BigDecimal amount) {
        if (amount == null) {
            return;
        }
        if (amount.signum() < 0) {
            throw ProjectException.negativeAmount(field);
        }
        if (amount.compareTo(MAX_AMOUNT) > 0) {
            throw ProjectException.amountTooLarge(field);
        }
    }

    private static String validCountry(String country) {
        String code = country.strip().toUpperCase(java.util.Locale.ROOT);
        if (!Countries.isKnown(code)) {
            throw ProjectException.unknownCountry(country);
        }
        return code;
    }

    // --- permissions -------------------------------------------------------------------------

    /**
     * The one rule of the project module ("Who may do what" in docs/architecture.md): administrators
     * see and edit every project; users of a partner organisation (lead included) see it;
     * coordinators of the lead organisation edit it.
     */
    static ProjectRights rightsOf(SignedInUser user, Project project) {
        boolean admin = user.hasRole(Role.ADMIN);
        Long organisation = user.organisationId();
        boolean view = admin || (organisation != null && project.hasPartner(organisation));
        boolean edit =
                admin || (user.hasRole(Role.COORDINATOR) && organisation != null && project.isLedBy(organisation));
        return new ProjectRights(view, edit);
    }

    private static boolean visibleTo(SignedInUser viewer, Project project) {
        return rightsOf(viewer, project).may(ProjectAction.VIEW);
    }

    private static boolean editableBy(SignedInUser viewer, Project project) {
        return rightsOf(viewer, project).may(ProjectAction.EDIT);
    }

    /** The project, when the editor may change it; invisible projects answer as not found. */
    private Project editable(SignedInUser editor, long projectId) {
        Project project = projects.findById(projectId)
                .filter(candidate -> !candidate.isDeleted() && visibleTo(editor, candidate))
                .orElseThrow(() -> ProjectException.notFound(projectId));
        if (!editableBy(editor, project)) {
            throw ProjectException.notAllowed();
        }
        return project;
    }

    private static void requireAdministrator(SignedInUser user) {
        if (!user.hasRole(Role.ADMIN)) {
            throw ProjectException.notAllowed();
        }
    }

    // --- views ----------------------------------------------------------------------------------

    private List<ProjectSummary> summaries(Collection<Project> page) {
        Set<Long> organisationIds = new HashSet<>();
        page.forEach(project -> project.lead().map(Partner::organisationId).ifPresent(organisationIds::add));
        Map<Long, OrganisationSummary> names =
                organisationIds.isEmpty() ? Map.of() : organisations.findAll(organisationIds);
        return page.stream().map(project -> summary(project, names)).toList();
    }

    private static ProjectSummary summary(Project project, Map<Long, OrganisationSummary> organisationsById) {
        LeadSummary lead = project.lead()
                .map(partner -> {
                    OrganisationSummary organisation =
                            partner.organisationId() == null ? null : organisationsById.get(partner.organisationId());
                    return new LeadSummary(
                            partner.organisationId(),
                            organisation == null ? null : organisation.names(),
                            partner.country());
                })
                .orElse(null);
        return new ProjectSummary(
                project.id(),
                project.acronym(),
                project.titles(),
                project.measureCode(),
                project.referenceNumber(),
                project.status(),
                project.startDate(),
                project.endDate(),
                project.totalCost(),
                project.euGrant(),
                project.fundingRate(),
                project.website(),
                lead,
                project.countingPartners().size(),
                project.countryCount(),
                project.version());
    }

    private ProjectDetails details(Project project) {
        Set<Long> organisationIds = project.partners().stream()
                .map(Partner::organisationId)
                .filter(java.util.Objects::nonNull)
                .collect(Collectors.toSet());
        Map<Long, OrganisationSummary> names =
                organisationIds.isEmpty() ? Map.of() : organisations.findAll(organisationIds);
        return details(project, names);
    }

    /** The project page's view, with the partners' organisations already read. */
    private ProjectDetails details(Project project, Map<Long, OrganisationSummary> names) {
        List<PartnerSummary> partners = project.partners().stream()
                .map(partner -> new PartnerSummary(
                        partner.id() == null ? 0 : partner.id(),
                        partner.organisationId(),
                        partner.organisationId() == null || !names.containsKey(partner.organisationId())
                                ? null
                                : names.get(partner.organisationId()).names(),
                        partner.country(),
                        partner.role()))
                .toList();
        Map<String, List<PartnerSummary>> byCountry = new TreeMap<>();
        partners.forEach(partner -> byCountry
                .computeIfAbsent(partner.country(), country -> new java.util.ArrayList<>())
                .add(partner));
        ReferenceNumber reference =
                project.referenceNumber() == null ? null : catalogue.readReferenceNumber(project.referenceNumber());
        return new ProjectDetails(
                summary(project, names),
                project.originalTitle(),
                project.originalLanguage(),
                project.callCode(),
                reference,
                project.summary(),
                project.objectives(),
                project.themes(),
                project.coordinatorName(),
                project.coordinatorEmail(),
                project.coordinatorPhone(),
                project.sourceNote(),
                partners,
                new LinkedHashMap<>(byCountry),
                project.outcomes().stream().map(Outcome::toSummary).toList(),
                project.updatedAt(),
                project.stated());
    }

    private static String target(Project project) {
        return "project " + project.id() + " " + project.label();
    }
}
