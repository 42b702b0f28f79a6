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
}
