package org.jumelage.programme;

import org.jspecify.annotations.Nullable;

public record ReferenceNumber(
        String text,
        boolean parsed,
        @Nullable String proposalNumber,
        @Nullable String programme,
        @Nullable Integer year,
        @Nullable Integer round,
        @Nullable String applicantCountry,
        @Nullable String measureCode,
        @Nullable String noteKey) {}
