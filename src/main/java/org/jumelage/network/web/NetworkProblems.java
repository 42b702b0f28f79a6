package org.jumelage.network.web;

import jakarta.servlet.http.HttpServletRequest;
import java.net.URI;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import org.jumelage.network.NetworkException;
import org.springframework.context.MessageSource;
import org.springframework.http.HttpStatus;
import org.springframework.http.MediaType;
import org.springframework.http.ProblemDetail;
import org.springframework.http.ResponseEntity;
import org.springframework.stereotype.Component;

/**
 * The network API's answer to a {@link NetworkException}: the RFC 9457 problem details that the
 * application's API error handler writes for every business refusal (status by kind, translated
 * detail and title, stable {@code code}), plus, when the refusal concerns one input, the
 * {@code errors} list that invalid input carries: {@code [{"field": "pic", "message": "…"}]}.
 */
@Component
class NetworkProblems {

    private static final String TYPE_PREFIX = "urn:jumelage:problem:";

    private final MessageSource messages;

    NetworkProblems(MessageSource messages) {
        this.messages = messages;
    }

    ResponseEntity<ProblemDetail> of(NetworkException e, HttpServletRequest request, Locale locale) {
        HttpStatus status = switch (e.kind()) {
            case INVALID -> HttpStatus.UNPROCESSABLE_CONTENT;
            case CONFLICT -> HttpStatus.CONFLICT;
            case NOT_FOUND -> HttpStatus.NOT_FOUND;
            case FORBIDDEN -> HttpStatus.FORBIDDEN;
        };
        String detail = messages.getMessage(e.messageKey(), e.arguments(), locale);
        ProblemDetail problem = ProblemDetail.forStatusAndDetail(status, detail);
        problem.setTitle(messages.getMessage("error.status." + status.value(), null, status.getReasonPhrase(), locale));
        problem.setType(URI.create(TYPE_PREFIX + e.code()));
        problem.setInstance(URI.create(request.getRequestURI()));
        problem.setProperty("code", e.code());
        if (e.field() != null) {
            problem.setProperty("errors", List.of(Map.of("field", e.field(), "message", detail)));
        }
        return ResponseEntity.status(status)
                .contentType(MediaType.APPLICATION_PROBLEM_JSON)
                .body(problem);
    }
}
