package org.jumelage.project.web;

import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.Parameter;
import io.swagger.v3.oas.annotations.media.Content;
import io.swagger.v3.oas.annotations.media.Schema;
import io.swagger.v3.oas.annotations.responses.ApiResponse;
import io.swagger.v3.oas.annotations.tags.Tag;
import jakarta.servlet.http.HttpServletRequest;
import java.math.BigDecimal;
import java.net.URI;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import org.jspecify.annotations.Nullable;
import org.jumelage.account.SignedInUser;
import org.jumelage.programme.RuleMessages;
import org.jumelage.project.CancelledDelegation;
import org.jumelage.project.GrantAward;
import org.jumelage.project.GrantAwardDraft;
import org.jumelage.project.GrantForecast;
import org.jumelage.project.GrantVerdict;
import org.jumelage.project.ProjectException;
import org.jumelage.project.ProjectGrants;
import org.jumelage.shared.BusinessException;
import org.springframework.context.MessageSource;
import org.springframework.http.HttpStatus;
import org.springframework.http.MediaType;
import org.springframework.http.ProblemDetail;
import org.springframework.http.ResponseEntity;
import org.springframework.security.core.annotation.AuthenticationPrincipal;
import org.springframework.web.bind.annotation.ExceptionHandler;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PutMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;

/**
 * The grant award of a project (what the grant agreement awarded) and the verdict on it. Whoever
 * may see the project reads both; its editors record the award. A refused award is a 400 problem
 * naming the field; nothing is stored then.
 */
@RestController
@RequestMapping("/api/v1/projects/{id}")
@Tag(name = "Grant award", description = "The amount a project's grant agreement awarded, and whether it is secured")
class GrantAwardApiController {

    private static final String TYPE_PREFIX = "urn:jumelage:problem:";

    private final ProjectGrants grants;
    private final MessageSource messages;

    GrantAwardApiController(ProjectGrants grants, MessageSource messages) {
        this.grants = grants;
        this.messages = messages;
    }

    /** The award as the API writes and reads it. */
    @Schema(name = "GrantAwardRequest")
    record AwardRequest(
            @Schema(description = "Positive, at most two decimals", example = "25000.00") @Nullable
            BigDecimal amount,

            @Schema(description = "Only EUR", example = "EUR") @Nullable
            String currency,

            @Schema(example = "2018-1234/001-001") @Nullable String agreementNumber,

            @Schema(description = "Not in the future", example = "2018-09-14") @Nullable
            LocalDate signedOn,

            @Schema(description = "The agreement's conditions in free text") @Nullable
            String conditions) {

        GrantAwardDraft draft() {
            return new GrantAwardDraft(amount, currency, agreementNumber, signedOn, conditions);
        }
    }

    @Schema(name = "GrantAward")
    record AwardResource(
            long projectId,
            @Schema(example = "25000.00") BigDecimal amount,
            @Schema(example = "EUR") String currency,
            String agreementNumber,
            LocalDate signedOn,
            @Nullable String conditions,
            String recordedBy,
            Instant recordedAt) {

        static AwardResource of(GrantAward award) {
            return new AwardResource(
                    award.projectId(),
                    award.amount(),
                    award.currency(),
                    award.agreementNumber(),
                    award.signedOn(),
                    award.conditions(),
                    award.recordedBy(),
                    award.recordedAt());
        }
    }

    @Schema(name = "GrantVerdict")
    record VerdictResource(
            @Schema(allowableValues = {"no-award", "secured", "at-risk", "reduced", "not-known"})
            String status,

            @Schema(description = "The verdict in the caller's language")
            String statusText,

            @Schema(description = "The awarded amount, or null when none is recorded") @Nullable
            BigDecimal awarded,

            @Schema(
                    description = "The count judged: attended once recorded, else registered, else planned",
                    allowableValues = {"planned", "registered", "attended"})
            @Nullable
            String basis,

            @Schema(description = "The rules' grant for that count when exact, else null") @Nullable
            BigDecimal ruleGrant,

            @Schema(description = "How much less than awarded the rules give, else null") @Nullable
            BigDecimal reduction,

            @Schema(description = "Why, in the caller's language: each threshold missed, the amount")
            List<String> reasons,

            @Schema(description = "The delegation left out (eventId-partnerId), or null") @Nullable
            String withoutDelegation) {}

    @GetMapping("/grant-award")
    @Operation(summary = "The project's grant award")
    @ApiResponse(responseCode = "200", description = "The award")
    @ApiResponse(responseCode = "204", description = "No award is recorded yet", content = @Content)
    @ApiResponse(
            responseCode = "404",
            description = "No such project, or not shared with the caller",
            content = @Content(mediaType = MediaType.APPLICATION_PROBLEM_JSON_VALUE))
    @ApiResponse(
            responseCode = "401",
            description = "Not signed in",
            content = @Content(mediaType = MediaType.APPLICATION_PROBLEM_JSON_VALUE))
    ResponseEntity<AwardResource> award(@AuthenticationPrincipal SignedInUser me, @PathVariable long id) {
        return grants.award(me, id)
                .map(award -> ResponseEntity.ok(AwardResource.of(award)))
                .orElseGet(() -> ResponseEntity.noContent().build());
    }

