package org.jumelage.support;

import java.time.LocalDate;
import org.jumelage.project.ProjectDraft;
import org.jumelage.project.ProjectStatus;
import org.jumelage.shared.LocalizedText;

/** Project drafts for tests: a running town twinning project of the 2018 call, led by one organisation. */
public final class ProjectDrafts {

    private ProjectDrafts() {}

    public static ProjectDraft townTwinning(
            String acronym, LocalizedText titles, LocalDate start, LocalDate end, long leadOrganisationId) {
        return ProjectDraft.builder()
                .acronym(acronym)
                .titles(titles)
                .measure("E4C-2014-TT")
                .callCode("E4C-2014-TT-2018-03-01")
                .status(ProjectStatus.RUNNING)
                .startDate(start)
                .endDate(end)
                .leadOrganisationId(leadOrganisationId)
                .build();
    }

    /** A networks-of-towns idea for the CERV call of 2025 (autumn 2025 to February 2027), led by one organisation. */
    public static ProjectDraft networkOfTowns(String acronym, LocalizedText titles, long leadOrganisationId) {
        return ProjectDraft.builder()
                .acronym(acronym)
                .titles(titles)
                .measure("CERV-NT")
                .status(ProjectStatus.IDEA)
                .startDate(LocalDate.of(2025, 9, 1))
                .endDate(LocalDate.of(2027, 2, 28))
                .leadOrganisationId(leadOrganisationId)
                .build();
    }
}
