package org.jumelage.reporting;

import java.util.Locale;
import org.jumelage.account.SignedInUser;

/**
 * The final report of a project and the counts it rests on. Whoever may see the project may read
 * them; only its editors write the report's sections and download the evidence pack.
 */
public interface ProjectReports {

    /**
     * The project's participation per event against the measure's per-event thresholds.
     *
     * @throws org.jumelage.project.ProjectException not found when the viewer may not see the project
     */
    ProjectParticipation participation(SignedInUser viewer, long projectId);

    /**
     * The project's final report, assembled now for this viewer, its texts resolved in {@code locale}
     * (see {@link FinalReport}). A project without events, events without attendance, deleted events
     * and unpublished pages give a complete report that lists what is missing.
     *
     * @throws org.jumelage.project.ProjectException not found when the viewer may not see the project
     */
    FinalReport report(SignedInUser viewer, long projectId, Locale locale);

    /**
     * Saves written sections of the report (see {@link ReportSections}); audited. Every text is
     * checked before anything is written: an unknown language or a text too long is refused with
     * {@link ReportingException} and nothing changes.
     *
     * @throws org.jumelage.project.ProjectException not found when the editor may not see the project
     * @throws ReportingException forbidden when they see it but may not edit it
     */
    void saveSections(SignedInUser editor, long projectId, ReportSections sections);

    /**
     * A draft of the summary for publication written from the project's data (partners, events,
     * counts, outcomes), in one language, from the {@code reporting} bundle. Nothing is stored.
     *
     * @param language {@code lv} or {@code en}
     * @throws ReportingException invalid for another language, forbidden for a viewer who may not edit
     */
    String draftSummary(SignedInUser editor, long projectId, String language);
}
