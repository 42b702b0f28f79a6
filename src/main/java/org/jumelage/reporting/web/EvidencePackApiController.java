package org.jumelage.reporting.web;

import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.media.Content;
import io.swagger.v3.oas.annotations.media.Schema;
import io.swagger.v3.oas.annotations.responses.ApiResponse;
import io.swagger.v3.oas.annotations.tags.Tag;
import java.util.Locale;
import org.jumelage.account.SignedInUser;
import org.jumelage.reporting.EvidencePack;
import org.jumelage.reporting.EvidencePacks;
import org.springframework.http.ResponseEntity;
import org.springframework.security.core.annotation.AuthenticationPrincipal;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.RestController;
import org.springframework.web.servlet.mvc.method.annotation.StreamingResponseBody;

/** The evidence pack on the API: the ZIP itself, and what it will hold and lack as JSON. */
@RestController
@Tag(
        name = "Evidence pack",
        description = "Audit-ready ZIP of a project or event: participant lists, signed scans, agendas, photos and "
                + "manifest.csv (path,bytes,sha256,description); for the project's editors")
class EvidencePackApiController {

    private static final String ZIP_DESCRIPTION = "The ZIP, streamed: README.txt first, then the evidence, "
            + "missing.txt and manifest.csv (path,bytes,sha256,description) last";
    private static final String REFUSALS =
            " A partner who only views the project is refused (403); one who may not see it gets 404.";

    private final EvidencePacks packs;

    EvidencePackApiController(EvidencePacks packs) {
        this.packs = packs;
    }

    @GetMapping("/api/v1/projects/{id}/evidence-pack")
    @Operation(
            summary = "Download a project's evidence pack",
            description = "Every event of the project (deleted ones left out)." + REFUSALS)
    @ApiResponse(
            responseCode = "200",
            description = ZIP_DESCRIPTION,
            content = @Content(mediaType = PackDownloads.ZIP, schema = @Schema(type = "string", format = "binary")))
    ResponseEntity<StreamingResponseBody> project(
            @AuthenticationPrincipal SignedInUser me, @PathVariable long id, Locale locale) {
        return PackDownloads.zip(packs.download(me, EvidencePack.Subject.project(id), locale));
    }

    @GetMapping("/api/v1/events/{id}/evidence-pack")
    @Operation(summary = "Download an event's evidence pack", description = "One event." + REFUSALS)
    @ApiResponse(
            responseCode = "200",
            description = ZIP_DESCRIPTION,
            content = @Content(mediaType = PackDownloads.ZIP, schema = @Schema(type = "string", format = "binary")))
    ResponseEntity<StreamingResponseBody> event(
            @AuthenticationPrincipal SignedInUser me, @PathVariable long id, Locale locale) {
        return PackDownloads.zip(packs.download(me, EvidencePack.Subject.event(id), locale));
    }

    @GetMapping("/api/v1/projects/{id}/evidence-pack/contents")
    @Operation(
            summary = "What a project's evidence pack will hold and what it lacks",
            description = "The files planned (sizes known for stored files) and the missing items, in the caller's "
                    + "language (Accept-Language)." + REFUSALS)
    @ApiResponse(responseCode = "200", description = "The planned files and the missing items")
    EvidencePack projectContents(@AuthenticationPrincipal SignedInUser me, @PathVariable long id, Locale locale) {
        return packs.plan(me, EvidencePack.Subject.project(id), locale);
    }

    @GetMapping("/api/v1/events/{id}/evidence-pack/contents")
    @Operation(
            summary = "What an event's evidence pack will hold and what it lacks",
            description = "As for a project, for one event." + REFUSALS)
    @ApiResponse(responseCode = "200", description = "The planned files and the missing items")
    EvidencePack eventContents(@AuthenticationPrincipal SignedInUser me, @PathVariable long id, Locale locale) {
        return packs.plan(me, EvidencePack.Subject.event(id), locale);
    }
}
