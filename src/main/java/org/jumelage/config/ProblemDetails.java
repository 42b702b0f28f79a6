package org.jumelage.config;

import java.net.URI;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import org.springframework.context.MessageSource;
import org.springframework.http.HttpStatus;
import org.springframework.http.ProblemDetail;

/** Builds the RFC 9457 problem details of the API: translated detail and title, stable code and type. */
final class ProblemDetails {

    private static final String TYPE_PREFIX = "urn:jumelage:problem:";

    private ProblemDetails() {}

    /**
     * @param messageKey bundle key of the detail; its part after {@code error.} is the stable code
     */
    static ProblemDetail of(MessageSource messages, int status, String messageKey, Locale locale, Object[] arguments) {
        HttpStatus httpStatus = HttpStatus.valueOf(status);
        String code = messageKey.replaceFirst("^error\\.", "");
        ProblemDetail problem =
                ProblemDetail.forStatusAndDetail(httpStatus, messages.getMessage(messageKey, arguments, locale));
        problem.setTitle(messages.getMessage("error.status." + status, null, httpStatus.getReasonPhrase(), locale));
        problem.setType(URI.create(TYPE_PREFIX + code));
        problem.setProperty("code", code);
        return problem;
    }

    /**
     * The 400 answer to text a person may not send: code {@code invalid-characters} and one entry
     * in {@code errors} for the field, in the same shape as the answers to other invalid input.
     */
    static ProblemDetail invalidCharacters(MessageSource messages, Locale locale, InvalidCharactersException e) {
        ProblemDetail problem = of(messages, 400, "error.invalid-characters", locale, new Object[0]);
        problem.setProperty(
                "errors",
                List.of(Map.of(
                        "field",
                        e.field(),
                        "message",
                        messages.getMessage("error.invalid-characters.field", new Object[] {e.position()}, locale))));
        return problem;
    }
}
