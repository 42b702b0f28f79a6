package org.jumelage.project.web;

import java.math.BigDecimal;
import java.net.URI;
import java.time.LocalDate;
import java.util.List;
import org.jspecify.annotations.Nullable;
import org.jumelage.account.SignedInUser;
import org.jumelage.project.LeadSummary;
import org.jumelage.project.PartnerRole;
import org.jumelage.project.PartnerSummary;
import org.jumelage.project.PortfolioFilter;
import org.jumelage.project.ProjectDetails;
import org.jumelage.project.ProjectDraft;
import org.jumelage.project.ProjectException;
import org.jumelage.project.ProjectManagement;
import org.jumelage.project.ProjectStatus;
import org.jumelage.project.ProjectSummary;
import org.jumelage.project.StatedPartners;
import org.jumelage.shared.LocalizedText;
import org.jumelage.shared.Paging;
import org.springframework.data.domain.Page;
import org.springframework.http.HttpStatus;
import org.springframework.http.ResponseEntity;
import org.springframework.security.core.annotation.AuthenticationPrincipal;
import org.springframework.web.bind.annotation.DeleteMapping;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.PutMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.ResponseStatus;
import org.springframework.web.bind.annotation.RestController;

/**
 * JSON API of projects and their partners. Dates are ISO 8601, countries ISO 3166-1 alpha-2,
 * amounts decimal numbers in the currency named beside them (always EUR).
 */
@RestController
@RequestMapping("/api/v1/projects")
class ProjectApiController {

    static final int MAX_PAGE_SIZE = 100;
    static final String CURRENCY = "EUR";

    private final ProjectManagement projects;

    ProjectApiController(ProjectManagement projects) {
        this.projects = projects;
    }

    /** A list with its total, the shape every list of the API has. */
    record Items<T>(List<T> items, long total, int page, int size) {
        static <T> Items<T> of(Page<T> page) {
            return new Items<>(page.getContent(), page.getTotalElements(), page.getNumber(), page.getSize());
        }
    }

    record Lead(@Nullable Long id, @Nullable LocalizedText name, String country) {
        static @Nullable Lead of(@Nullable LeadSummary lead) {
            return lead == null ? null : new Lead(lead.id(), lead.name(), lead.country());
        }
    }

    /** A project as the API answers it. */
    record ProjectResource(
            long id,
            @Nullable String acronym,
            LocalizedText titles,
            String measure,
            @Nullable String referenceNumber,
            ProjectStatus status,
            @Nullable LocalDate startDate,
            @Nullable LocalDate endDate,
            @Nullable BigDecimal totalCost,
            @Nullable BigDecimal euGrant,
            @Nullable BigDecimal fundingRate,
            String currency,
            @Nullable String website,
            @Nullable Lead lead,
            int partnerCount,
            int countryCount,
            long version) {

        static ProjectResource of(ProjectSummary project) {
            return new ProjectResource(
                    project.id(),
                    project.acronym(),
                    project.titles(),
                    project.measure(),
                    project.referenceNumber(),
                    project.status(),
                    project.startDate(),
                    project.endDate(),
                    project.totalCost(),
                    project.euGrant(),
                    project.fundingRate(),
                    CURRENCY,
                    project.website(),
                    Lead.of(project.lead()),
                    project.partnerCount(),
                    project.countryCount(),
                    project.version());
        }
    }

    /**
     * A project with what only its own page shows. {@code statedPartners} and {@code statedCountries}
     * are what the project's source counts (named or not), {@code null} when it says nothing.
     */
    record ProjectDetailsResource(
            ProjectResource project,
            @Nullable String callCode,
            LocalizedText summary,
            LocalizedText objectives,
            List<String> themes,
            @Nullable String coordinatorName,
            @Nullable String coordinatorEmail,
            @Nullable String sourceNote,
            @Nullable Integer statedPartners,
            @Nullable Integer statedCountries,
            List<PartnerSummary> partners,
            List<org.jumelage.project.OutcomeSummary> outcomes) {

        static ProjectDetailsResource of(ProjectDetails details) {
            StatedPartners stated = details.statedPartners();
            return new ProjectDetailsResource(
                    ProjectResource.of(details.summary()),
                    details.callCode(),
                    details.projectSummary(),
                    details.objectives(),
                    details.themes(),
                    details.coordinatorName(),
                    details.coordinatorEmail(),
                    details.sourceNote(),
                    stated == null ? null : stated.partners(),
                    stated == null ? null : stated.countries(),
                    details.partners(),
                    details.outcomes());
        }
    }

