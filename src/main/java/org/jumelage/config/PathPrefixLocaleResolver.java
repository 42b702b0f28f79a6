package org.jumelage.config;

import jakarta.servlet.RequestDispatcher;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.util.Locale;
import org.jspecify.annotations.Nullable;
import org.jumelage.shared.Languages;
import org.jumelage.shared.TranslationCoverage;
import org.springframework.context.i18n.LocaleContext;
import org.springframework.context.i18n.SimpleLocaleContext;
import org.springframework.web.servlet.i18n.CookieLocaleResolver;

/**
 * The language cookie, except on the API, where Accept-Language decides first, and on the public site: there the address decides ({@code /lv/…},
 * {@code /pl/…}, {@code /sr-Latn/…}, any language of {@link Languages#ALL}), so a page has one language whoever reads it, and reading it sets no cookie
 * ({@code ?lang=} is ignored there; the language switch links to the other address).
 */
class PathPrefixLocaleResolver extends CookieLocaleResolver {

    /** The paper list participants sign: printed in the language chosen for it, like the other participant pages. */
    private static final java.util.regex.Pattern PAPER_LIST =
            java.util.regex.Pattern.compile("/events/\\d+/attendance/paper");

    PathPrefixLocaleResolver(String cookieName) {
        super(cookieName);
    }

    /** The language of a public-site address, or {@code null} for any other address. */
    static @Nullable Locale pathLocale(HttpServletRequest request) {
        String path = path(request);
        int end = path.indexOf('/', 1);
        String first = end < 0 ? path.substring(Math.min(1, path.length())) : path.substring(1, end);
        // Exactly as the mappings write it (sr-Latn, not sr-latn), the same test as the controllers' PATH_PATTERN.
        return Languages.isKnown(first) ? Languages.locale(first) : null;
    }

    /**
     * The language the request's Accept-Language names first among {@link Languages#ALL}
     * ({@code sr-Latn-RS} → {@code sr-Latn}, {@code de-AT} → {@code de}), or {@code null}.
     */
    static @Nullable Locale acceptedLanguage(HttpServletRequest request) {
        return acceptedAmong(request, Languages.ALL);
    }

    /**
     * The language of an API answer: on {@code /api/**} a client says what it reads with
     * Accept-Language, which decides before the cookie (a script shares no cookie with a browser).
     */
    static @Nullable Locale apiLocale(HttpServletRequest request) {
        String path = request.getRequestURI()
                .substring(Math.min(
                        request.getContextPath().length(),
                        request.getRequestURI().length()));
        return path.startsWith("/api/") ? acceptedLanguage(request) : null;
    }

    /**
     * The pages of participants without a prefix (registration links, the personal page, the paper list they sign): a browser's
     * Accept-Language may choose any language of {@link Languages#ALL} there; elsewhere (the staff
     * interface) only a language of the staff interface.
     */
    static boolean participantPage(HttpServletRequest request) {
        String path = path(request);
        return path.startsWith("/register/")
                || path.startsWith("/registration/")
                || PAPER_LIST.matcher(path).matches();
    }

    /** The address within the application; on an error page, the address that failed. */
    private static String path(HttpServletRequest request) {
        Object errorUri = request.getAttribute(RequestDispatcher.ERROR_REQUEST_URI);
        String uri = errorUri instanceof String original ? original : request.getRequestURI();
        return uri.substring(Math.min(request.getContextPath().length(), uri.length()));
    }

    /** The browser's language where no choice is remembered (see {@link #participantPage}), else English. */
    static Locale browserLanguage(HttpServletRequest request) {
        Locale accepted =
                acceptedAmong(request, participantPage(request) ? Languages.ALL : TranslationCoverage.staffLanguages());
        return accepted != null ? accepted : Languages.locale(Languages.DEFAULT);
    }

    private static @Nullable Locale acceptedAmong(HttpServletRequest request, java.util.List<String> languages) {
        String header = request.getHeader("Accept-Language");
        if (header == null || header.isBlank()) {
            return null;
        }
        try {
            return Locale.lookup(
                    Locale.LanguageRange.parse(header),
                    languages.stream().map(Languages::locale).toList());
        } catch (IllegalArgumentException malformed) {
            return null; // a malformed header means no preference
        }
    }

    private static @Nullable Locale fixed(HttpServletRequest request) {
        Locale fromPath = pathLocale(request);
        return fromPath != null ? fromPath : apiLocale(request);
    }

    @Override
    public Locale resolveLocale(HttpServletRequest request) {
        Locale fixed = fixed(request);
        return fixed != null ? fixed : forThisPage(request, super.resolveLocale(request));
    }

    @Override
    public LocaleContext resolveLocaleContext(HttpServletRequest request) {
        Locale fixed = fixed(request);
        return new SimpleLocaleContext(fixed != null ? fixed : resolveLocale(request));
    }

    /**
     * The remembered language where the page can be read in it: a participant's language (Polish, chosen on a
     * registration link) stays remembered, but a page of the staff interface shows it only when it is a staff
     * language, and otherwise the browser's staff language, so no staff page is half Polish, half English.
     */
    private static Locale forThisPage(HttpServletRequest request, Locale remembered) {
        if (participantPage(request) || TranslationCoverage.isStaffLanguage(Languages.tagOf(remembered))) {
            return remembered;
        }
        return browserLanguage(request);
    }

    @Override
    public void setLocaleContext(
            HttpServletRequest request, @Nullable HttpServletResponse response, @Nullable LocaleContext localeContext) {
        if (pathLocale(request) == null) {
            super.setLocaleContext(request, response, localeContext);
        }
    }
}
