package org.jumelage.project.domain;

import jakarta.persistence.CascadeType;
import jakarta.persistence.CollectionTable;
import jakarta.persistence.Column;
import jakarta.persistence.ElementCollection;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.OneToMany;
import jakarta.persistence.OrderBy;
import jakarta.persistence.Table;
import jakarta.persistence.Version;
import java.math.BigDecimal;
import java.math.RoundingMode;
import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Objects;
import java.util.Optional;
import java.util.Set;
import java.util.stream.Collectors;
import org.hibernate.annotations.BatchSize;
import org.jspecify.annotations.Nullable;
import org.jumelage.project.OutcomeKind;
import org.jumelage.project.PartnerRole;
import org.jumelage.project.ProjectDraft;
import org.jumelage.project.ProjectException;
import org.jumelage.project.ProjectStatus;
import org.jumelage.project.StatedPartners;
import org.jumelage.shared.CollectionBatches;
import org.jumelage.shared.LocalizedText;
import org.jumelage.shared.SearchText;
import org.jumelage.shared.TextLimits;

/**
 * A cooperation project with its partners and outcomes. It guards its own rules: exactly one lead,
 * an organisation takes part once, the lead stays until another is named.
 */
@Entity
@Table(name = "project")
class Project {

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    private @Nullable Long id;

    private @Nullable String acronym;
    private @Nullable String titleLv;
    private @Nullable String titleEn;
    private @Nullable String titleOriginal;
    private @Nullable String originalLanguage;
    private String measureCode;
    private @Nullable String callCode;
    private @Nullable String referenceNumber;

    @Enumerated(EnumType.STRING)
    private ProjectStatus status;

    private @Nullable LocalDate startDate;
    private @Nullable LocalDate endDate;
    private @Nullable BigDecimal totalCost;
    private @Nullable BigDecimal euGrant;
    private @Nullable BigDecimal fundingRate;
    private @Nullable String website;
    private @Nullable String summaryLv;
    private @Nullable String summaryEn;
    private @Nullable String objectivesLv;
    private @Nullable String objectivesEn;
    private @Nullable String coordinatorName;
    private @Nullable String coordinatorEmail;
    private @Nullable String coordinatorPhone;
    private @Nullable String sourceNote;
    private @Nullable Integer statedPartners;
    private @Nullable Integer statedCountries;
    private String searchKey;
    private Instant createdAt;
    private Instant updatedAt;
    private @Nullable Instant deletedAt;

    @Version
    private long version;

    @ElementCollection
    @CollectionTable(name = "project_theme", joinColumns = @JoinColumn(name = "project_id"))
    @Column(name = "theme")
    @BatchSize(size = CollectionBatches.SIZE)
    private Set<String> themes = new LinkedHashSet<>();

    @OneToMany(cascade = CascadeType.ALL, orphanRemoval = true)
    @JoinColumn(name = "project_id", nullable = false)
    @OrderBy("id")
    @BatchSize(size = CollectionBatches.SIZE)
    private List<Partner> partners = new ArrayList<>();

    @OneToMany(cascade = CascadeType.ALL, orphanRemoval = true)
    @JoinColumn(name = "project_id", nullable = false)
    @OrderBy("date, id")
    @BatchSize(size = CollectionBatches.SIZE)
    private List<Outcome> outcomes = new ArrayList<>();

    protected Project() {}

    Project(ProjectDraft draft, Instant now) {
        this.createdAt = now;
        apply(draft, now);
    }

    /** Takes over the facts of a draft that the caller has validated. */
    void apply(ProjectDraft draft, Instant now) {
        this.acronym = blankToNull(draft.acronym());
        this.titleLv = draft.titles().lv();
        this.titleEn = draft.titles().en();
        this.titleOriginal = blankToNull(draft.originalTitle());
        this.originalLanguage = blankToNull(draft.originalLanguage());
        this.measureCode = draft.measure();
        this.callCode = blankToNull(draft.callCode());
        this.referenceNumber = blankToNull(draft.referenceNumber());
        this.status = draft.status();
        this.startDate = draft.startDate();
        this.endDate = draft.endDate();
        this.totalCost = money(draft.totalCost());
        this.euGrant = money(draft.euGrant());
        this.fundingRate = money(draft.fundingRate());
        this.website = blankToNull(draft.website());
        this.summaryLv = draft.summary().lv();
        this.summaryEn = draft.summary().en();
        this.objectivesLv = draft.objectives().lv();
        this.objectivesEn = draft.objectives().en();
        this.coordinatorName = blankToNull(draft.coordinatorName());
        this.coordinatorEmail = blankToNull(draft.coordinatorEmail());
        this.coordinatorPhone = blankToNull(draft.coordinatorPhone());
        this.sourceNote = blankToNull(draft.sourceNote());
        this.themes.clear();
        draft.themes().stream()
                .map(String::strip)
                .filter(theme -> !theme.isEmpty())
                .forEach(themes::add);
        this.searchKey = SearchText.normalize(String.join(
                " ",
                Objects.requireNonNullElse(acronym, ""),
                Objects.requireNonNullElse(titleLv, ""),
                Objects.requireNonNullElse(titleEn, ""),
                Objects.requireNonNullElse(titleOriginal, ""),
                Objects.requireNonNullElse(referenceNumber, "")));
        this.updatedAt = now;
    }

