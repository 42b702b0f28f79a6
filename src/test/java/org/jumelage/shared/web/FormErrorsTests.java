package org.jumelage.shared.web;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.Map;
import org.jumelage.shared.BusinessException;
import org.junit.jupiter.api.Test;
import org.springframework.validation.BeanPropertyBindingResult;

class FormErrorsTests {

    /** A form with one field, {@code hosts}. */
    public static class Form {
        private String hosts = "";

        public String getHosts() {
            return hosts;
        }

        public void setHosts(String hosts) {
            this.hosts = hosts;
        }
    }

    static final class Refusal extends BusinessException {
        Refusal(Kind kind, String field) {
            super(kind, "test.refused", "error.test.refused", field);
        }
    }

    @Test
    void putsTheRefusalOnTheFieldTheFormCallsIt() {
        BeanPropertyBindingResult result = new BeanPropertyBindingResult(new Form(), "form");

        FormErrors.reject(
                result, new Refusal(BusinessException.Kind.INVALID, "hostPlaces"), Map.of("hostPlaces", "hosts"));

        assertThat(result.getFieldError("hosts")).isNotNull();
        assertThat(result.getFieldError("hosts").getCode()).isEqualTo("error.test.refused");
    }

    @Test
    void aFieldTheFormDoesNotHaveConcernsTheWholeForm() {
        BeanPropertyBindingResult result = new BeanPropertyBindingResult(new Form(), "form");

        FormErrors.reject(result, new Refusal(BusinessException.Kind.CONFLICT, "version"));

        assertThat(result.getGlobalErrorCount()).isEqualTo(1);
        assertThat(result.getFieldErrorCount()).isZero();
    }

    @Test
    void refusalsNotAboutTheInputAreThrownOn() {
        BeanPropertyBindingResult result = new BeanPropertyBindingResult(new Form(), "form");

        assertThatThrownBy(() ->
                        FormErrors.rejectInput(result, new Refusal(BusinessException.Kind.FORBIDDEN, ""), Map.of()))
                .isInstanceOf(Refusal.class);
        assertThatThrownBy(() ->
                        FormErrors.rejectInput(result, new Refusal(BusinessException.Kind.NOT_FOUND, ""), Map.of()))
                .isInstanceOf(Refusal.class);
        assertThat(result.hasErrors()).isFalse();
    }
}
