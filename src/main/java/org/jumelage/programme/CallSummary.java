package org.jumelage.programme;

import java.time.LocalDate;
import org.jspecify.annotations.Nullable;

public record CallSummary(
        String code,
        String measureCode,
        int year,
        @Nullable LocalDate deadline,
        @Nullable Object statistics) {}
