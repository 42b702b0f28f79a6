package org.jumelage.programme;

import java.time.Instant;
import org.jspecify.annotations.Nullable;

/**
 * Results of a call recorded by an administrator, for the whole call or for one country's
 * applicants. They replace the figures the data file has for the same call and scope.
 *
 * @param callCode code of a call of the catalogue
 * @param country ISO 3166-1 alpha-2 code, or {@code null} for the whole call
 * @param submitted applications submitted, or {@code null} when not known
 * @param funded applications funded, or {@code null} when not known
 * @param source where the figures come from, or {@code null} when not given
 * @param recordedBy e-mail of the administrator who recorded them
 */
public record RecordedCallStatistic(
        String callCode,
        @Nullable String country,
        @Nullable Integer submitted,
        @Nullable Integer funded,
        @Nullable String source,
        String recordedBy,
        Instant recordedAt) {}
