package org.jumelage.reporting;

import java.util.List;
import java.util.Optional;
import org.jspecify.annotations.Nullable;
import org.jumelage.shared.LocalizedText;

/**
 * The portfolio dashboard of one viewer.
 *
 * @param projects the projects the charts count
 * @param truncated whether the viewer sees more projects than a dashboard counts ({@link #PROJECT_LIMIT})
 * @param organisationId the organisation the administrator narrowed to, or {@code null}
 * @param organisations the organisations that take part in the viewer's projects, by name (the
 *     administrator's filter); empty for everybody else
 * @param charts the charts in the order the page shows them
 */
public record PortfolioDashboard(
        int projects,
        boolean truncated,
        @Nullable Long organisationId,
        List<OrganisationOption> organisations,
        List<Chart> charts) {

    /** The most projects a dashboard counts; more are left out (the newest first are kept). */
    public static final int PROJECT_LIMIT = 500;

    public PortfolioDashboard {
        organisations = List.copyOf(organisations);
        charts = List.copyOf(charts);
    }

    /** The chart with this id, if the dashboard has it. */
    public Optional<Chart> chart(String id) {
        return charts.stream().filter(chart -> chart.id().equals(id)).findFirst();
    }

    /** An organisation to narrow the dashboard to. */
    public record OrganisationOption(long id, LocalizedText names) {}
}
