package org.jumelage.programme.web;

import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.media.Content;
import io.swagger.v3.oas.annotations.media.ExampleObject;
import io.swagger.v3.oas.annotations.media.Schema;
import io.swagger.v3.oas.annotations.responses.ApiResponse;
import io.swagger.v3.oas.annotations.tags.Tag;
import jakarta.servlet.http.HttpServletRequest;
import java.math.BigDecimal;
import java.net.URI;
import java.time.LocalDate;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.stream.Collectors;
import org.jspecify.annotations.Nullable;
import org.jumelage.network.OrganisationType;
import org.jumelage.programme.GrantCalculator;
import org.jumelage.programme.GrantEvaluationView;
import org.jumelage.programme.ProgrammeException;
import org.springframework.context.MessageSource;
import org.springframework.http.HttpStatus;
import org.springframework.http.MediaType;
import org.springframework.http.ProblemDetail;
import org.springframework.http.ResponseEntity;
import org.springframework.http.converter.HttpMessageNotReadableException;
import org.springframework.web.bind.annotation.ExceptionHandler;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RestController;
import tools.jackson.core.JacksonException;
import tools.jackson.databind.exc.MismatchedInputException;

/**
 * Checks a plan against the programme rules and computes its grant, for signed-in callers. Every
 * refusal of the plan is a 400 problem whose {@code errors} name the fields, in the caller's
 * language: missing or malformed values, unknown codes and towns, and whatever the rules engine
 * refuses (a call no rule set covers, negative counts, an end before its start).
 */
@RestController
@Tag(name = "Grant calculations", description = "Eligibility checks and grant of a project plan")
class GrantCalculationApiController {

    static final String INVALID_PLAN = "programme.invalid-plan";
    private static final String TYPE_PREFIX = "urn:jumelage:problem:";
    private static final String EXAMPLE = """
            {"measure":"E4C-2014-TT","deadline":"2018-03-01","applicant":{"country":"LV","type":"MUNICIPALITY"},\
            "partners":[{"country":"LT","type":"MUNICIPALITY"}],"projectStart":"2018-11-08","projectEnd":"2018-11-12",\
            "events":[{"hostCountry":"LV","hostTown":460413,"startDate":"2018-11-08","endDate":"2018-11-12",\
            "localParticipants":40,"delegations":[{"country":"LT","town":598316,"participants":12,"roundTripKm":380}]}],\
            "declaredGrant":null}""";

    private final GrantPlanReader reader;
    private final GrantCalculator calculator;
    private final MessageSource messages;

    GrantCalculationApiController(GrantPlanReader reader, GrantCalculator calculator, MessageSource messages) {
        this.reader = reader;
        this.calculator = calculator;
        this.messages = messages;
    }

    @PostMapping(
            path = "/api/v1/grant-calculations",
            consumes = MediaType.APPLICATION_JSON_VALUE,
            produces = MediaType.APPLICATION_JSON_VALUE)
    @Operation(
            summary = "Check a plan against the programme rules and compute its grant",
            description = "The deadline (or the call year) selects the rule set of the measure. Towns are GeoNames "
                    + "ids (see /api/v1/towns); without them, give each delegation's roundTripKm. Checks come "
                    + "failing first; each names its source and how sure the rule data is. Amounts are euros with "
                    + "two decimals. Nothing is stored.",
            requestBody =
                    @io.swagger.v3.oas.annotations.parameters.RequestBody(
                            content =
                                    @Content(
                                            schema = @Schema(implementation = GrantCalculationRequest.class),
                                            examples = @ExampleObject(name = "Town twinning, 2018", value = EXAMPLE))))
    @ApiResponse(responseCode = "200", description = "The checks and the grant")
    @ApiResponse(
            responseCode = "400",
            description = "A value is missing, malformed or refused by the rules; 'errors' lists "
                    + "{field, message} with paths such as events[0].delegations[1].participants",
            content = @Content(mediaType = MediaType.APPLICATION_PROBLEM_JSON_VALUE))
    @ApiResponse(
            responseCode = "401",
            description = "Not signed in",
            content = @Content(mediaType = MediaType.APPLICATION_PROBLEM_JSON_VALUE))
    GrantCalculationResponse calculate(@RequestBody GrantCalculationRequest request, Locale locale) {
        GrantEvaluationView view =
                GrantEvaluationView.of(calculator.evaluate(reader.read(request, locale)), messages, locale);
        return GrantCalculationResponse.of(view);
    }

