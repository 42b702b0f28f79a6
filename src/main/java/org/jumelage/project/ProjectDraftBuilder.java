package org.jumelage.project;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.List;
import org.jspecify.annotations.Nullable;
import org.jumelage.shared.LocalizedText;

/**
 * Builds a {@link ProjectDraft} by the names of its fields, never by position (ADR 0007).
 *
 * <p>{@code titles}, {@code measure} and {@code status} must be set ({@code measure} may be empty);
 * {@code summary} and {@code objectives} start empty in both languages, {@code themes} as no theme, and
 * every other field as {@code null}.
 */
public final class ProjectDraftBuilder {
    private @Nullable String acronym;
    private @Nullable LocalizedText titles;
    private @Nullable String originalTitle;
    private @Nullable String originalLanguage;
    private @Nullable String measure;
    private @Nullable String callCode;
    private @Nullable String referenceNumber;
    private @Nullable ProjectStatus status;
    private @Nullable LocalDate startDate;
    private @Nullable LocalDate endDate;
    private @Nullable BigDecimal totalCost;
    private @Nullable BigDecimal euGrant;
    private @Nullable BigDecimal fundingRate;
    private @Nullable String website;
    private LocalizedText summary = LocalizedText.of(null, null);
    private LocalizedText objectives = LocalizedText.of(null, null);
    private List<String> themes = List.of();
    private @Nullable String coordinatorName;
    private @Nullable String coordinatorEmail;
    private @Nullable String coordinatorPhone;
    private @Nullable Long leadOrganisationId;
    private @Nullable String sourceNote;

    ProjectDraftBuilder() {}

    public ProjectDraftBuilder acronym(@Nullable String acronym) {
        this.acronym = acronym;
        return this;
    }

    public ProjectDraftBuilder titles(LocalizedText titles) {
        this.titles = titles;
        return this;
    }

    public ProjectDraftBuilder originalTitle(@Nullable String originalTitle) {
        this.originalTitle = originalTitle;
        return this;
    }

    public ProjectDraftBuilder originalLanguage(@Nullable String originalLanguage) {
        this.originalLanguage = originalLanguage;
        return this;
    }

    public ProjectDraftBuilder measure(String measure) {
        this.measure = measure;
        return this;
    }

    public ProjectDraftBuilder callCode(@Nullable String callCode) {
        this.callCode = callCode;
        return this;
    }

    public ProjectDraftBuilder referenceNumber(@Nullable String referenceNumber) {
        this.referenceNumber = referenceNumber;
        return this;
    }

    public ProjectDraftBuilder status(ProjectStatus status) {
        this.status = status;
        return this;
    }

    public ProjectDraftBuilder startDate(@Nullable LocalDate startDate) {
        this.startDate = startDate;
        return this;
    }

    public ProjectDraftBuilder endDate(@Nullable LocalDate endDate) {
        this.endDate = endDate;
        return this;
    }

    public ProjectDraftBuilder totalCost(@Nullable BigDecimal totalCost) {
        this.totalCost = totalCost;
        return this;
    }

    public ProjectDraftBuilder euGrant(@Nullable BigDecimal euGrant) {
        this.euGrant = euGrant;
        return this;
    }

    public ProjectDraftBuilder fundingRate(@Nullable BigDecimal fundingRate) {
        this.fundingRate = fundingRate;
        return this;
    }

    public ProjectDraftBuilder website(@Nullable String website) {
        this.website = website;
        return this;
    }

    public ProjectDraftBuilder summary(LocalizedText summary) {
        this.summary = summary;
        return this;
    }

    public ProjectDraftBuilder objectives(LocalizedText objectives) {
        this.objectives = objectives;
        return this;
    }

    public ProjectDraftBuilder themes(List<String> themes) {
        this.themes = themes;
        return this;
    }

    public ProjectDraftBuilder coordinatorName(@Nullable String coordinatorName) {
        this.coordinatorName = coordinatorName;
        return this;
    }

    public ProjectDraftBuilder coordinatorEmail(@Nullable String coordinatorEmail) {
        this.coordinatorEmail = coordinatorEmail;
        return this;
    }

    public ProjectDraftBuilder coordinatorPhone(@Nullable String coordinatorPhone) {
        this.coordinatorPhone = coordinatorPhone;
        return this;
    }

    public ProjectDraftBuilder leadOrganisationId(@Nullable Long leadOrganisationId) {
        this.leadOrganisationId = leadOrganisationId;
        return this;
    }

    public ProjectDraftBuilder sourceNote(@Nullable String sourceNote) {
        this.sourceNote = sourceNote;
        return this;
    }

    /**
     * The draft.
     *
     * @throws IllegalStateException when {@code titles}, {@code measure} or {@code status} was not set
     */
    public ProjectDraft build() {
        return new ProjectDraft(
                acronym,
                required(titles, "titles"),
                originalTitle,
                originalLanguage,
                required(measure, "measure"),
                callCode,
                referenceNumber,
                required(status, "status"),
                startDate,
                endDate,
                totalCost,
                euGrant,
                fundingRate,
                website,
                summary,
                objectives,
                themes,
                coordinatorName,
                coordinatorEmail,
                coordinatorPhone,
                leadOrganisationId,
                sourceNote);
    }

    private static <T> T required(@Nullable T value, String field) {
        if (value == null) {
            throw new IllegalStateException("A project draft needs " + field + "; set it with ." + field + "(…)");
        }
        return value;
    }

    /** A builder holding every field of the draft. */
    static ProjectDraftBuilder from(ProjectDraft draft) {
        ProjectDraftBuilder builder = new ProjectDraftBuilder();
        builder.acronym = draft.acronym();
        builder.titles = draft.titles();
        builder.originalTitle = draft.originalTitle();
        builder.originalLanguage = draft.originalLanguage();
        builder.measure = draft.measure();
        builder.callCode = draft.callCode();
        builder.referenceNumber = draft.referenceNumber();
        builder.status = draft.status();
        builder.startDate = draft.startDate();
        builder.endDate = draft.endDate();
        builder.totalCost = draft.totalCost();
        builder.euGrant = draft.euGrant();
        builder.fundingRate = draft.fundingRate();
        builder.website = draft.website();
        builder.summary = draft.summary();
        builder.objectives = draft.objectives();
        builder.themes = draft.themes();
        builder.coordinatorName = draft.coordinatorName();
        builder.coordinatorEmail = draft.coordinatorEmail();
        builder.coordinatorPhone = draft.coordinatorPhone();
        builder.leadOrganisationId = draft.leadOrganisationId();
        builder.sourceNote = draft.sourceNote();
        return builder;
    }
}
