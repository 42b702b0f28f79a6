/**
 * Reporting: what a project proves at its end and what a town or a programme body overviews. It
 * assembles the final report (page, PDF, DOCX, XLSX), the participation counts per event against the
 * measure's thresholds, the audit-ready evidence pack (ZIP with a manifest), the dashboards and the
 * open data, all read from the other modules' facades. It owns only the coordinator's written report
 * sections.
 */
@ApplicationModule(
        allowedDependencies = {
            "shared",
            "account",
            "network",
            "programme",
            "project",
            "event",
            "participation",
            "publicity",
            "storage"
        })
@NullMarked
package org.jumelage.reporting;

import org.jspecify.annotations.NullMarked;
import org.springframework.modulith.ApplicationModule;
