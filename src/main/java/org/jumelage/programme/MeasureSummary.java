package org.jumelage.programme;

import org.jspecify.annotations.Nullable;
import org.jumelage.shared.LocalizedText;

public record MeasureSummary(
        String code,
        LocalizedText name,
        String programmeCode,
        LocalizedText programmeName,
        @Nullable LocalizedText strand,
        int firstYear,
        int lastYear) {}
