package org.jumelage.participation.web;

import io.swagger.v3.oas.annotations.media.Content;
import io.swagger.v3.oas.annotations.media.Schema;
import io.swagger.v3.oas.annotations.responses.ApiResponse;
import java.net.URI;
import java.util.List;
import org.jspecify.annotations.Nullable;
import org.jumelage.account.SignedInUser;
import org.jumelage.event.EventException;
import org.jumelage.event.EventManagement;
import org.jumelage.participation.DelegationDraft;
import org.jumelage.participation.DelegationImport;
import org.jumelage.participation.DelegationImportReport;
import org.jumelage.participation.DelegationManagement;
import org.jumelage.participation.DelegationSummary;
import org.springframework.context.MessageSource;
import org.springframework.http.HttpStatus;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.security.core.annotation.AuthenticationPrincipal;
import org.springframework.web.bind.annotation.DeleteMapping;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.PutMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.ResponseStatus;
import org.springframework.web.bind.annotation.RestController;
import org.springframework.web.multipart.MultipartFile;

/** JSON API of delegations: countries as ISO codes, the head as {@code head} and {@code headEmail}. */
@RestController
class DelegationApiController {

    private final DelegationManagement delegations;
    private final EventManagement events;
    private final DelegationImport imports;
    private final MessageSource messages;

    DelegationApiController(
            DelegationManagement delegations,
            EventManagement events,
            DelegationImport imports,
            MessageSource messages) {
        this.delegations = delegations;
        this.events = events;
        this.imports = imports;
        this.messages = messages;
    }

    /** One problem of an imported list: the row as a spreadsheet numbers it, the column's stable key. */
    record ImportProblem(int row, @Nullable String column, String message) {}

    record ImportReport(int rows, int validRows, int imported, List<ImportProblem> problems) {}

    /**
     * Imports a delegation list (multipart {@code file}, CSV or XLSX). {@code dryRun} only checks;
     * {@code validOnly} stores the passing rows when others fail; {@code consent} must be true to
     * store. Answers 422 with the problems when rows fail and nothing was stored.
     */
    @PostMapping(path = "/api/v1/delegations/{id}/import", consumes = "multipart/form-data")
    @ApiResponse(responseCode = "200", description = "Checked, or stored; 'problems' names the rows that failed")
    @ApiResponse(
            responseCode = "422",
            description = "Rows failed and nothing was stored; 'problems' names them",
            content =
                    @Content(
                            mediaType = MediaType.APPLICATION_JSON_VALUE,
                            schema = @Schema(implementation = ImportReport.class)))
    ResponseEntity<ImportReport> importList(
            @AuthenticationPrincipal SignedInUser me,
            @PathVariable long id,
            @RequestParam("file") MultipartFile file,
            @RequestParam(defaultValue = "false") boolean dryRun,
            @RequestParam(defaultValue = "false") boolean validOnly,
            @RequestParam(defaultValue = "false") boolean consent,
            java.util.Locale locale)
            throws java.io.IOException {
        String name = file.getOriginalFilename() == null ? "" : file.getOriginalFilename();
        DelegationImportReport report;
        try (java.io.InputStream content = file.getInputStream()) {
            report = dryRun
                    ? imports.check(me, id, name, content)
                    : imports.importList(me, id, name, content, validOnly, consent);
        }
        ImportReport body = new ImportReport(
                report.rows(),
                report.validRows(),
                report.imported(),
                report.problems().stream()
                        .map(problem -> new ImportProblem(
                                problem.row(),
                                problem.column() == null
                                        ? null
                                        : problem.column().key(),
                                messages.getMessage(problem.messageKey(), problem.arguments(), locale)))
                        .toList());
        boolean refused = !dryRun && !report.allValid() && report.imported() == 0;
        return refused ? ResponseEntity.unprocessableContent().body(body) : ResponseEntity.ok(body);
    }

    record Items<T>(List<T> items, long total) {}

