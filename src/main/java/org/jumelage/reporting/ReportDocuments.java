package org.jumelage.reporting;

import java.io.OutputStream;
import java.util.Locale;
import org.jumelage.account.SignedInUser;

/**
 * The final report of a project as a file: PDF, DOCX or XLSX, in the reader's language, all three
 * rendered from the same {@link FinalReport} that the report page shows. Whoever may see the project
 * may have it (the same rule as {@link ProjectReports#report}). Every document written is recorded in
 * the audit trail ({@code reporting.report.exported}).
 */
public interface ReportDocuments {

    /**
     * Writes the project's final report to {@code out}, which stays open (the evidence pack writes it
     * into a ZIP entry). The report is assembled completely before the first byte is written, so a
     * refusal leaves {@code out} untouched.
     *
     * @param locale the language of the document ({@code lv} or {@code en}; any other is written in English)
     * @return the document's file name and format
     * @throws org.jumelage.project.ProjectException not found when the viewer may not see the project
     * @throws java.io.UncheckedIOException when {@code out} cannot be written
     */
    ReportDocument write(SignedInUser viewer, long projectId, ReportFormat format, Locale locale, OutputStream out);
}
