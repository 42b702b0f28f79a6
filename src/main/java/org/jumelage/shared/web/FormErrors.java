package org.jumelage.shared.web;

import jakarta.servlet.http.HttpServletResponse;
import java.util.Map;
import org.jumelage.shared.BusinessException;
import org.springframework.validation.BindingResult;

/** Puts business refusals on the forms of every module's pages. */
public final class FormErrors {

    private FormErrors() {}

    /** A form shown again with its errors answers 422, so that clients and tests can tell it from a page. */
    public static String invalid(HttpServletResponse response, String view) {
        response.setStatus(HttpServletResponse.SC_UNPROCESSABLE_CONTENT);
        return view;
    }

    /** Puts the refusal on the field it names, or on the whole form when the form has no such field. */
    public static void reject(BindingResult result, BusinessException e) {
        reject(result, e, Map.of());
    }

    /**
     * As {@link #reject(BindingResult, BusinessException)}, for a form whose field names differ from
     * the service's: {@code formFields} maps the service's field name to the form's.
     */
    public static void reject(BindingResult result, BusinessException e, Map<String, String> formFields) {
        String field = formFields.getOrDefault(e.field(), e.field());
        if (!field.isEmpty() && result.getFieldType(field) != null) {
            result.rejectValue(field, e.messageKey(), e.arguments(), null);
        } else {
            result.reject(e.messageKey(), e.arguments(), null);
        }
    }

    /**
     * Refuses, on the whole form, the languages of a text's {@code <prefix>Others[tag]} fields that are
     * not among the other languages of {@code shared.Languages.ALL} (a tampered form), and drops them so
     * that nothing is stored. True when all were known.
     */
    public static boolean checkLanguages(BindingResult result, Map<String, String> others) {
        boolean known = true;
        for (String tag : java.util.List.copyOf(others.keySet())) {
            if (!ContentLanguages.OTHERS.contains(tag)) {
                result.reject("shared.content.unknown-language", new Object[] {tag}, null);
                others.remove(tag);
                known = false;
            }
        }
        return known;
    }

    /**
     * Puts a refusal of the input on the form; a refusal that is not about the input (the thing is
     * gone, or the person may not do this) is thrown on, to become the matching error page.
     */
    public static void rejectInput(BindingResult result, BusinessException e, Map<String, String> formFields) {
        if (e.kind() == BusinessException.Kind.NOT_FOUND || e.kind() == BusinessException.Kind.FORBIDDEN) {
            throw e;
        }
        reject(result, e, formFields);
    }
}
