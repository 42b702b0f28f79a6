package org.jumelage.reporting;

import java.util.List;

/**
 * The calls dashboard: per call of the programme catalogue, the published results (submitted,
 * funded, success rate, per country) next to this instance's own applications. Counts only; no
 * project is named.
 */
public interface CallDashboard {

    /**
     * The calls that have published results or applications in this instance, by measure in
     * catalogue order, newest call first.
     */
    List<CallOverview> calls();
}
