package org.jumelage.project.domain;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.math.BigDecimal;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import org.jumelage.project.OutcomeKind;
import org.jumelage.project.PartnerRole;
import org.jumelage.project.ProjectDraft;
import org.jumelage.project.ProjectException;
import org.jumelage.project.ProjectStatus;
import org.jumelage.shared.LocalizedText;
import org.junit.jupiter.api.Test;
import org.springframework.test.util.ReflectionTestUtils;

/** The project aggregate's own rules, with no database. */
class ProjectTests {

    static final Instant NOW = Instant.parse("2018-11-08T09:00:00Z");

    static ProjectDraft ttchan() {
        return ProjectDraft.builder()
                .acronym("TTChan")
                .titles(LocalizedText.of("Pilsētu sadraudzība pārmaiņām", "Town twinning for change"))
                .measure("E4C-2014-TT")
                .status(ProjectStatus.RUNNING)
                .startDate(LocalDate.of(2018, 11, 8))
                .endDate(LocalDate.of(2018, 11, 12))
                .totalCost(new BigDecimal("25000"))
                .fundingRate(new BigDecimal("100.005"))
                .themes(List.of(" culture ", "", "centenary"))
                .leadOrganisationId(1L)
                .build();
    }

    static Project saved(Project project) {
        ReflectionTestUtils.setField(project, "id", 1L);
        return project;
    }

    @Test
    void keepsMoneyToTheCent() {
        Project project = new Project(ttchan(), NOW);

        assertThat(project.totalCost()).isEqualByComparingTo("25000.00").hasScaleOf(2);
        assertThat(project.fundingRate()).isEqualTo(new BigDecimal("100.01"));
    }

    @Test
    void themesAreTrimmedAndBlankOnesDropped() {
        assertThat(new Project(ttchan(), NOW).themes()).containsExactly("culture", "centenary");
    }

    @Test
    void searchKeyIgnoresCaseAndAccents() {
        Project project = new Project(ttchan(), NOW);

        assertThat((String) ReflectionTestUtils.getField(project, "searchKey"))
                .contains("ttchan")
                .contains("pilsetu sadraudziba");
    }

    @Test
    void hasExactlyOneLead() {
        Project project = new Project(ttchan(), NOW);
        project.addPartner(1L, "LV", PartnerRole.LEAD, NOW);

        assertThatThrownBy(() -> project.addPartner(2L, "LT", PartnerRole.LEAD, NOW))
                .isInstanceOfSatisfying(
                        ProjectException.class, e -> assertThat(e.code()).isEqualTo("project.second-lead"));
        assertThat(project.lead()).isPresent();
    }

    @Test
    void anOrganisationTakesPartOnce() {
        Project project = new Project(ttchan(), NOW);
        project.addPartner(1L, "LV", PartnerRole.LEAD, NOW);

        assertThatThrownBy(() -> project.addPartner(1L, "LV", PartnerRole.PARTNER, NOW))
                .isInstanceOfSatisfying(
                        ProjectException.class, e -> assertThat(e.code()).isEqualTo("project.already-partner"));
    }

    @Test
    void unnamedPartnersCountForTheirCountryAndGuestsDoNotCount() {
        Project project = new Project(ttchan(), NOW);
        project.addPartner(1L, "LV", PartnerRole.LEAD, NOW);
        project.addPartner(null, "LT", PartnerRole.PARTNER, NOW);
        project.addPartner(null, "LT", PartnerRole.PARTNER, NOW);
        project.addPartner(null, "RS", PartnerRole.ASSOCIATED, NOW);
        project.addPartner(null, "IT", PartnerRole.GUEST, NOW);

        assertThat(project.countingPartners()).hasSize(4);
        assertThat(project.countryCount()).isEqualTo(3);
    }

    @Test
    void theLeadCannotBeRemoved() {
        Project project = saved(new Project(ttchan(), NOW));
        Partner lead = project.addPartner(1L, "LV", PartnerRole.LEAD, NOW);
        ReflectionTestUtils.setField(lead, "id", 10L);

        assertThatThrownBy(() -> project.removePartner(10L, NOW))
                .isInstanceOfSatisfying(
                        ProjectException.class, e -> assertThat(e.code()).isEqualTo("project.lead-cannot-be-removed"));
        assertThatThrownBy(() -> project.removePartner(99L, NOW))
                .isInstanceOfSatisfying(
                        ProjectException.class, e -> assertThat(e.code()).isEqualTo("project.partner-not-found"));
    }

    @Test
    void isLedByItsLeadsOrganisationOnly() {
        Project project = new Project(ttchan(), NOW);
        project.addPartner(1L, "LV", PartnerRole.LEAD, NOW);
        project.addPartner(2L, "LT", PartnerRole.PARTNER, NOW);

        assertThat(project.isLedBy(1L)).isTrue();
        assertThat(project.isLedBy(2L)).isFalse();
        assertThat(project.hasPartner(2L)).isTrue();
        assertThat(project.hasPartner(3L)).isFalse();
    }

    @Test
    void softDeleteAndRestore() {
        Project project = new Project(ttchan(), NOW);
        project.delete(NOW);
        assertThat(project.isDeleted()).isTrue();
        project.restore();
        assertThat(project.isDeleted()).isFalse();
    }

    @Test
    void outcomesAreKept() {
        Project project = new Project(ttchan(), NOW);
        project.addOutcome(LocalDate.of(2013, 11, 14), OutcomeKind.PRESENTATION, LocalizedText.of(null, "Talk"), NOW);

        assertThat(project.outcomes()).hasSize(1);
    }
}
