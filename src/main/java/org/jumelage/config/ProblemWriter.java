package org.jumelage.config;

import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import java.net.URI;
import java.util.Locale;
import org.springframework.context.MessageSource;
import org.springframework.http.MediaType;
import org.springframework.http.ProblemDetail;
import org.springframework.stereotype.Component;
import org.springframework.web.servlet.LocaleResolver;
import tools.jackson.databind.json.JsonMapper;

/**
 * Writes RFC 9457 problem details outside Spring MVC (from security filters), translated into the
 * caller's language, with the same shape as {@link ApiExceptionHandler}'s answers.
 */
@Component
class ProblemWriter {

    private final MessageSource messages;
    private final LocaleResolver localeResolver;
    private final JsonMapper jsonMapper;

    ProblemWriter(MessageSource messages, LocaleResolver localeResolver, JsonMapper jsonMapper) {
        this.messages = messages;
        this.localeResolver = localeResolver;
        this.jsonMapper = jsonMapper;
    }

    void write(HttpServletRequest request, HttpServletResponse response, int status, String messageKey)
            throws IOException {
        Locale locale = localeResolver.resolveLocale(request);
        write(request, response, ProblemDetails.of(messages, status, messageKey, locale, new Object[0]));
    }

    /** The answer to a request with text a person may not send, in the caller's language. */
    void write(HttpServletRequest request, HttpServletResponse response, InvalidCharactersException refused)
            throws IOException {
        Locale locale = localeResolver.resolveLocale(request);
        write(request, response, ProblemDetails.invalidCharacters(messages, locale, refused));
    }

    private void write(HttpServletRequest request, HttpServletResponse response, ProblemDetail problem)
            throws IOException {
        problem.setInstance(URI.create(request.getRequestURI()));
        response.setStatus(problem.getStatus());
        response.setContentType(MediaType.APPLICATION_PROBLEM_JSON_VALUE);
        response.setCharacterEncoding("UTF-8");
        jsonMapper.writeValue(response.getOutputStream(), problem);
    }
}