    @ExceptionHandler(InvalidPlanException.class)
    ResponseEntity<ProblemDetail> invalidPlan(InvalidPlanException e, HttpServletRequest request, Locale locale) {
        List<Map<String, String>> errors = e.problems().stream()
                .map(problem -> error(
                        problem.field(),
                        messages.getMessage(
                                problem.messageKey(), problem.arguments().toArray(), locale)))
                .toList();
        return badRequest(request, locale, INVALID_PLAN, message("error." + INVALID_PLAN, locale), errors);
    }

    /** The rules engine refused the plan: whatever kind it gives the refusal, the request was bad. */
    @ExceptionHandler(ProgrammeException.class)
    ResponseEntity<ProblemDetail> refusedByTheRules(ProgrammeException e, HttpServletRequest request, Locale locale) {
        String detail = messages.getMessage(e.messageKey(), e.arguments(), locale);
        List<Map<String, String>> errors = e.field().isEmpty() ? List.of() : List.of(error(e.field(), detail));
        return badRequest(request, locale, e.code(), detail, errors);
    }

    /** JSON that does not fit the request's shape: names the value that could not be read. */
    @ExceptionHandler(HttpMessageNotReadableException.class)
    ResponseEntity<ProblemDetail> notReadable(
            HttpMessageNotReadableException e, HttpServletRequest request, Locale locale) {
        JacksonException cause = jacksonCause(e);
        String field = cause == null ? "" : path(cause);
        if (field.isEmpty()) {
            return badRequest(request, locale, INVALID_PLAN, message("programme.plan.not-json", locale), List.of());
        }
        Class<?> type = cause instanceof MismatchedInputException mismatch ? mismatch.getTargetType() : null;
        String text = notReadableMessage(type, locale);
        return badRequest(
                request, locale, INVALID_PLAN, message("error." + INVALID_PLAN, locale), List.of(error(field, text)));
    }

    private String notReadableMessage(@Nullable Class<?> type, Locale locale) {
        if (type == null) {
            return message("programme.plan.not-readable", locale);
        }
        if (type == LocalDate.class) {
            return message("programme.plan.not-readable.date", locale);
        }
        if (type == Integer.class || type == int.class || type == Long.class || type == long.class) {
            return message("programme.plan.not-readable.whole-number", locale);
        }
        if (type == BigDecimal.class) {
            return message("programme.plan.not-readable.amount", locale);
        }
        if (type == OrganisationType.class) {
            String values =
                    Arrays.stream(OrganisationType.values()).map(Enum::name).collect(Collectors.joining(", "));
            return messages.getMessage("programme.plan.not-readable.applicant-type", new Object[] {values}, locale);
        }
        if (List.class.isAssignableFrom(type)) {
            return message("programme.plan.not-readable.list", locale);
        }
        if (type == String.class) {
            return message("programme.plan.not-readable.text", locale);
        }
        return message("programme.plan.not-readable", locale);
    }

    private static @Nullable JacksonException jacksonCause(Throwable e) {
        for (Throwable cause = e; cause != null; cause = cause.getCause()) {
            if (cause instanceof JacksonException jackson) {
                return jackson;
            }
        }
        return null;
    }

    /** The JSON path of the value, for example {@code events[0].delegations[1].participants}. */
    private static String path(JacksonException e) {
        StringBuilder path = new StringBuilder();
        for (JacksonException.Reference reference : e.getPath()) {
            if (reference.getPropertyName() != null) {
                if (!path.isEmpty()) {
                    path.append('.');
                }
                path.append(reference.getPropertyName());
            } else if (reference.getIndex() >= 0) {
                path.append('[').append(reference.getIndex()).append(']');
            }
        }
        return path.toString();
    }

    private ResponseEntity<ProblemDetail> badRequest(
            HttpServletRequest request, Locale locale, String code, String detail, List<Map<String, String>> errors) {
        HttpStatus status = HttpStatus.BAD_REQUEST;
        ProblemDetail problem = ProblemDetail.forStatusAndDetail(status, detail);
        problem.setTitle(messages.getMessage("error.status.400", null, status.getReasonPhrase(), locale));
        problem.setType(URI.create(TYPE_PREFIX + code));
        problem.setInstance(URI.create(request.getRequestURI()));
        problem.setProperty("code", code);
        if (!errors.isEmpty()) {
            problem.setProperty("errors", errors);
        }
        return ResponseEntity.status(status)
                .contentType(MediaType.APPLICATION_PROBLEM_JSON)
                .body(problem);
    }

    private static Map<String, String> error(String field, String message) {
        return Map.of("field", field, "message", message);
    }

    private String message(String key, Locale locale) {
        return messages.getMessage(key, null, locale);
    }
}
