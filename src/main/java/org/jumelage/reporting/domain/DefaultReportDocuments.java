package org.jumelage.reporting.domain;

import java.io.FilterOutputStream;
import java.io.IOException;
import java.io.OutputStream;
import java.util.Locale;
import org.jumelage.account.AuditTrail;
import org.jumelage.account.SignedInUser;
import org.jumelage.reporting.FinalReport;
import org.jumelage.reporting.ProjectReports;
import org.jumelage.reporting.ReportDocument;
import org.jumelage.reporting.ReportDocuments;
import org.jumelage.reporting.ReportFormat;
import org.jumelage.shared.Languages;
import org.springframework.context.MessageSource;
import org.springframework.stereotype.Service;

/**
 * Writes the final report's files from {@link ProjectReports#report}, which decides who may read it.
 * No transaction of its own: the report is read in the reports' read-only transaction, and printing
 * (the longest part) should not hold a database connection. The audit entry is written after the
 * file, in its own transaction, as the participant lists' exports are.
 */
@Service
class DefaultReportDocuments implements ReportDocuments {

    private final ProjectReports reports;
    private final ReportPdf pdf;
    private final MessageSource messages;
    private final AuditTrail auditTrail;

    DefaultReportDocuments(ProjectReports reports, ReportPdf pdf, MessageSource messages, AuditTrail auditTrail) {
        this.reports = reports;
        this.pdf = pdf;
        this.messages = messages;
        this.auditTrail = auditTrail;
    }

    @Override
    public ReportDocument write(
            SignedInUser viewer, long projectId, ReportFormat format, Locale locale, OutputStream out) {
        Locale language = Languages.isSupported(locale.getLanguage())
                ? Locale.forLanguageTag(locale.getLanguage())
                : Locale.ENGLISH;
        FinalReport report = reports.report(viewer, projectId, language);
        ReportLayout layout = ReportLayouts.of(report, messages);
        OutputStream kept = new KeptOpen(out);
        switch (format) {
            case PDF -> pdf.write(layout, language, kept);
            case DOCX -> ReportDocx.write(layout, kept);
            case XLSX -> ReportXlsx.write(layout, kept);
        }
        String reference = report.identification().referenceNumber();
        auditTrail.record(
                "reporting.report.exported",
                "project " + projectId,
                "format=" + format.extension() + " language=" + language.getLanguage()
                        + (reference == null ? "" : " reference=" + reference));
        return new ReportDocument(fileName(projectId, reference, format, language), format);
    }

    /**
     * {@code final-report-<reference>-<language>.<extension>}, the reference number reduced to
     * letters, digits and dashes; {@code final-report-project-<id>-…} without one.
     */
    static String fileName(
            long projectId, @org.jspecify.annotations.Nullable String reference, ReportFormat format, Locale language) {
        String name = reference == null
                ? ""
                : reference.replaceAll("[^A-Za-z0-9-]+", "-").replaceAll("^-+|-+$", "");
        if (name.isEmpty()) {
            name = "project-" + projectId;
        }
        return "final-report-" + name + "-" + language.getLanguage() + "." + format.extension();
    }

    /** The caller's stream, which the writers may close without closing it (the evidence pack's ZIP entry). */
    private static final class KeptOpen extends FilterOutputStream {

        KeptOpen(OutputStream out) {
            super(out);
        }

        @Override
        public void write(byte[] bytes, int offset, int length) throws IOException {
            out.write(bytes, offset, length);
        }

        @Override
        public void close() throws IOException {
            flush();
        }
    }
}
