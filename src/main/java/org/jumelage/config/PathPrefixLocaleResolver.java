package org.jumelage.config;

import jakarta.servlet.RequestDispatcher;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.util.Locale;
import org.jspecify.annotations.Nullable;
import org.jumelage.shared.Languages;
import org.springframework.context.i18n.LocaleContext;
import org.springframework.context.i18n.SimpleLocaleContext;
import org.springframework.web.servlet.i18n.CookieLocaleResolver;

/**
 * The language cookie, except on the public site: there the address decides ({@code /lv/…},
 * {@code /en/…}), so a page has one language whoever reads it, and reading it sets no cookie
 * ({@code ?lang=} is ignored there; the language switch links to the other address).
 */
class PathPrefixLocaleResolver extends CookieLocaleResolver {

    PathPrefixLocaleResolver(String cookieName) {
        super(cookieName);
    }

    /** The language of a public-site address, or {@code null} for any other address. */
    static @Nullable Locale pathLocale(HttpServletRequest request) {
        Object errorUri = request.getAttribute(RequestDispatcher.ERROR_REQUEST_URI);
        String uri = errorUri instanceof String original ? original : request.getRequestURI();
        String path = uri.substring(Math.min(request.getContextPath().length(), uri.length()));
        for (String language : Languages.SUPPORTED) {
            String prefix = "/" + language;
            if (path.equals(prefix) || path.startsWith(prefix + "/")) {
                return Locale.forLanguageTag(language);
            }
        }
        return null;
    }

    @Override
    public Locale resolveLocale(HttpServletRequest request) {
        Locale fromPath = pathLocale(request);
        return fromPath != null ? fromPath : super.resolveLocale(request);
    }

    @Override
    public LocaleContext resolveLocaleContext(HttpServletRequest request) {
        Locale fromPath = pathLocale(request);
        return fromPath != null ? new SimpleLocaleContext(fromPath) : super.resolveLocaleContext(request);
    }

    @Override
    public void setLocaleContext(
            HttpServletRequest request, @Nullable HttpServletResponse response, @Nullable LocaleContext localeContext) {
        if (pathLocale(request) == null) {
            super.setLocaleContext(request, response, localeContext);
        }
    }
}
