package org.jumelage.config;

import jakarta.servlet.RequestDispatcher;
import jakarta.servlet.http.HttpServletRequest;
import java.util.LinkedHashMap;
import java.util.Locale;
import java.util.Map;
import org.jspecify.annotations.Nullable;
import org.jumelage.shared.Countries;
import org.jumelage.shared.Languages;
import org.springframework.beans.factory.ObjectProvider;
import org.springframework.web.bind.annotation.ControllerAdvice;
import org.springframework.web.bind.annotation.ModelAttribute;
import org.springframework.web.util.UriComponentsBuilder;

/**
 * What pages need everywhere: the links of the language switch, country names in the reader's
 * language, the map tile server.
 */
@ControllerAdvice(annotations = org.springframework.stereotype.Controller.class)
class PageModelAdvice {

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

    /** For each supported language, the current page's address in that language. */
    @ModelAttribute("languageLinks")
    Map<String, String> languageLinks(HttpServletRequest request) {
        Object errorUri = request.getAttribute(RequestDispatcher.ERROR_REQUEST_URI);
        String path = errorUri instanceof String uri ? uri : request.getRequestURI();
        String query = errorUri instanceof String ? null : request.getQueryString();
        Map<String, String> links = new LinkedHashMap<>();
        for (String language : Languages.SUPPORTED) {
            links.put(
                    language,
                    UriComponentsBuilder.fromPath(path)
                            .query(query)
                            .replaceQueryParam(WebConfiguration.LANGUAGE_PARAMETER, language)
                            .build()
                            .toUriString());
        }
        return links;
    }

    /** Seconds to wait before a refused public form may be sent again (the 429 page), or null. */
    @ModelAttribute("retryAfterSeconds")
    @Nullable
    Object retryAfterSeconds(HttpServletRequest request) {
        return request.getAttribute(PublicFormRateLimitFilter.RETRY_AFTER_SECONDS);
    }

    /** Country code → name in the reader's language, ordered by name, for selects and tables. */
    @ModelAttribute("countryNames")
    Map<String, String> countryNames(Locale locale) {
        Map<String, String> names = new LinkedHashMap<>();
        for (String code : Countries.sortedByName(locale)) {
            names.put(code, Countries.name(code, locale));
        }
        return names;
    }
}
