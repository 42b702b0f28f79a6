package org.jumelage.config;

import jakarta.servlet.http.HttpServletRequest;
import java.net.URI;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import org.jumelage.shared.BusinessException;
import org.springframework.context.MessageSource;
import org.springframework.context.i18n.LocaleContextHolder;
import org.springframework.http.HttpHeaders;
import org.springframework.http.HttpStatusCode;
import org.springframework.http.ProblemDetail;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.MethodArgumentNotValidException;
import org.springframework.web.bind.annotation.ExceptionHandler;
import org.springframework.web.bind.annotation.RestControllerAdvice;
import org.springframework.web.context.request.WebRequest;
import org.springframework.web.servlet.mvc.method.annotation.ResponseEntityExceptionHandler;

/**
 * Errors of the JSON API as RFC 9457 problem details, with the detail in the caller's language, a
 * stable {@code code}, and for invalid input one entry per field in {@code errors}.
 */
@RestControllerAdvice(annotations = org.springframework.web.bind.annotation.RestController.class)
@org.springframework.core.annotation.Order(org.springframework.core.Ordered.HIGHEST_PRECEDENCE)
class ApiExceptionHandler extends ResponseEntityExceptionHandler {

    private final MessageSource messages;

    ApiExceptionHandler(MessageSource messages) {
        this.messages = messages;
    }

    @ExceptionHandler(BusinessException.class)
    ProblemDetail businessRuleBroken(BusinessException e, HttpServletRequest request, Locale locale) {
        int status = switch (e.kind()) {
            case INVALID -> 422;
            case CONFLICT -> 409;
            case NOT_FOUND -> 404;
            case FORBIDDEN -> 403;
        };
        ProblemDetail problem = ProblemDetails.of(messages, status, e.messageKey(), locale, e.arguments());
        problem.setProperty("code", e.code());
        problem.setInstance(URI.create(request.getRequestURI()));
        if (!e.field().isEmpty()) {
            problem.setProperty(
                    "errors",
                    List.of(Map.of(
                            "field", e.field(),
                            "message", messages.getMessage(e.messageKey(), e.arguments(), locale))));
        }
        return problem;
    }

    @ExceptionHandler(InvalidCharactersException.class)
    ProblemDetail invalidCharacters(InvalidCharactersException e, HttpServletRequest request, Locale locale) {
        ProblemDetail problem = ProblemDetails.invalidCharacters(messages, locale, e);
        problem.setInstance(URI.create(request.getRequestURI()));
        return problem;
    }

    @Override
    protected ResponseEntity<Object> handleMethodArgumentNotValid(
            MethodArgumentNotValidException e, HttpHeaders headers, HttpStatusCode status, WebRequest request) {
        Locale locale = LocaleContextHolder.getLocale();
        ProblemDetail problem = ProblemDetails.of(messages, 422, "error.api.invalid-input", locale, new Object[0]);
        List<Map<String, String>> errors = e.getBindingResult().getFieldErrors().stream()
                .map(error -> Map.of("field", error.getField(), "message", messages.getMessage(error, locale)))
                .toList();
        problem.setProperty("errors", errors);
        return ResponseEntity.unprocessableContent().body(problem);
    }
}
