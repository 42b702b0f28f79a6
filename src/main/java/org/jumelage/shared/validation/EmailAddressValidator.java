package org.jumelage.shared.validation;

import jakarta.validation.ConstraintValidator;
import jakarta.validation.ConstraintValidatorContext;
import org.jspecify.annotations.Nullable;
import org.jumelage.shared.EmailAddress;
import org.jumelage.shared.TextLimits;

/** Checks {@link ValidEmailAddress} with {@link EmailAddress}. */
public final class EmailAddressValidator implements ConstraintValidator<ValidEmailAddress, String> {

    @Override
    public boolean isValid(@Nullable String value, ConstraintValidatorContext context) {
        String address = TextLimits.stripToNull(value);
        return address == null || EmailAddress.isValid(address);
    }
}
