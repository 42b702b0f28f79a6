package org.jumelage.reporting;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.time.LocalDate;
import java.util.List;
import org.jspecify.annotations.Nullable;

/**
 * One call on the calls dashboard: its published results (the programme's figures, with what
 * administrators recorded on top) and this instance's own applications to it.
 *
 * @param submitted applications submitted in all countries, or {@code null} when not known
 * @param funded applications funded in all countries, or {@code null} when not known
 * @param successRate funded ÷ submitted as a percentage with one decimal, or {@code null} when either is unknown
 * @param countries the countries the sources report on, by country code
 * @param source where the published figures come from, or {@code null}
 */
public record CallOverview(
        String code,
        String measureCode,
        int year,
        @Nullable LocalDate deadline,
        @Nullable Integer submitted,
        @Nullable Integer funded,
        @Nullable BigDecimal successRate,
        List<CountryResult> countries,
        @Nullable String source,
        InstanceApplications instance) {

    public CallOverview {
        countries = List.copyOf(countries);
    }

    /** One country's applicants in the call. */
    public record CountryResult(
            String country,
            @Nullable Integer submitted,
            @Nullable Integer funded,
            @Nullable BigDecimal successRate) {}

    /**
     * The projects in this instance that name the call. Applied: the application was sent (status
     * {@code SUBMITTED}, {@code SELECTED}, {@code REJECTED}, {@code RUNNING} or {@code CLOSED});
     * funded: {@code SELECTED}, {@code RUNNING} or {@code CLOSED}; rejected: {@code REJECTED};
     * awaiting: {@code SUBMITTED}. Ideas and projects in preparation are not applications.
     *
     * @param successRate funded ÷ (funded + rejected) as a percentage with one decimal, so that
     *     applications still awaiting a decision do not count as failures; {@code null} while nothing
     *     is decided
     */
    public record InstanceApplications(
            int applied,
            int funded,
            int rejected,
            int awaiting,
            @Nullable BigDecimal successRate) {}

    /** {@code part} ÷ {@code whole} as a percentage, one decimal, half up; {@code null} when not computable. */
    public static @Nullable BigDecimal rate(@Nullable Integer part, @Nullable Integer whole) {
        if (part == null || whole == null || whole == 0) {
            return null;
        }
        return BigDecimal.valueOf(part)
                .multiply(BigDecimal.valueOf(100))
                .divide(BigDecimal.valueOf(whole), 1, RoundingMode.HALF_UP);
    }
}
