package org.jumelage.publicity.web;

import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import java.util.Locale;
import org.jspecify.annotations.Nullable;
import org.jumelage.shared.BusinessException;
import org.jumelage.shared.Languages;
import org.springframework.beans.factory.ObjectProvider;
import org.springframework.context.MessageSource;
import org.springframework.core.Ordered;
import org.springframework.core.annotation.Order;
import org.springframework.http.HttpStatus;
import org.springframework.ui.ExtendedModelMap;
import org.springframework.web.bind.annotation.ControllerAdvice;
import org.springframework.web.bind.annotation.ExceptionHandler;
import org.springframework.web.method.annotation.MethodArgumentTypeMismatchException;
import org.springframework.web.servlet.ModelAndView;

/**
 * The public site's own 404 page: in the address's language, in the public layout, and the same
 * for anything unpublished, withdrawn, deleted or never there, so the answer tells nothing about
 * what exists behind the sign-in.
 */
@ControllerAdvice(
        assignableTypes = {PublicSiteController.class, PublicProjectController.class, PublicNewsController.class})
@Order(Ordered.HIGHEST_PRECEDENCE)
class PublicNotFoundAdvice {

    /**
     * Looked up when needed: advice beans are part of every web slice test ({@code @WebMvcTest}),
     * which has no public site to serve.
     */
    private final ObjectProvider<PublicPages> pages;

    private final MessageSource messages;

    PublicNotFoundAdvice(ObjectProvider<PublicPages> pages, MessageSource messages) {
        this.pages = pages;
        this.messages = messages;
    }

    @ExceptionHandler({BusinessException.class, MethodArgumentTypeMismatchException.class})
    @Nullable
    ModelAndView notFound(Exception e, Locale locale, HttpServletResponse response) throws IOException {
        if (e instanceof BusinessException business && business.kind() != BusinessException.Kind.NOT_FOUND) {
            // Public pages refuse nothing else; should a module do so, answer as every page does.
            response.sendError(
                    switch (business.kind()) {
                        case FORBIDDEN -> HttpServletResponse.SC_FORBIDDEN;
                        case CONFLICT -> HttpServletResponse.SC_CONFLICT;
                        default -> HttpServletResponse.SC_BAD_REQUEST;
                    });
            return null;
        }
        String lang = Languages.knownOrDefault(Languages.tagOf(locale));
        ExtendedModelMap model = new ExtendedModelMap();
        PublicPages site = pages.getObject();
        site.prepare(model, lang, "", site.unindexed(lang, messages.getMessage("error.page.404.title", null, locale)));
        model.addAttribute("section", "none");
        return new ModelAndView("publicity/public/not-found", model, HttpStatus.NOT_FOUND);
    }
}
