package org.jumelage.reporting.web;

import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.Parameter;
import io.swagger.v3.oas.annotations.headers.Header;
import io.swagger.v3.oas.annotations.media.Content;
import io.swagger.v3.oas.annotations.media.Schema;
import io.swagger.v3.oas.annotations.responses.ApiResponse;
import jakarta.servlet.http.HttpServletRequest;
import java.net.URI;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import org.jspecify.annotations.Nullable;
import org.jumelage.account.SignedInUser;
import org.jumelage.reporting.ReportFormatException;
import org.springframework.context.MessageSource;
import org.springframework.http.HttpStatus;
import org.springframework.http.MediaType;
import org.springframework.http.ProblemDetail;
import org.springframework.http.ResponseEntity;
import org.springframework.security.core.annotation.AuthenticationPrincipal;
import org.springframework.web.bind.annotation.ExceptionHandler;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;

/**
 * {@code GET /api/v1/projects/{id}/report?format=pdf|docx|xlsx}: the final report as a file, in the
 * caller's language (Accept-Language). A missing or unknown format answers 400 with a problem that
 * names the formats; a project the caller may not see answers 404.
 */
@RestController
class ReportDocumentApiController {

    private static final String TYPE_PREFIX = "urn:jumelage:problem:";
    private static final String DOCX = "application/vnd.openxmlformats-officedocument.wordprocessingml.document";
    private static final String XLSX = "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet";

    private final ReportDownloads downloads;
    private final MessageSource messages;

    ReportDocumentApiController(ReportDownloads downloads, MessageSource messages) {
        this.downloads = downloads;
        this.messages = messages;
    }

    @Operation(
            summary = "The final report as a file",
            description = "The project's final report (identification, written sections, events with participants "
                    + "per country and delegation against the measure's minimums, grant, dissemination, outcomes, "
                    + "what is missing) as PDF, DOCX or XLSX, in the language of Accept-Language (lv or en). "
                    + "For whoever may see the project. The file name carries the reference number.")
    @ApiResponse(
            responseCode = "200",
            description = "The report file, as an attachment",
            headers =
                    @Header(
                            name = "Content-Disposition",
                            description = "attachment; filename=final-report-<reference number>-<language>.<format>",
                            schema = @Schema(type = "string")),
            content = {
                @Content(mediaType = "application/pdf", schema = @Schema(type = "string", format = "binary")),
                @Content(mediaType = DOCX, schema = @Schema(type = "string", format = "binary")),
                @Content(mediaType = XLSX, schema = @Schema(type = "string", format = "binary"))
            })
    @GetMapping("/api/v1/projects/{id}/report")
    ResponseEntity<byte[]> report(
            @AuthenticationPrincipal SignedInUser me,
            @PathVariable long id,
            @Parameter(
                            description = "pdf, docx or xlsx",
                            required = true,
                            schema =
                                    @Schema(
                                            type = "string",
                                            allowableValues = {"pdf", "docx", "xlsx"}))
                    @RequestParam(required = false)
                    @Nullable
                    String format,
            Locale locale) {
        return downloads.download(me, id, format == null ? "" : format, locale);
    }

    /** A malformed parameter rather than a broken rule: 400, naming the formats there are. */
    @ExceptionHandler(ReportFormatException.class)
    ResponseEntity<ProblemDetail> unknownFormat(ReportFormatException e, HttpServletRequest request, Locale locale) {
        HttpStatus status = HttpStatus.BAD_REQUEST;
        String detail = messages.getMessage(e.messageKey(), e.arguments(), locale);
        ProblemDetail problem = ProblemDetail.forStatusAndDetail(status, detail);
        problem.setTitle(messages.getMessage("error.status.400", null, status.getReasonPhrase(), locale));
        problem.setType(URI.create(TYPE_PREFIX + e.code()));
        problem.setInstance(URI.create(request.getRequestURI()));
        problem.setProperty("code", e.code());
        problem.setProperty("errors", List.of(Map.of("field", e.field(), "message", detail)));
        return ResponseEntity.status(status)
                .contentType(MediaType.APPLICATION_PROBLEM_JSON)
                .body(problem);
    }
}