    @PutMapping(path = "/grant-award", consumes = MediaType.APPLICATION_JSON_VALUE)
    @Operation(
            summary = "Record or replace the project's grant award",
            description = "Body: {amount, currency, agreementNumber, signedOn, conditions?}. Audited.")
    @ApiResponse(responseCode = "200", description = "The award as recorded")
    @ApiResponse(
            responseCode = "400",
            description = "A value is missing or refused; 'errors' names the field",
            content = @Content(mediaType = MediaType.APPLICATION_PROBLEM_JSON_VALUE))
    @ApiResponse(
            responseCode = "403",
            description = "The caller sees the project but may not edit it",
            content = @Content(mediaType = MediaType.APPLICATION_PROBLEM_JSON_VALUE))
    @ApiResponse(
            responseCode = "404",
            description = "No such project, or not shared with the caller",
            content = @Content(mediaType = MediaType.APPLICATION_PROBLEM_JSON_VALUE))
    @ApiResponse(
            responseCode = "401",
            description = "Not signed in",
            content = @Content(mediaType = MediaType.APPLICATION_PROBLEM_JSON_VALUE))
    AwardResource record(
            @AuthenticationPrincipal SignedInUser me, @PathVariable long id, @RequestBody AwardRequest request) {
        return AwardResource.of(grants.recordAward(me, id, request.draft()));
    }

    @GetMapping("/grant-verdict")
    @Operation(
            summary = "Whether the awarded amount is secured, at risk or reduced",
            description = "Judged on attended participants once recorded (a shortfall reduces the grant), else on"
                    + " registered or planned ones (a shortfall puts it at risk).")
    @ApiResponse(responseCode = "200", description = "The verdict and its reasons")
    @ApiResponse(
            responseCode = "404",
            description = "No such project, or not shared with the caller",
            content = @Content(mediaType = MediaType.APPLICATION_PROBLEM_JSON_VALUE))
    @ApiResponse(
            responseCode = "401",
            description = "Not signed in",
            content = @Content(mediaType = MediaType.APPLICATION_PROBLEM_JSON_VALUE))
    VerdictResource verdict(
            @AuthenticationPrincipal SignedInUser me,
            @PathVariable long id,
            @Parameter(
                            description = "What if this delegation cancels: <eventId>-<partnerId>; an unknown or"
                                    + " malformed one is ignored (withoutDelegation is then null)")
                    @RequestParam(name = "without-delegation", required = false)
                    @Nullable
                    String withoutDelegation,
            Locale locale) {
        CancelledDelegation without =
                CancelledDelegation.parse(withoutDelegation).orElse(null);
        GrantForecast forecast = grants.forecast(me, id, locale, without);
        GrantVerdict verdict = grants.verdict(grants.award(me, id).orElse(null), forecast);
        return new VerdictResource(
                verdict.status().id(),
                messages.getMessage(
                        "project.grant.verdict.status." + verdict.status().id(), null, locale),
                verdict.award() == null ? null : verdict.award().amount(),
                verdict.basis() == null ? null : verdict.basis().name().toLowerCase(Locale.ROOT),
                verdict.ruleGrant(),
                verdict.reduction(),
                verdict.reasons().stream()
                        .map(reason -> RuleMessages.format(messages, reason.messageKey(), reason.arguments(), locale))
                        .toList(),
                forecast.without() == null ? null : forecast.without().parameter());
    }

    /** Refused input answers 400 here (as the grant calculator does), with the field in {@code errors}. */
    @ExceptionHandler(ProjectException.class)
    ProblemDetail refused(ProjectException e, HttpServletRequest request, Locale locale) {
        HttpStatus status = switch (e.kind()) {
            case INVALID -> HttpStatus.BAD_REQUEST;
            case CONFLICT -> HttpStatus.CONFLICT;
            case NOT_FOUND -> HttpStatus.NOT_FOUND;
            case FORBIDDEN -> HttpStatus.FORBIDDEN;
        };
        String detail = messages.getMessage(e.messageKey(), e.arguments(), locale);
        ProblemDetail problem = ProblemDetail.forStatusAndDetail(status, detail);
        problem.setTitle(messages.getMessage("error.status." + status.value(), null, status.getReasonPhrase(), locale));
        problem.setType(URI.create(TYPE_PREFIX + e.code()));
        problem.setProperty("code", e.code());
        problem.setInstance(URI.create(request.getRequestURI()));
        if (e.kind() == BusinessException.Kind.INVALID && !e.field().isEmpty()) {
            problem.setProperty("errors", List.of(Map.of("field", e.field(), "message", detail)));
        }
        return problem;
    }
}
