package org.jumelage.reporting.domain;

import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.util.List;
import org.jumelage.reporting.ReportDocuments;
import org.jumelage.reporting.ReportFormat;
import org.springframework.core.annotation.Order;
import org.springframework.stereotype.Component;

/**
 * The project's final report as PDF and XLSX ({@link ReportDocuments}), in the reader's language,
 * written when the ZIP is; in the project's pack only.
 */
@Component
@Order(60)
class FinalReportSource implements EvidenceSource {

    private static final List<ReportFormat> FORMATS = List.of(ReportFormat.PDF, ReportFormat.XLSX);

    private final ReportDocuments reports;

    FinalReportSource(ReportDocuments reports) {
        this.reports = reports;
    }

    @Override
    public void contribute(PackPlan plan) {
        if (!plan.isProjectPack()) {
            return;
        }
        long projectId = plan.project.summary().id();
        for (ReportFormat format : FORMATS) {
            plan.add(new PackEntry(
                    "report/final-report-" + plan.locale.getLanguage() + "." + format.extension(),
                    plan.text("reporting.pack.entry.report", format.extension().toUpperCase(java.util.Locale.ROOT)),
                    true,
                    null,
                    () -> {
                        ByteArrayOutputStream out = new ByteArrayOutputStream();
                        reports.write(plan.editor, projectId, format, plan.locale, out);
                        return new ByteArrayInputStream(out.toByteArray());
                    }));
        }
    }
}
