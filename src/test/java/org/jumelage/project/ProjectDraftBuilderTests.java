package org.jumelage.project;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.List;
import org.jumelage.shared.LocalizedText;
import org.junit.jupiter.api.Test;

/** A project draft is built by the names of its fields (ADR 0007). */
class ProjectDraftBuilderTests {

    private static ProjectDraftBuilder minimal() {
        return ProjectDraft.builder()
                .titles(LocalizedText.of(null, "Town twinning for change"))
                .measure("E4C-2014-TT")
                .status(ProjectStatus.RUNNING);
    }

    @Test
    void putsEveryFieldWhereItsNameSays() {
        ProjectDraft draft = ProjectDraft.builder()
                .acronym("TTChan")
                .titles(LocalizedText.of("Pilsētu sadraudzība pārmaiņām", "Town twinning for change"))
                .originalTitle("Partnerstädte im Wandel")
                .originalLanguage("de")
                .measure("E4C-2014-TT")
                .callCode("E4C-2014-TT-2018-03-01")
                .referenceNumber("604433-CITIZ-1-2018-1-LV-CITIZ-TT")
                .status(ProjectStatus.CLOSED)
                .startDate(LocalDate.of(2018, 11, 8))
                .endDate(LocalDate.of(2018, 11, 12))
                .totalCost(new BigDecimal("25000"))
                .euGrant(new BigDecimal("22000"))
                .fundingRate(new BigDecimal("88"))
                .website("https://example.org/ttchan")
                .summary(LocalizedText.of("Kopsavilkums", "Summary"))
                .objectives(LocalizedText.of("Mērķi", "Objectives"))
                .themes(List.of("town twinning"))
                .coordinatorName("Anna Bērziņa")
                .coordinatorEmail("anna.berzina@example.org")
                .coordinatorPhone("+371 20000000")
                .leadOrganisationId(7L)
                .sourceNote("Named only by its acronym.")
                .build();

        assertThat(draft.acronym()).isEqualTo("TTChan");
        assertThat(draft.titles())
                .isEqualTo(LocalizedText.of("Pilsētu sadraudzība pārmaiņām", "Town twinning for change"));
        assertThat(draft.originalTitle()).isEqualTo("Partnerstädte im Wandel");
        assertThat(draft.originalLanguage()).isEqualTo("de");
        assertThat(draft.measure()).isEqualTo("E4C-2014-TT");
        assertThat(draft.callCode()).isEqualTo("E4C-2014-TT-2018-03-01");
        assertThat(draft.referenceNumber()).isEqualTo("604433-CITIZ-1-2018-1-LV-CITIZ-TT");
        assertThat(draft.status()).isEqualTo(ProjectStatus.CLOSED);
        assertThat(draft.startDate()).isEqualTo(LocalDate.of(2018, 11, 8));
        assertThat(draft.endDate()).isEqualTo(LocalDate.of(2018, 11, 12));
        assertThat(draft.totalCost()).isEqualTo(new BigDecimal("25000"));
        assertThat(draft.euGrant()).isEqualTo(new BigDecimal("22000"));
        assertThat(draft.fundingRate()).isEqualTo(new BigDecimal("88"));
        assertThat(draft.website()).isEqualTo("https://example.org/ttchan");
        assertThat(draft.summary()).isEqualTo(LocalizedText.of("Kopsavilkums", "Summary"));
        assertThat(draft.objectives()).isEqualTo(LocalizedText.of("Mērķi", "Objectives"));
        assertThat(draft.themes()).containsExactly("town twinning");
        assertThat(draft.coordinatorName()).isEqualTo("Anna Bērziņa");
        assertThat(draft.coordinatorEmail()).isEqualTo("anna.berzina@example.org");
        assertThat(draft.coordinatorPhone()).isEqualTo("+371 20000000");
        assertThat(draft.leadOrganisationId()).isEqualTo(7L);
        assertThat(draft.sourceNote()).isEqualTo("Named only by its acronym.");
    }

    @Test
    void leavesTextsEmptyAndOptionalFieldsUnsetWhenNotGiven() {
        ProjectDraft draft = minimal().build();

        assertThat(draft.summary()).isEqualTo(LocalizedText.of(null, null));
        assertThat(draft.objectives()).isEqualTo(LocalizedText.of(null, null));
        assertThat(draft.themes()).isEmpty();
        assertThat(draft.acronym()).isNull();
        assertThat(draft.callCode()).isNull();
        assertThat(draft.leadOrganisationId()).isNull();
        assertThat(draft.sourceNote()).isNull();
    }

    @Test
    void namesTheMissingRequiredField() {
        assertThatThrownBy(() -> ProjectDraft.builder()
                        .measure("E4C-2014-TT")
                        .status(ProjectStatus.IDEA)
                        .build())
                .isInstanceOf(IllegalStateException.class)
                .hasMessageContaining("titles");
        assertThatThrownBy(() -> ProjectDraft.builder()
                        .titles(LocalizedText.of(null, "Town twinning for change"))
                        .status(ProjectStatus.IDEA)
                        .build())
                .isInstanceOf(IllegalStateException.class)
                .hasMessageContaining("measure");
        assertThatThrownBy(() -> ProjectDraft.builder()
                        .titles(LocalizedText.of(null, "Town twinning for change"))
                        .measure("")
                        .build())
                .isInstanceOf(IllegalStateException.class)
                .hasMessageContaining("status");
    }

    @Test
    void toBuilderKeepsEveryFieldItIsNotToldToChange() {
        ProjectDraft draft = minimal()
                .acronym("TTChan")
                .callCode("E4C-2014-TT-2018-03-01")
                .themes(List.of("culture"))
                .leadOrganisationId(3L)
                .sourceNote("note")
                .build();

        ProjectDraft changed = draft.toBuilder().measure("E4C-2014-NT").build();

        assertThat(changed)
                .isEqualTo(minimal()
                        .measure("E4C-2014-NT")
                        .acronym("TTChan")
                        .callCode("E4C-2014-TT-2018-03-01")
                        .themes(List.of("culture"))
                        .leadOrganisationId(3L)
                        .sourceNote("note")
                        .build());
        assertThat(draft.toBuilder().build()).isEqualTo(draft);
    }
}
