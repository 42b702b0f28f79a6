package org.jumelage.config;

import jakarta.servlet.FilterChain;
import jakarta.servlet.ServletException;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import java.util.Map;
import org.jspecify.annotations.Nullable;
import org.jumelage.shared.ControlCharacters;
import org.springframework.beans.factory.ObjectProvider;
import org.springframework.core.annotation.Order;
import org.springframework.stereotype.Component;
import org.springframework.web.filter.OncePerRequestFilter;

/**
 * The boundary for query parameters, form fields and multipart text fields: a request with a
 * character a person may not send ({@link ControlCharacters}) in any parameter's name or value
 * reaches no controller. The API answers a 400 problem {@code invalid-characters} naming the
 * field; a page answers the translated 400 page naming the field. JSON bodies are checked by
 * {@link InputCharacterBodyAdvice} with the same rule and the same answer.
 */
@Component
@Order(InputCharacterFilter.ORDER)
class InputCharacterFilter extends OncePerRequestFilter {

    /**
     * Before Spring Security's filters (order -100), so that not even the sign-in form, which they
     * handle themselves, reads refused text; after character decoding, which comes first of all.
     */
    static final int ORDER = -110;

    /** Request attribute with the refused field's name, for the 400 page. */
    static final String REFUSED_FIELD = "jumelageRefusedField";

    /** Absent only in web slice tests that leave the API's error answers out; pages need none. */
    private final ObjectProvider<ProblemWriter> problems;

    InputCharacterFilter(ObjectProvider<ProblemWriter> problems) {
        this.problems = problems;
    }

    @Override
    protected void doFilterInternal(HttpServletRequest request, HttpServletResponse response, FilterChain chain)
            throws ServletException, IOException {
        InvalidCharactersException refused = refusedParameter(request.getParameterMap());
        if (refused == null) {
            chain.doFilter(request, response);
        } else if (isApi(request) && problems.getIfAvailable() != null) {
            problems.getObject().write(request, response, refused);
        } else {
            request.setAttribute(REFUSED_FIELD, refused.field());
            response.sendError(HttpServletResponse.SC_BAD_REQUEST);
        }
    }

    static @Nullable InvalidCharactersException refusedParameter(Map<String, String[]> parameters) {
        for (Map.Entry<String, String[]> parameter : parameters.entrySet()) {
            String name = parameter.getKey();
            int inName = ControlCharacters.firstForbidden(name);
            if (inName >= 0) {
                return new InvalidCharactersException(name, inName + 1);
            }
            for (String value : parameter.getValue()) {
                int inValue = value == null ? -1 : ControlCharacters.firstForbidden(value);
                if (inValue >= 0) {
                    return new InvalidCharactersException(name, inValue + 1);
                }
            }
        }
        return null;
    }

    private static boolean isApi(HttpServletRequest request) {
        return request.getRequestURI().startsWith(request.getContextPath() + "/api/");
    }
}
