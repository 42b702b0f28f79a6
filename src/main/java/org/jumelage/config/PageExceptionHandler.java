package org.jumelage.config;

import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import org.jumelage.shared.BusinessException;
import org.springframework.core.Ordered;
import org.springframework.core.annotation.Order;
import org.springframework.stereotype.Controller;
import org.springframework.web.bind.annotation.ControllerAdvice;
import org.springframework.web.bind.annotation.ExceptionHandler;
import org.springframework.web.multipart.MultipartException;

/**
 * A business refusal that a page did not handle itself (for example a user id that does not
 * exist) becomes the matching translated error page.
 */
@ControllerAdvice(annotations = Controller.class)
@Order(Ordered.LOWEST_PRECEDENCE)
class PageExceptionHandler {

    @ExceptionHandler(BusinessException.class)
    void businessRuleBroken(BusinessException e, HttpServletResponse response) throws IOException {
        int status = switch (e.kind()) {
            case NOT_FOUND -> HttpServletResponse.SC_NOT_FOUND;
            case FORBIDDEN -> HttpServletResponse.SC_FORBIDDEN;
            case CONFLICT -> HttpServletResponse.SC_CONFLICT;
            case INVALID -> HttpServletResponse.SC_BAD_REQUEST;
        };
        response.sendError(status);
    }

    /**
     * An upload form posted without a multipart body (a script, a crafted request): the 400 page,
     * not a server error. Over-size uploads are answered before this by their own advice.
     */
    @ExceptionHandler(MultipartException.class)
    void notMultipart(MultipartException e, HttpServletResponse response) throws IOException {
        response.sendError(HttpServletResponse.SC_BAD_REQUEST);
    }

    /** A JSON body with text a person may not send, posted to a page: the 400 page naming the field. */
    @ExceptionHandler(InvalidCharactersException.class)
    void invalidCharacters(
            InvalidCharactersException e, jakarta.servlet.http.HttpServletRequest request, HttpServletResponse response)
            throws IOException {
        request.setAttribute(InputCharacterFilter.REFUSED_FIELD, e.field());
        response.sendError(HttpServletResponse.SC_BAD_REQUEST);
    }
}
