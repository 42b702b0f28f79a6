package org.jumelage.config;

import jakarta.servlet.RequestDispatcher;
import jakarta.servlet.http.HttpServletRequest;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import org.jspecify.annotations.Nullable;
import org.jumelage.shared.Countries;
import org.jumelage.shared.Languages;
import org.jumelage.shared.TranslationCoverage;
import org.jumelage.shared.web.LanguageChoice;
import org.springframework.beans.factory.ObjectProvider;
import org.springframework.core.annotation.AnnotatedElementUtils;
import org.springframework.http.HttpEntity;
import org.springframework.web.bind.annotation.ControllerAdvice;
import org.springframework.web.bind.annotation.ModelAttribute;
import org.springframework.web.bind.annotation.ResponseBody;
import org.springframework.web.method.HandlerMethod;
import org.springframework.web.servlet.HandlerMapping;
import org.springframework.web.util.UriComponentsBuilder;

/**
 * What pages need everywhere: the links of the language switch, country names in the reader's
 * language, the map tile server. Spring calls these methods before every handler of a controller,
 * also those that answer with a body of their own (the JSON API, downloads), whose answers use no
 * model: for those the costly attributes (every language and country named through CLDR) are left
 * out ({@link #rendersPage}).
 */
@ControllerAdvice(annotations = org.springframework.stereotype.Controller.class)
class PageModelAdvice {

    private static final Map<String, String> LANGUAGE_NAMES = languageNamesOfAll();

    private final ObjectProvider<MapTileProperties> mapTiles;

    /** The map settings are optional: a web slice test without them still renders its pages. */
    PageModelAdvice(ObjectProvider<MapTileProperties> mapTiles) {
        this.mapTiles = mapTiles;
    }

    /** The map tile server settings (templates/network/map.html), or null where they are not loaded. */
    @ModelAttribute("mapTiles")
    @Nullable
    MapTileProperties mapTiles() {
        return mapTiles.getIfAvailable();
    }

    /**
     * The staff language switch: for each language of the staff interface (Latvian, English and every
     * complete language, {@link TranslationCoverage#staffLanguages()}), the current page's address in it.
     */
    @ModelAttribute("languageLinks")
    @Nullable
    List<LanguageChoice> languageLinks(HttpServletRequest request, Locale locale) {
        return rendersPage(request) ? choices(TranslationCoverage.staffLanguages(), request, locale) : null;
    }

    /**
     * The participant pages' language menu (registration form, personal page): every language of
     * {@link Languages#ALL}, each named in itself, linking to the current page with {@code ?lang=}.
     */
    @ModelAttribute("languageMenu")
    @Nullable
    List<LanguageChoice> languageMenu(HttpServletRequest request, Locale locale) {
        return rendersPage(request) ? choices(Languages.ALL, request, locale) : null;
    }

    /**
     * Whether the request's handler renders a view, rather than answering with a body of its own
     * ({@code @ResponseBody}, {@code @RestController}, or an {@code HttpEntity}/{@code ResponseEntity}).
     */
    static boolean rendersPage(HttpServletRequest request) {
        if (!(request.getAttribute(HandlerMapping.BEST_MATCHING_HANDLER_ATTRIBUTE) instanceof HandlerMethod handler)) {
            return true;
        }
        return !handler.hasMethodAnnotation(ResponseBody.class)
                && !AnnotatedElementUtils.hasAnnotation(handler.getBeanType(), ResponseBody.class)
                && !HttpEntity.class.isAssignableFrom(handler.getReturnType().getParameterType());
    }

    private static List<LanguageChoice> choices(List<String> languages, HttpServletRequest request, Locale locale) {
        String current = Languages.tagOf(locale);
        return languages.stream()
                .map(language -> LanguageChoice.of(language, inLanguage(request, language), language.equals(current)))
                .toList();
    }

    /** Every language of {@link Languages#ALL} by its tag, named in itself (CLDR), for selects and tables. */
    @ModelAttribute("languageNames")
    Map<String, String> languageNames() {
        return LANGUAGE_NAMES;
    }

    private static String inLanguage(HttpServletRequest request, String language) {
        Object errorUri = request.getAttribute(RequestDispatcher.ERROR_REQUEST_URI);
        String path = errorUri instanceof String uri ? uri : request.getRequestURI();
        String query = errorUri instanceof String ? null : request.getQueryString();
        return UriComponentsBuilder.fromPath(path)
                .query(query)
                .replaceQueryParam(WebConfiguration.LANGUAGE_PARAMETER, language)
                .build()
                .toUriString();
    }

    private static Map<String, String> languageNamesOfAll() {
        Map<String, String> names = new LinkedHashMap<>();
        for (String language : Languages.ALL) {
            names.put(language, Languages.ownName(language));
        }
        return java.util.Collections.unmodifiableMap(names);
    }

    /** Seconds to wait before a refused public form may be sent again (the 429 page), or null. */
    @ModelAttribute("retryAfterSeconds")
    @Nullable
    Object retryAfterSeconds(HttpServletRequest request) {
        return request.getAttribute(PublicFormRateLimitFilter.RETRY_AFTER_SECONDS);
    }

    /**
     * Country code → name in the reader's language, ordered by name, for selects and tables. Built once
     * per language of {@link Languages#ALL} (sorting the names with the language's collator took a
     * noticeable part of every page); another locale is built each time, so the cache stays bounded.
     */
    @ModelAttribute("countryNames")
    @Nullable
    Map<String, String> countryNames(HttpServletRequest request, Locale locale) {
        if (!rendersPage(request)) {
            return null;
        }
        if (!Languages.isKnown(Languages.tagOf(locale))) {
            return countryNamesIn(locale);
        }
        return COUNTRY_NAMES.computeIfAbsent(locale, PageModelAdvice::countryNamesIn);
    }

    private static final Map<Locale, Map<String, String>> COUNTRY_NAMES = new ConcurrentHashMap<>();

    private static Map<String, String> countryNamesIn(Locale locale) {
        Map<String, String> names = new LinkedHashMap<>();
        for (String code : Countries.sortedByName(locale)) {
            names.put(code, Countries.name(code, locale));
        }
        return java.util.Collections.unmodifiableMap(names);
    }
}
