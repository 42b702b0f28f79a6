package org.jumelage.reporting;

import java.util.List;
import java.util.Optional;

/**
 * The instance administrator's overview: one row per organisation that takes part in a project
 * (as lead or partner) with its projects, events, participants, countries and grants, and the
 * instance's totals, in which a project shared by two organisations counts once.
 *
 * @param projects the projects counted
 * @param truncated whether the instance has more projects than the overview counts
 * @param charts the charts in the order the page shows them, the organisations' table first
 */
public record InstanceOverview(int projects, boolean truncated, List<Chart> charts) {

    public InstanceOverview {
        charts = List.copyOf(charts);
    }

    /** The chart with this id, if the overview has it. */
    public Optional<Chart> chart(String id) {
        return charts.stream().filter(chart -> chart.id().equals(id)).findFirst();
    }
}
