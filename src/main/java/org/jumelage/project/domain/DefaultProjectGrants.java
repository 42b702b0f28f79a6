package org.jumelage.project.domain;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import org.jspecify.annotations.Nullable;
import org.jumelage.account.SignedInUser;
import org.jumelage.programme.GrantCalculator;
import org.jumelage.programme.GrantPlan;
import org.jumelage.programme.ProgrammeException;
import org.jumelage.project.EventPlan;
import org.jumelage.project.GrantForecast;
import org.jumelage.project.GrantForecast.Remark;
import org.jumelage.project.ProjectDetails;
import org.jumelage.project.ProjectEventPlans;
import org.jumelage.project.ProjectException;
import org.jumelage.project.ProjectGrants;
import org.jumelage.project.ProjectManagement;
import org.springframework.beans.factory.ObjectProvider;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Plans a project's grant with {@link GrantPlanner} and has the programme's {@link GrantCalculator}
 * judge each plan. The events come from the event module through {@link ProjectEventPlans}, and the
 * calculator from the programme module; while either is missing, the forecast still answers
 * (without events, or with a problem).
 */
@Service
class DefaultProjectGrants implements ProjectGrants {

    /** The engine's refusals that mean it has no rules for the measure or its call year. */
    private static final Set<String> NO_RULES = Set.of("programme.no-rules", "programme.no-rule-set");

    private final ProjectManagement projects;
    private final GrantPlanner planner;
    private final ObjectProvider<ProjectEventPlans> eventPlans;
    private final ObjectProvider<GrantCalculator> calculator;

    DefaultProjectGrants(
            ProjectManagement projects,
            GrantPlanner planner,
            ObjectProvider<ProjectEventPlans> eventPlans,
            ObjectProvider<GrantCalculator> calculator) {
        this.projects = projects;
        this.planner = planner;
        this.eventPlans = eventPlans;
        this.calculator = calculator;
    }

    @Override
    @Transactional(readOnly = true)
    public GrantForecast forecast(SignedInUser viewer, long projectId, Locale locale) {
        ProjectDetails project =
                projects.find(viewer, projectId).orElseThrow(() -> ProjectException.notFound(projectId));
        ProjectEventPlans source = eventPlans.getIfAvailable();
        List<EventPlan> events = source == null ? List.of() : source.eventPlans(projectId);
        GrantPlanner.Plans plans = planner.plan(project, events, locale);
        String measure = project.summary().measure();
        if (plans.problem() != null) {
            return forecast(projectId, measure, plans, List.of(), plans.problem(), null);
        }
        GrantCalculator rules = calculator.getIfAvailable();
        if (rules == null) {
            return forecast(projectId, measure, plans, List.of(), Remark.of("project.grant.no-engine"), null);
        }
        List<GrantForecast.Column> columns = new ArrayList<>();
        for (Map.Entry<GrantForecast.Count, GrantPlan> plan : plans.plans().entrySet()) {
            try {
                columns.add(new GrantForecast.Column(plan.getKey(), plan.getValue(), rules.evaluate(plan.getValue())));
            } catch (ProgrammeException e) {
                Remark problem = NO_RULES.contains(e.code())
                        ? Remark.of(
                                "project.grant.no-rules",
                                measure,
                                plans.callYear() == null ? "" : String.valueOf(plans.callYear()))
                        : Remark.of("project.grant.plan-refused");
                Remark detail = new Remark(e.messageKey(), List.of(e.arguments()));
                return forecast(projectId, measure, plans, List.of(), problem, detail);
            }
        }
        return forecast(projectId, measure, plans, columns, null, null);
    }

    private static GrantForecast forecast(
            long projectId,
            String measure,
            GrantPlanner.Plans plans,
            List<GrantForecast.Column> columns,
            @Nullable Remark problem,
            @Nullable Remark detail) {
        return new GrantForecast(
                projectId,
                measure,
                plans.deadline(),
                plans.callYear(),
                plans.callYearSource(),
                columns,
                plans.remarks(),
                problem,
                detail);
    }
}
