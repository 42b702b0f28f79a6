package org.jumelage.project.web;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.Arrays;
import org.jspecify.annotations.Nullable;
import org.jumelage.project.ProjectDetails;
import org.jumelage.project.ProjectDraft;
import org.jumelage.project.ProjectException;
import org.jumelage.project.ProjectStatus;
import org.jumelage.project.ProjectSummary;
import org.jumelage.project.StatedPartners;
import org.jumelage.shared.LocalizedText;
import org.springframework.format.annotation.DateTimeFormat;

/**
 * The project form. Field names match the API's where they can; the titles and texts come as one
 * field per language. Themes are typed as a comma-separated list.
 */
class ProjectForm {

    private String acronym = "";
    private String titleLv = "";
    private String titleEn = "";
    private String originalTitle = "";
    private String originalLanguage = "";
    private String measure = "";
    private String callCode = "";
    private String referenceNumber = "";
    private ProjectStatus status = ProjectStatus.IDEA;

    @DateTimeFormat(iso = DateTimeFormat.ISO.DATE)
    private @Nullable LocalDate startDate;

    @DateTimeFormat(iso = DateTimeFormat.ISO.DATE)
    private @Nullable LocalDate endDate;

    private @Nullable BigDecimal totalCost;
    private @Nullable BigDecimal euGrant;
    private @Nullable BigDecimal fundingRate;
    private String website = "";
    private String summaryLv = "";
    private String summaryEn = "";
    private String objectivesLv = "";
    private String objectivesEn = "";
    private String themes = "";
    private String coordinatorName = "";
    private String coordinatorEmail = "";
    private String coordinatorPhone = "";
    private @Nullable Long leadOrganisationId;
    private String sourceNote = "";
    private @Nullable Integer statedPartners;
    private @Nullable Integer statedCountries;
    private long version;

    ProjectDraft toDraft() {
        if (status == null) {
            throw ProjectException.statusRequired();
        }
        return ProjectDraft.builder()
                .acronym(acronym)
                .titles(LocalizedText.of(titleLv, titleEn))
                .originalTitle(originalTitle)
                .originalLanguage(originalLanguage)
                .measure(measure)
                .callCode(callCode)
                .referenceNumber(referenceNumber)
                .status(status)
                .startDate(startDate)
                .endDate(endDate)
                .totalCost(totalCost)
                .euGrant(euGrant)
                .fundingRate(fundingRate)
                .website(website)
                .summary(LocalizedText.of(summaryLv, summaryEn))
                .objectives(LocalizedText.of(objectivesLv, objectivesEn))
                .themes(Arrays.stream(themes.split(","))
                        .map(String::strip)
                        .filter(theme -> !theme.isEmpty())
                        .toList())
                .coordinatorName(coordinatorName)
                .coordinatorEmail(coordinatorEmail)
                .coordinatorPhone(coordinatorPhone)
                .leadOrganisationId(leadOrganisationId)
                .sourceNote(sourceNote)
                .build();
    }

    /** What the source states, {@code null} when both counts are empty; a refusal names its field. */
    @Nullable
    StatedPartners toStated() {
        return StatedPartners.of(statedPartners, statedCountries);
    }

    static ProjectForm of(ProjectDetails details) {
        ProjectSummary project = details.summary();
        ProjectForm form = new ProjectForm();
        form.acronym = orEmpty(project.acronym());
        form.titleLv = orEmpty(project.titles().lv());
        form.titleEn = orEmpty(project.titles().en());
        form.originalTitle = orEmpty(details.originalTitle());
        form.originalLanguage = orEmpty(details.originalLanguage());
        form.measure = project.measure();
        form.callCode = orEmpty(details.callCode());
        form.referenceNumber = orEmpty(project.referenceNumber());
        form.status = project.status();
        form.startDate = project.startDate();
        form.endDate = project.endDate();
        form.totalCost = project.totalCost();
        form.euGrant = project.euGrant();
        form.fundingRate = project.fundingRate();
        form.website = orEmpty(project.website());
        form.summaryLv = orEmpty(details.projectSummary().lv());
        form.summaryEn = orEmpty(details.projectSummary().en());
        form.objectivesLv = orEmpty(details.objectives().lv());
        form.objectivesEn = orEmpty(details.objectives().en());
        form.themes = String.join(", ", details.themes());
        form.coordinatorName = orEmpty(details.coordinatorName());
        form.coordinatorEmail = orEmpty(details.coordinatorEmail());
        form.coordinatorPhone = orEmpty(details.coordinatorPhone());
        form.leadOrganisationId = project.lead() == null ? null : project.lead().id();
        form.sourceNote = orEmpty(details.sourceNote());
        StatedPartners stated = details.statedPartners();
        form.statedPartners = stated == null ? null : stated.partners();
        form.statedCountries = stated == null ? null : stated.countries();
        form.version = project.version();
        return form;
    }