    /** Euros and percentages are kept to the cent: two decimals, half up. */
    private static @Nullable BigDecimal money(@Nullable BigDecimal amount) {
        return amount == null ? null : amount.setScale(2, RoundingMode.HALF_UP);
    }

    private static @Nullable String blankToNull(@Nullable String text) {
        return TextLimits.stripToNull(text);
    }

    Partner addPartner(@Nullable Long organisationId, String country, PartnerRole role, Instant now) {
        if (role == PartnerRole.LEAD && lead().isPresent()) {
            throw ProjectException.secondLead();
        }
        if (organisationId != null
                && partners.stream().anyMatch(partner -> organisationId.equals(partner.organisationId()))) {
            throw ProjectException.alreadyPartner();
        }
        Partner partner = new Partner(organisationId, country, role);
        partners.add(partner);
        updatedAt = now;
        return partner;
    }

    Partner removePartner(long partnerId, Instant now) {
        Partner partner = partners.stream()
                .filter(candidate -> Objects.equals(candidate.id(), partnerId))
                .findFirst()
                .orElseThrow(() -> ProjectException.partnerNotFound(partnerId));
        if (partner.isLead()) {
            throw ProjectException.leadCannotBeRemoved();
        }
        partners.remove(partner);
        updatedAt = now;
        return partner;
    }

    Outcome addOutcome(@Nullable LocalDate date, OutcomeKind kind, LocalizedText text, Instant now) {
        Outcome outcome = new Outcome(date, kind, text);
        outcomes.add(outcome);
        updatedAt = now;
        return outcome;
    }

    void removeOutcome(long outcomeId, Instant now) {
        if (!outcomes.removeIf(outcome -> Objects.equals(outcome.id(), outcomeId))) {
            throw ProjectException.outcomeNotFound(outcomeId);
        }
        updatedAt = now;
    }

    void delete(Instant now) {
        if (deletedAt == null) {
            deletedAt = now;
        }
    }

    void restore() {
        deletedAt = null;
    }

    boolean isDeleted() {
        return deletedAt != null;
    }

    Optional<Partner> lead() {
        return partners.stream().filter(Partner::isLead).findFirst();
    }

    boolean hasPartner(long organisationId) {
        return partners.stream().anyMatch(partner -> Objects.equals(partner.organisationId(), organisationId));
    }

    boolean isLedBy(long organisationId) {
        return lead().map(partner -> Objects.equals(partner.organisationId(), organisationId))
                .orElse(false);
    }

    /** Partners that count: lead, partners and associated partners, not guests. */
    List<Partner> countingPartners() {
        return partners.stream()
                .filter(partner -> partner.role().countsAsPartner())
                .toList();
    }

    int countryCount() {
        return countingPartners().stream()
                .map(Partner::country)
                .collect(Collectors.toSet())
                .size();
    }

    long id() {
        if (id == null) {
            throw new IllegalStateException("Project not saved yet");
        }
        return id;
    }

    long version() {
        return version;
    }

    List<Partner> partners() {
        return List.copyOf(partners);
    }

    List<Outcome> outcomes() {
        return List.copyOf(outcomes);
    }

    List<String> themes() {
        return List.copyOf(themes);
    }

    @Nullable
    String acronym() {
        return acronym;
    }

    LocalizedText titles() {
        return LocalizedText.of(titleLv, titleEn);
    }

    @Nullable
    String originalTitle() {
        return titleOriginal;
    }

    @Nullable
    String originalLanguage() {
        return originalLanguage;
    }

    String measureCode() {
        return measureCode;
    }

    @Nullable
    String callCode() {
        return callCode;
    }

    @Nullable
    String referenceNumber() {
        return referenceNumber;
    }

    ProjectStatus status() {
        return status;
    }

    @Nullable
    LocalDate startDate() {
        return startDate;
    }

    @Nullable
    LocalDate endDate() {
        return endDate;
    }

    @Nullable
    BigDecimal totalCost() {
        return totalCost;
    }

    @Nullable
    BigDecimal euGrant() {
        return euGrant;
    }

    @Nullable
    BigDecimal fundingRate() {
        return fundingRate;
    }

    @Nullable
    String website() {
        return website;
    }

    LocalizedText summary() {
        return LocalizedText.of(summaryLv, summaryEn);
    }

    LocalizedText objectives() {
        return LocalizedText.of(objectivesLv, objectivesEn);
    }

    @Nullable
    String coordinatorName() {
        return coordinatorName;
    }

    @Nullable
    String coordinatorEmail() {
        return coordinatorEmail;
    }

    @Nullable
    String coordinatorPhone() {
        return coordinatorPhone;
    }

    /** What the source states about the partnership; kept apart from the draft, which does not carry it. */
    void state(@Nullable StatedPartners stated, Instant now) {
        this.statedPartners = stated == null ? null : stated.partners();
        this.statedCountries = stated == null ? null : stated.countries();
        this.updatedAt = now;
    }

    @Nullable
    StatedPartners stated() {
        return statedPartners == null ? null : new StatedPartners(statedPartners, statedCountries);
    }

    @Nullable
    String sourceNote() {
        return sourceNote;
    }

    Instant updatedAt() {
        return updatedAt;
    }

    String label() {
        return acronym != null ? acronym : titles().in(java.util.Locale.ENGLISH);
    }
}
