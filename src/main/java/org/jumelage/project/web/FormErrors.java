package org.jumelage.project.web;

import jakarta.servlet.http.HttpServletResponse;
import org.jumelage.shared.BusinessException;
import org.springframework.validation.BindingResult;

/** Puts a business refusal on the form field it names, or on the whole form when it names none the form has. */
final class FormErrors {

    private FormErrors() {}

    /** A form shown again with its errors answers 422, so that clients and tests can tell it from a page. */
    static String invalid(HttpServletResponse response, String view) {
        response.setStatus(HttpServletResponse.SC_UNPROCESSABLE_CONTENT);
        return view;
    }

    static void reject(BindingResult result, BusinessException e) {
        if (!e.field().isEmpty() && result.getFieldType(e.field()) != null) {
            result.rejectValue(e.field(), e.messageKey(), e.arguments(), null);
        } else {
            result.reject(e.messageKey(), e.arguments(), null);
        }
    }
}
