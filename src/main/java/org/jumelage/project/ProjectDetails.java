package org.jumelage.project;

import java.time.Instant;
import java.util.List;
import java.util.Map;
import org.jspecify.annotations.Nullable;
import org.jumelage.programme.ReferenceNumber;
import org.jumelage.shared.LocalizedText;

/**
 * Everything the project page shows.
 *
 * @param reference what the reference number says, or {@code null} when there is none
 * @param partnersByCountry partners grouped by country code, countries in alphabetical order
 * @param statedPartners what the project's source states about the partnership, or {@code null}
 */
public record ProjectDetails(
        ProjectSummary summary,
        @Nullable String originalTitle,
        @Nullable String originalLanguage,
        @Nullable String callCode,
        @Nullable ReferenceNumber reference,
        LocalizedText projectSummary,
        LocalizedText objectives,
        List<String> themes,
        @Nullable String coordinatorName,
        @Nullable String coordinatorEmail,
        @Nullable String coordinatorPhone,
        @Nullable String sourceNote,
        List<PartnerSummary> partners,
        Map<String, List<PartnerSummary>> partnersByCountry,
        List<OutcomeSummary> outcomes,
        Instant updatedAt,
        @Nullable StatedPartners statedPartners) {}
