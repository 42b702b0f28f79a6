package org.jumelage.programme;

import java.time.LocalDate;
import org.jspecify.annotations.Nullable;

/**
 * One call for proposals (one deadline) of a measure.
 *
 * @param code stable code: the measure's code and the deadline, for example
 *     {@code E4C-2014-TT-2018-03-01}, or the measure's code and the year when the deadline is not
 *     known, for example {@code CERV-TT-2024}
 * @param measureCode code of the measure the call belongs to
 * @param year the year of the call
 * @param deadline the submission deadline, or {@code null} when not known
 * @param statistics the published results, or {@code null} when none are recorded
 */
public record CallSummary(
        String code,
        String measureCode,
        int year,
        @Nullable LocalDate deadline,
        @Nullable CallStatistics statistics) {}