    private static String orEmpty(@Nullable String text) {
        return text == null ? "" : text;
    }

    // Getters and setters for data binding.

    public String getAcronym() {
        return acronym;
    }

    public void setAcronym(String acronym) {
        this.acronym = acronym;
    }

    public String getTitleLv() {
        return titleLv;
    }

    public void setTitleLv(String titleLv) {
        this.titleLv = titleLv;
    }

    public String getTitleEn() {
        return titleEn;
    }

    public void setTitleEn(String titleEn) {
        this.titleEn = titleEn;
    }

    public String getOriginalTitle() {
        return originalTitle;
    }

    public void setOriginalTitle(String originalTitle) {
        this.originalTitle = originalTitle;
    }

    public String getOriginalLanguage() {
        return originalLanguage;
    }

    public void setOriginalLanguage(String originalLanguage) {
        this.originalLanguage = originalLanguage;
    }

    public String getMeasure() {
        return measure;
    }

    public void setMeasure(String measure) {
        this.measure = measure;
    }

    public String getCallCode() {
        return callCode;
    }

    public void setCallCode(String callCode) {
        this.callCode = callCode;
    }

    public String getReferenceNumber() {
        return referenceNumber;
    }

    public void setReferenceNumber(String referenceNumber) {
        this.referenceNumber = referenceNumber;
    }

    public ProjectStatus getStatus() {
        return status;
    }

    public void setStatus(ProjectStatus status) {
        this.status = status;
    }

    public @Nullable LocalDate getStartDate() {
        return startDate;
    }

    public void setStartDate(@Nullable LocalDate startDate) {
        this.startDate = startDate;
    }

    public @Nullable LocalDate getEndDate() {
        return endDate;
    }

    public void setEndDate(@Nullable LocalDate endDate) {
        this.endDate = endDate;
    }

    public @Nullable BigDecimal getTotalCost() {
        return totalCost;
    }

    public void setTotalCost(@Nullable BigDecimal totalCost) {
        this.totalCost = totalCost;
    }

    public @Nullable BigDecimal getEuGrant() {
        return euGrant;
    }

    public void setEuGrant(@Nullable BigDecimal euGrant) {
        this.euGrant = euGrant;
    }

    public @Nullable BigDecimal getFundingRate() {
        return fundingRate;
    }

    public void setFundingRate(@Nullable BigDecimal fundingRate) {
        this.fundingRate = fundingRate;
    }

    public String getWebsite() {
        return website;
    }

    public void setWebsite(String website) {
        this.website = website;
    }

    public String getSummaryLv() {
        return summaryLv;
    }

    public void setSummaryLv(String summaryLv) {
        this.summaryLv = summaryLv;
    }

    public String getSummaryEn() {
        return summaryEn;
    }

    public void setSummaryEn(String summaryEn) {
        this.summaryEn = summaryEn;
    }

    public String getObjectivesLv() {
        return objectivesLv;
    }

    public void setObjectivesLv(String objectivesLv) {
        this.objectivesLv = objectivesLv;
    }

    public String getObjectivesEn() {
        return objectivesEn;
    }

    public void setObjectivesEn(String objectivesEn) {
        this.objectivesEn = objectivesEn;
    }

    public String getThemes() {
        return themes;
    }

    public void setThemes(String themes) {
        this.themes = themes;
    }

    public String getCoordinatorName() {
        return coordinatorName;
    }

    public void setCoordinatorName(String coordinatorName) {
        this.coordinatorName = coordinatorName;
    }

    public String getCoordinatorEmail() {
        return coordinatorEmail;
    }

    public void setCoordinatorEmail(String coordinatorEmail) {
        this.coordinatorEmail = coordinatorEmail;
    }

    public String getCoordinatorPhone() {
        return coordinatorPhone;
    }

    public void setCoordinatorPhone(String coordinatorPhone) {
        this.coordinatorPhone = coordinatorPhone;
    }

    public @Nullable Long getLeadOrganisationId() {
        return leadOrganisationId;
    }

    public void setLeadOrganisationId(@Nullable Long leadOrganisationId) {
        this.leadOrganisationId = leadOrganisationId;
    }

    public String getSourceNote() {
        return sourceNote;
    }

    public void setSourceNote(String sourceNote) {
        this.sourceNote = sourceNote;
    }

    public @Nullable Integer getStatedPartners() {
        return statedPartners;
    }

    public void setStatedPartners(@Nullable Integer statedPartners) {
        this.statedPartners = statedPartners;
    }

    public @Nullable Integer getStatedCountries() {
        return statedCountries;
    }

    public void setStatedCountries(@Nullable Integer statedCountries) {
        this.statedCountries = statedCountries;
    }

    public long getVersion() {
        return version;
    }

    public void setVersion(long version) {
        this.version = version;
    }
}
