package org.jumelage.config;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.Locale;
import java.util.Map;
import org.jumelage.shared.Countries;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.support.DefaultListableBeanFactory;
import org.springframework.http.ResponseEntity;
import org.springframework.mock.web.MockHttpServletRequest;
import org.springframework.stereotype.Controller;
import org.springframework.web.bind.annotation.ResponseBody;
import org.springframework.web.bind.annotation.RestController;
import org.springframework.web.method.HandlerMethod;
import org.springframework.web.servlet.HandlerMapping;

/**
 * The page model: built for handlers that render a view, not for those that answer with their own body;
 * the country names every page gets are in the reader's language and order, built once per language.
 */
class PageModelAdviceTests {

    private final PageModelAdvice advice =
            new PageModelAdvice(new DefaultListableBeanFactory().getBeanProvider(MapTileProperties.class));

    private final MockHttpServletRequest page = new MockHttpServletRequest("GET", "/en/anything");

    @Test
    void namesEveryCountryInTheReadersLanguageInItsOrder() {
        Map<String, String> names = advice.countryNames(page, Locale.forLanguageTag("lv"));

        assertThat(names).containsOnlyKeys(Countries.CODES).containsEntry("LT", "Lietuva");
        assertThat(names.keySet()).containsExactlyElementsOf(Countries.sortedByName(Locale.forLanguageTag("lv")));
    }

    @Test
    void buildsTheNamesOncePerLanguage() {
        assertThat(advice.countryNames(page, Locale.ENGLISH)).isSameAs(advice.countryNames(page, Locale.ENGLISH));
        assertThat(advice.countryNames(page, Locale.ENGLISH))
                .isNotEqualTo(advice.countryNames(page, Locale.forLanguageTag("de")));
    }

    @Test
    void keepsNoCopyForALocaleOutsideItsLanguages() {
        Locale klingon = Locale.forLanguageTag("tlh");

        assertThat(advice.countryNames(page, klingon)).isNotSameAs(advice.countryNames(page, klingon));
        assertThat(advice.countryNames(page, klingon)).containsOnlyKeys(Countries.CODES);
    }

    @Controller
    static class Pages {
        String page() {
            return "event/list";
        }

        @ResponseBody
        String fragmentOfText() {
            return "text";
        }

        ResponseEntity<byte[]> download() {
            return ResponseEntity.ok(new byte[0]);
        }
    }

    @RestController
    static class Api {
        String items() {
            return "[]";
        }
    }

    @Test
    void aViewIsAPageAndAnAnswerWithItsOwnBodyIsNot() throws Exception {
        assertThat(PageModelAdvice.rendersPage(handledBy(new Pages(), "page"))).isTrue();
        assertThat(PageModelAdvice.rendersPage(handledBy(new Pages(), "fragmentOfText")))
                .isFalse();
        assertThat(PageModelAdvice.rendersPage(handledBy(new Pages(), "download")))
                .isFalse();
        assertThat(PageModelAdvice.rendersPage(handledBy(new Api(), "items"))).isFalse();
    }

    @Test
    void withoutAKnownHandlerThePageModelIsBuilt() {
        assertThat(PageModelAdvice.rendersPage(new MockHttpServletRequest())).isTrue();
    }

    @Test
    void theApiGetsNoLanguageMenuNorCountryNames() throws Exception {
        MockHttpServletRequest api = handledBy(new Api(), "items");
        MockHttpServletRequest page = handledBy(new Pages(), "page");

        assertThat(advice.languageMenu(api, Locale.ENGLISH)).isNull();
        assertThat(advice.languageLinks(api, Locale.ENGLISH)).isNull();
        assertThat(advice.countryNames(api, Locale.ENGLISH)).isNull();
        assertThat(advice.languageMenu(page, Locale.ENGLISH)).isNotEmpty();
        assertThat(advice.countryNames(page, Locale.ENGLISH)).containsKey("LV");
    }

    private static MockHttpServletRequest handledBy(Object controller, String method) throws Exception {
        MockHttpServletRequest request = new MockHttpServletRequest("GET", "/en/anything");
        request.setAttribute(
                HandlerMapping.BEST_MATCHING_HANDLER_ATTRIBUTE,
                new HandlerMethod(controller, controller.getClass().getDeclaredMethod(method)));
        return request;
    }
}
