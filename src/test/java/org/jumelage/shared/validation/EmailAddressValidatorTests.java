package org.jumelage.shared.validation;

import static org.assertj.core.api.Assertions.assertThat;

import jakarta.validation.Validation;
import jakarta.validation.Validator;
import org.junit.jupiter.api.Test;

class EmailAddressValidatorTests {

    record Form(@ValidEmailAddress String email) {}

    final Validator validator = Validation.buildDefaultValidatorFactory().getValidator();

    @Test
    void appliesTheSharedRuleToFormFields() {
        assertThat(validator.validate(new Form("a@b"))).hasSize(1);
        assertThat(validator.validate(new Form(" name@example.org "))).isEmpty();
        assertThat(validator.validate(new Form(""))).isEmpty();
        assertThat(validator.validate(new Form(null))).isEmpty();
    }
}