    /** The body of POST and PUT; PUT ignores the partner fields and needs {@code version}. */
    record DelegationRequest(
            @Nullable Long partnerId,
            @Nullable Long organisationId,
            @Nullable String country,
            @Nullable Integer plannedSize,
            @Nullable String head,
            @Nullable String headEmail,
            @Nullable Long version) {

        DelegationDraft toDraft() {
            return new DelegationDraft(partnerId, organisationId, country, plannedSize, head, headEmail);
        }
    }

    /** A delegation as the API answers it; {@code registrationLink} only for those who may share it. */
    record DelegationResource(
            long id,
            long eventId,
            long partnerId,
            @Nullable Long organisationId,
            @Nullable String organisationName,
            String country,
            int plannedSize,
            @Nullable String head,
            @Nullable String headEmail,
            int registered,
            int confirmed,
            @Nullable String linkToken,
            @Nullable String registrationLink,
            long version) {

        static DelegationResource of(DelegationSummary summary, java.util.Locale locale) {
            return new DelegationResource(
                    summary.id(),
                    summary.eventId(),
                    summary.partnerId(),
                    summary.organisationId(),
                    summary.organisationName() == null
                            ? null
                            : summary.organisationName().in(locale),
                    summary.country(),
                    summary.plannedSize(),
                    summary.headName(),
                    summary.headEmail(),
                    summary.registered(),
                    summary.confirmed(),
                    summary.linkToken(),
                    summary.linkPath(),
                    summary.version());
        }
    }

    @GetMapping("/api/v1/events/{eventId}/delegations")
    Items<DelegationResource> list(
            @AuthenticationPrincipal SignedInUser me, @PathVariable long eventId, java.util.Locale locale) {
        events.find(me, eventId).orElseThrow(() -> EventException.notFound(eventId));
        List<DelegationResource> list = delegations.forEvent(me, eventId).stream()
                .map(summary -> DelegationResource.of(summary, locale))
                .toList();
        return new Items<>(list, list.size());
    }

    @ResponseStatus(HttpStatus.CREATED)
    @PostMapping("/api/v1/events/{eventId}/delegations")
    ResponseEntity<DelegationResource> create(
            @AuthenticationPrincipal SignedInUser me,
            @PathVariable long eventId,
            @RequestBody DelegationRequest request,
            java.util.Locale locale) {
        DelegationSummary created = delegations.create(me, eventId, request.toDraft());
        return ResponseEntity.created(URI.create("/api/v1/delegations/" + created.id()))
                .body(DelegationResource.of(created, locale));
    }

    @GetMapping("/api/v1/delegations/{id}")
    DelegationResource get(@AuthenticationPrincipal SignedInUser me, @PathVariable long id, java.util.Locale locale) {
        return delegations
                .find(me, id)
                .map(summary -> DelegationResource.of(summary, locale))
                .orElseThrow(() -> EventException.delegationNotFound(id));
    }

    @PutMapping("/api/v1/delegations/{id}")
    DelegationResource update(
            @AuthenticationPrincipal SignedInUser me,
            @PathVariable long id,
            @RequestBody DelegationRequest request,
            java.util.Locale locale) {
        if (request.version() == null) {
            throw EventException.delegationStaleVersion();
        }
        return DelegationResource.of(delegations.update(me, id, request.toDraft(), request.version()), locale);
    }

    @DeleteMapping("/api/v1/delegations/{id}")
    ResponseEntity<Void> delete(@AuthenticationPrincipal SignedInUser me, @PathVariable long id) {
        delegations.delete(me, id);
        return ResponseEntity.noContent().build();
    }

    @PostMapping("/api/v1/delegations/{id}/link")
    DelegationResource regenerateLink(
            @AuthenticationPrincipal SignedInUser me, @PathVariable long id, java.util.Locale locale) {
        return DelegationResource.of(delegations.regenerateLink(me, id), locale);
    }
}
