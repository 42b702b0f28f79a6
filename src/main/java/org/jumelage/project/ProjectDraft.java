package org.jumelage.project;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.List;
import org.jspecify.annotations.Nullable;
import org.jumelage.shared.LocalizedText;

/**
 * What a person enters for a project, to create or to change it.
 *
 * @param titles Latvian and English titles; at least one is required
 * @param originalTitle the title in the original language when that is neither Latvian nor English
 * @param measure a measure code of the programme catalogue, e.g. {@code E4C-2014-TT}; empty for an
 *     idea that has none yet (then the call's or the reference number's measure, when given)
 * @param referenceNumber kept as typed even when it does not parse
 * @param leadOrganisationId the lead organisation; used when creating (later changes go through partners)
 * @param sourceNote what the source says that the data cannot (contradictions, unnamed partners)
 */
public record ProjectDraft(
        @Nullable String acronym,
        LocalizedText titles,
        @Nullable String originalTitle,
        @Nullable String originalLanguage,
        String measure,
        @Nullable String callCode,
        @Nullable String referenceNumber,
        ProjectStatus status,
        @Nullable LocalDate startDate,
        @Nullable LocalDate endDate,
        @Nullable BigDecimal totalCost,
        @Nullable BigDecimal euGrant,
        @Nullable BigDecimal fundingRate,
        @Nullable String website,
        LocalizedText summary,
        LocalizedText objectives,
        List<String> themes,
        @Nullable String coordinatorName,
        @Nullable String coordinatorEmail,
        @Nullable String coordinatorPhone,
        @Nullable Long leadOrganisationId,
        @Nullable String sourceNote) {

    public ProjectDraft {
        themes = List.copyOf(themes);
    }

    /** A builder for a new draft, by the names of its fields, never by position (ADR 0007). */
    public static ProjectDraftBuilder builder() {
        return new ProjectDraftBuilder();
    }

    /** A builder that starts from this draft, to change some fields and keep the others. */
    public ProjectDraftBuilder toBuilder() {
        return ProjectDraftBuilder.from(this);
    }
}