    /**
     * The request body of POST and PUT; absent texts are empty, absent lists are empty. The stated
     * counts ({@code statedPartners} 1–1000, {@code statedCountries} 1–60 and not above partners)
     * are replaced like every other field: both absent forget them.
     */
    record ProjectRequest(
            @Nullable String acronym,
            @Nullable LocalizedText titles,
            @Nullable String originalTitle,
            @Nullable String originalLanguage,
            @Nullable String measure,
            @Nullable String callCode,
            @Nullable String referenceNumber,
            @Nullable ProjectStatus status,
            @Nullable LocalDate startDate,
            @Nullable LocalDate endDate,
            @Nullable BigDecimal totalCost,
            @Nullable BigDecimal euGrant,
            @Nullable BigDecimal fundingRate,
            @Nullable String website,
            @Nullable LocalizedText summary,
            @Nullable LocalizedText objectives,
            @Nullable List<String> themes,
            @Nullable String coordinatorName,
            @Nullable String coordinatorEmail,
            @Nullable String coordinatorPhone,
            @Nullable Long leadOrganisationId,
            @Nullable String sourceNote,
            @Nullable Integer statedPartners,
            @Nullable Integer statedCountries,
            @Nullable Long version) {

        @Nullable
        StatedPartners toStated() {
            return StatedPartners.of(statedPartners, statedCountries);
        }

        ProjectDraft toDraft() {
            return ProjectDraft.builder()
                    .acronym(acronym)
                    .titles(titles == null ? LocalizedText.of(null, null) : titles)
                    .originalTitle(originalTitle)
                    .originalLanguage(originalLanguage)
                    .measure(measure == null ? "" : measure)
                    .callCode(callCode)
                    .referenceNumber(referenceNumber)
                    .status(status == null ? ProjectStatus.IDEA : status)
                    .startDate(startDate)
                    .endDate(endDate)
                    .totalCost(totalCost)
                    .euGrant(euGrant)
                    .fundingRate(fundingRate)
                    .website(website)
                    .summary(summary == null ? LocalizedText.of(null, null) : summary)
                    .objectives(objectives == null ? LocalizedText.of(null, null) : objectives)
                    .themes(themes == null ? List.of() : themes)
                    .coordinatorName(coordinatorName)
                    .coordinatorEmail(coordinatorEmail)
                    .coordinatorPhone(coordinatorPhone)
                    .leadOrganisationId(leadOrganisationId)
                    .sourceNote(sourceNote)
                    .build();
        }
    }

    record PartnerRequest(
            @Nullable Long organisationId,
            @Nullable String country,
            @Nullable PartnerRole role) {}

    @GetMapping
    Items<ProjectResource> list(
            @AuthenticationPrincipal SignedInUser me,
            @RequestParam(required = false) @Nullable String q,
            @RequestParam(required = false) @Nullable ProjectStatus status,
            @RequestParam(required = false) @Nullable String measure,
            @RequestParam(required = false) @Nullable Integer year,
            @RequestParam(required = false) @Nullable PartnerRole role,
            @RequestParam(defaultValue = "0") int page,
            @RequestParam(defaultValue = "20") int size) {
        var request = Paging.page(page, size, MAX_PAGE_SIZE);
        return Items.of(projects.portfolio(me, new PortfolioFilter(q, status, measure, year, role), request)
                .map(ProjectResource::of));
    }

    @ResponseStatus(HttpStatus.CREATED)
    @PostMapping
    ResponseEntity<ProjectResource> create(
            @AuthenticationPrincipal SignedInUser me, @RequestBody ProjectRequest request) {
        ProjectSummary created = projects.create(me, request.toDraft(), request.toStated());
        return ResponseEntity.created(URI.create("/api/v1/projects/" + created.id()))
                .body(ProjectResource.of(created));
    }

    @GetMapping("/{id}")
    ProjectDetailsResource get(@AuthenticationPrincipal SignedInUser me, @PathVariable long id) {
        return projects.find(me, id).map(ProjectDetailsResource::of).orElseThrow(() -> ProjectException.notFound(id));
    }

    @PutMapping("/{id}")
    ProjectResource update(
            @AuthenticationPrincipal SignedInUser me, @PathVariable long id, @RequestBody ProjectRequest request) {
        if (request.version() == null) {
            throw ProjectException.staleVersion();
        }
        return ProjectResource.of(projects.update(me, id, request.toDraft(), request.toStated(), request.version()));
    }

    @DeleteMapping("/{id}")
    ResponseEntity<Void> delete(@AuthenticationPrincipal SignedInUser me, @PathVariable long id) {
        projects.delete(me, id);
        return ResponseEntity.noContent().build();
    }

    @GetMapping("/{id}/partners")
    Items<PartnerSummary> partners(@AuthenticationPrincipal SignedInUser me, @PathVariable long id) {
        List<PartnerSummary> partners = projects.partners(me, id);
        return new Items<>(partners, partners.size(), 0, partners.size());
    }

    @ResponseStatus(HttpStatus.CREATED)
    @PostMapping("/{id}/partners")
    ResponseEntity<PartnerSummary> addPartner(
            @AuthenticationPrincipal SignedInUser me, @PathVariable long id, @RequestBody PartnerRequest request) {
        PartnerSummary partner = projects.addPartner(
                me,
                id,
                request.organisationId(),
                request.country(),
                request.role() == null ? PartnerRole.PARTNER : request.role());
        return ResponseEntity.created(URI.create("/api/v1/projects/" + id + "/partners/" + partner.id()))
                .body(partner);
    }

    @DeleteMapping("/{id}/partners/{partnerId}")
    ResponseEntity<Void> removePartner(
            @AuthenticationPrincipal SignedInUser me, @PathVariable long id, @PathVariable long partnerId) {
        projects.removePartner(me, id, partnerId);
        return ResponseEntity.noContent().build();
    }
}
