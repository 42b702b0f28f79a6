package org.jumelage.config;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;
import org.springframework.http.ResponseEntity;
import org.springframework.mock.web.MockHttpServletRequest;
import org.springframework.stereotype.Controller;
import org.springframework.web.bind.annotation.ResponseBody;
import org.springframework.web.bind.annotation.RestController;
import org.springframework.web.method.HandlerMethod;
import org.springframework.web.servlet.HandlerMapping;

/** The page model is built for handlers that render a view, not for those that answer with their own body. */
class PageModelAdviceTests {

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
        PageModelAdvice advice = new PageModelAdvice(null);
        MockHttpServletRequest api = handledBy(new Api(), "items");
        MockHttpServletRequest page = handledBy(new Pages(), "page");

        assertThat(advice.languageMenu(api, java.util.Locale.ENGLISH)).isNull();
        assertThat(advice.languageLinks(api, java.util.Locale.ENGLISH)).isNull();
        assertThat(advice.countryNames(api, java.util.Locale.ENGLISH)).isNull();
        assertThat(advice.languageMenu(page, java.util.Locale.ENGLISH)).isNotEmpty();
        assertThat(advice.countryNames(page, java.util.Locale.ENGLISH)).containsKey("LV");
    }

    private static MockHttpServletRequest handledBy(Object controller, String method) throws Exception {
        MockHttpServletRequest request = new MockHttpServletRequest("GET", "/en/anything");
        request.setAttribute(
                HandlerMapping.BEST_MATCHING_HANDLER_ATTRIBUTE,
                new HandlerMethod(controller, controller.getClass().getDeclaredMethod(method)));
        return request;
    }
}
