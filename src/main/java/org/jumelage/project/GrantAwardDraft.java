package org.jumelage.project;

import java.math.BigDecimal;
import java.time.LocalDate;
import org.jspecify.annotations.Nullable;

/**
 * The grant award as entered (form or API), checked by {@link ProjectGrants#recordAward}: every field
 * but {@code conditions} is required; a missing one is refused naming its field.
 */
public record GrantAwardDraft(
        @Nullable BigDecimal amount,
        @Nullable String currency,
        @Nullable String agreementNumber,
        @Nullable LocalDate signedOn,
        @Nullable String conditions) {}
