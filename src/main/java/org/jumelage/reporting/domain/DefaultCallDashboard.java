package org.jumelage.reporting.domain;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.jumelage.programme.CallResults;
import org.jumelage.programme.CallStatistics;
import org.jumelage.programme.CallSummary;
import org.jumelage.project.ProjectCallStatus;
import org.jumelage.project.ProjectStatus;
import org.jumelage.project.UnrestrictedProjectReads;
import org.jumelage.reporting.CallDashboard;
import org.jumelage.reporting.CallOverview;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/** The calls dashboard from the programme's call results and the projects' statuses. */
@Service
class DefaultCallDashboard implements CallDashboard {

    static final Set<ProjectStatus> APPLIED = Set.of(
            ProjectStatus.SUBMITTED,
            ProjectStatus.SELECTED,
            ProjectStatus.REJECTED,
            ProjectStatus.RUNNING,
            ProjectStatus.CLOSED);
    static final Set<ProjectStatus> FUNDED =
            Set.of(ProjectStatus.SELECTED, ProjectStatus.RUNNING, ProjectStatus.CLOSED);

    private final CallResults results;
    private final UnrestrictedProjectReads projects;

    DefaultCallDashboard(CallResults results, UnrestrictedProjectReads projects) {
        this.results = results;
        this.projects = projects;
    }

    @Override
    @Transactional(readOnly = true)
    public List<CallOverview> calls() {
        Map<String, List<ProjectStatus>> byCall = new HashMap<>();
        for (ProjectCallStatus project : projects.callStatusesUnrestricted()) {
            byCall.computeIfAbsent(project.callCode().toUpperCase(java.util.Locale.ROOT), code -> new ArrayList<>())
                    .add(project.status());
        }
        List<CallOverview> calls = new ArrayList<>();
        for (CallSummary call : results.calls()) {
            List<ProjectStatus> statuses = byCall.getOrDefault(call.code(), List.of());
            if (call.statistics() == null && statuses.isEmpty()) {
                continue;
            }
            calls.add(overview(call, statuses));
        }
        return calls;
    }

    static CallOverview overview(CallSummary call, List<ProjectStatus> statuses) {
        CallStatistics statistics = call.statistics();
        List<CallOverview.CountryResult> countries = new ArrayList<>();
        if (statistics != null) {
            statistics.perCountry().entrySet().stream()
                    .sorted(Map.Entry.comparingByKey())
                    .forEach(entry -> countries.add(new CallOverview.CountryResult(
                            entry.getKey(),
                            entry.getValue().submitted(),
                            entry.getValue().funded(),
                            CallOverview.rate(
                                    entry.getValue().funded(), entry.getValue().submitted()))));
        }
        return new CallOverview(
                call.code(),
                call.measureCode(),
                call.year(),
                call.deadline(),
                statistics == null ? null : statistics.submitted(),
                statistics == null ? null : statistics.funded(),
                statistics == null ? null : CallOverview.rate(statistics.funded(), statistics.submitted()),
                countries,
                statistics == null ? null : statistics.source(),
                instance(statuses));
    }

    static CallOverview.InstanceApplications instance(List<ProjectStatus> statuses) {
        int applied = (int) statuses.stream().filter(APPLIED::contains).count();
        int funded = (int) statuses.stream().filter(FUNDED::contains).count();
        int rejected =
                (int) statuses.stream().filter(ProjectStatus.REJECTED::equals).count();
        int awaiting =
                (int) statuses.stream().filter(ProjectStatus.SUBMITTED::equals).count();
        return new CallOverview.InstanceApplications(
                applied, funded, rejected, awaiting, CallOverview.rate(funded, funded + rejected));
    }
}
