package org.jumelage.participation.web;

import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.net.URI;
import java.util.Locale;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.context.MessageSource;
import org.springframework.core.Ordered;
import org.springframework.core.annotation.Order;
import org.springframework.http.HttpStatus;
import org.springframework.http.ProblemDetail;
import org.springframework.http.ResponseEntity;
import org.springframework.util.unit.DataSize;
import org.springframework.web.bind.annotation.ControllerAdvice;
import org.springframework.web.bind.annotation.ExceptionHandler;
import org.springframework.web.multipart.MaxUploadSizeExceededException;
import org.springframework.web.servlet.support.RequestContextUtils;

/**
 * An evidence upload larger than the multipart limit (set from the same JUMELAGE_UPLOAD_MAX_SIZE as
 * the evidence limit) is refused by the container before any controller runs. This turns that into
 * the same clear answer as the service's own check: a problem detail (413) for the API, the lists
 * page with the message for pages. Over-size uploads elsewhere keep Spring's default answer.
 */
@ControllerAdvice
@Order(Ordered.HIGHEST_PRECEDENCE)
class UploadLimitAdvice {

    private static final Pattern PAGE = Pattern.compile("^/events/(\\d+)/evidence$");
    private static final Pattern API = Pattern.compile("^/api/v1/events/\\d+/evidence$");

    private final MessageSource messages;
    private final DataSize maxSize;

    /** Reads the limit itself rather than asking the evidence service, so that web slice tests need no service. */
    UploadLimitAdvice(MessageSource messages, @Value("${jumelage.evidence.max-size:20MB}") DataSize maxSize) {
        this.messages = messages;
        this.maxSize = maxSize;
    }

    @ExceptionHandler(MaxUploadSizeExceededException.class)
    ResponseEntity<?> tooLarge(
            MaxUploadSizeExceededException e, HttpServletRequest request, HttpServletResponse response, Locale locale)
            throws Exception {
        String path = request.getRequestURI().substring(request.getContextPath().length());
        String megabytes = String.valueOf(Math.max(1, maxSize.toBytes() / (1024 * 1024)));
        if (API.matcher(path).matches()) {
            ProblemDetail problem = ProblemDetail.forStatusAndDetail(
                    HttpStatus.CONTENT_TOO_LARGE,
                    messages.getMessage("error.event.evidence.too-large", new Object[] {megabytes}, locale));
            problem.setTitle(messages.getMessage(
                    "error.status.413", null, HttpStatus.CONTENT_TOO_LARGE.getReasonPhrase(), locale));
            problem.setType(URI.create("urn:jumelage:problem:event.evidence.too-large"));
            problem.setProperty("code", "event.evidence.too-large");
            problem.setInstance(URI.create(path));
            return ResponseEntity.status(HttpStatus.CONTENT_TOO_LARGE).body(problem);
        }
        Matcher page = PAGE.matcher(path);
        if (page.matches()) {
            String location = request.getContextPath() + "/events/" + page.group(1) + "/lists";
            RequestContextUtils.getOutputFlashMap(request).put("flashError", "error.event.evidence.upload-too-large");
            RequestContextUtils.saveOutputFlashMap(location, request, response);
            return ResponseEntity.status(HttpStatus.SEE_OTHER)
                    .location(URI.create(location))
                    .build();
        }
        throw e;
    }
}
