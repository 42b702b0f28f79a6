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
        ProblemDetail problem = ProblemDetails.of(messages, status, messageKey, locale, new Object[0]);
        problem.setInstance(URI.create(request.getRequestURI()));
        response.setStatus(status);
        response.setContentType(MediaType.APPLICATION_PROBLEM_JSON_VALUE);
        response.setCharacterEncoding("UTF-8");
        jsonMapper.writeValue(response.getOutputStream(), problem);
    }
}
