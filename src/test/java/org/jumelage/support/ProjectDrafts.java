package org.jumelage.support;

import java.time.LocalDate;
import java.util.List;
import org.jumelage.project.ProjectDraft;
import org.jumelage.project.ProjectStatus;
import org.jumelage.shared.LocalizedText;

/** Project drafts for tests: a running town twinning project of the 2018 call, led by one organisation. */
public final class ProjectDrafts {

    private ProjectDrafts() {}

    public static ProjectDraft townTwinning(
            String acronym, LocalizedText titles, LocalDate start, LocalDate end, long leadOrganisationId) {
        return new ProjectDraft(
                acronym,
                titles,
                null,
                null,
                "E4C-2014-TT",
                "E4C-2014-TT-2018-03-01",
                null,
                ProjectStatus.RUNNING,
                start,
                end,
                null,
                null,
                null,
                null,
                LocalizedText.of(null, null),
                LocalizedText.of(null, null),
                List.of(),
                null,
                null,
                null,
                leadOrganisationId,
                null);
    }
}
