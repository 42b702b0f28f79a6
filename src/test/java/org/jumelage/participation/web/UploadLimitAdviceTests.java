package org.jumelage.participation.web;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.Locale;
import org.junit.jupiter.api.Test;
import org.springframework.context.support.ResourceBundleMessageSource;
import org.springframework.http.ProblemDetail;
import org.springframework.http.ResponseEntity;
import org.springframework.mock.web.MockHttpServletRequest;
import org.springframework.mock.web.MockHttpServletResponse;
import org.springframework.util.unit.DataSize;
import org.springframework.web.multipart.MaxUploadSizeExceededException;
import org.springframework.web.servlet.DispatcherServlet;
import org.springframework.web.servlet.FlashMap;
import org.springframework.web.servlet.support.SessionFlashMapManager;

/** An upload the container refused for its size gets the evidence limit's message, not a bare 413. */
class UploadLimitAdviceTests {

    final UploadLimitAdvice advice = new UploadLimitAdvice(messages(), DataSize.ofMegabytes(20));

    static ResourceBundleMessageSource messages() {
        ResourceBundleMessageSource messages = new ResourceBundleMessageSource();
        messages.setBasenames("i18n/messages", "i18n/event");
        messages.setDefaultEncoding("UTF-8");
        messages.setFallbackToSystemLocale(false);
        return messages;
    }

    @Test
    void theApiAnswersAProblemNamingTheLimit() throws Exception {
        MockHttpServletRequest request = new MockHttpServletRequest("POST", "/api/v1/events/7/evidence");

        ResponseEntity<?> answer = advice.tooLarge(
                new MaxUploadSizeExceededException(1),
                request,
                new MockHttpServletResponse(),
                Locale.forLanguageTag("lv"));

        assertThat(answer.getStatusCode().value()).isEqualTo(413);
        ProblemDetail problem = (ProblemDetail) answer.getBody();
        assertThat(problem.getDetail()).isEqualTo("Datne ir par lielu: pieņem ne vairāk kā 20 MB.");
        assertThat(problem.getProperties()).containsEntry("code", "event.evidence.too-large");
    }

    @Test
    void thePageGoesBackToTheListsWithTheMessage() throws Exception {
        MockHttpServletRequest request = new MockHttpServletRequest("POST", "/events/7/evidence");
        request.setAttribute(DispatcherServlet.OUTPUT_FLASH_MAP_ATTRIBUTE, new FlashMap());
        request.setAttribute(DispatcherServlet.FLASH_MAP_MANAGER_ATTRIBUTE, new SessionFlashMapManager());

        ResponseEntity<?> answer = advice.tooLarge(
                new MaxUploadSizeExceededException(1), request, new MockHttpServletResponse(), Locale.ENGLISH);

        assertThat(answer.getStatusCode().value()).isEqualTo(303);
        assertThat(answer.getHeaders().getLocation()).hasToString("/events/7/lists");
        FlashMap flash = (FlashMap) request.getAttribute(DispatcherServlet.OUTPUT_FLASH_MAP_ATTRIBUTE);
        assertThat(flash.get("flashError")).isEqualTo("error.event.evidence.upload-too-large");
    }

    @Test
    void otherUploadsKeepSpringsAnswer() {
        MockHttpServletRequest request = new MockHttpServletRequest("POST", "/admin/rules");

        assertThatThrownBy(() -> advice.tooLarge(
                        new MaxUploadSizeExceededException(1), request, new MockHttpServletResponse(), Locale.ENGLISH))
                .isInstanceOf(MaxUploadSizeExceededException.class);
    }
}
