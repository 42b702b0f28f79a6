package org.jumelage.reporting;

import java.time.LocalDate;
import org.jspecify.annotations.Nullable;

/**
 * A published event of a published project as open data.
 *
 * @param hostTowns the host places' names, joined with {@code "; "}
 * @param hostCountries the host places' country codes, joined with {@code "; "}
 * @param days the days the event spans, 0 when its dates are not known
 * @param publicPage the address of the event's public page (English)
 */
public record OpenEvent(
        long id,
        long projectId,
        @Nullable String titleEn,
        @Nullable String titleLv,
        String type,
        @Nullable LocalDate startDate,
        @Nullable LocalDate endDate,
        long days,
        String hostTowns,
        String hostCountries,
        String publicPage) {}
