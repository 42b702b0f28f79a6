package org.jumelage.shared.validation;

import jakarta.validation.ConstraintValidator;
import jakarta.validation.ConstraintValidatorContext;
import org.jspecify.annotations.Nullable;
import org.jumelage.shared.TextLimits;
import org.jumelage.shared.WebAddress;

/** Checks {@link ValidWebAddress} with {@link WebAddress}. */
public final class WebAddressValidator implements ConstraintValidator<ValidWebAddress, String> {

    @Override
    public boolean isValid(@Nullable String value, ConstraintValidatorContext context) {
        String address = TextLimits.stripToNull(value);
        return address == null || WebAddress.isValid(address);
    }
}
