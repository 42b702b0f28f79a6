package org.jumelage.shared.validation;

import jakarta.validation.Constraint;
import jakarta.validation.Payload;
import java.lang.annotation.Documented;
import java.lang.annotation.ElementType;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;

/**
 * The field holds a web address as {@link org.jumelage.shared.WebAddress} defines it, after
 * surrounding white space is stripped. {@code null} and blank are accepted (say {@code @NotBlank}
 * where the address is required).
 */
@Documented
@Constraint(validatedBy = WebAddressValidator.class)
@Target({ElementType.FIELD, ElementType.METHOD, ElementType.PARAMETER, ElementType.RECORD_COMPONENT})
@Retention(RetentionPolicy.RUNTIME)
public @interface ValidWebAddress {

    String message() default "{validation.web-address}";

    Class<?>[] groups() default {};

    Class<? extends Payload>[] payload() default {};
}
