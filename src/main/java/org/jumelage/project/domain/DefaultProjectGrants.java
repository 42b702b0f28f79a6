package org.jumelage.project.domain;

import java.math.BigDecimal;
import java.time.Clock;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Collection;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import org.jspecify.annotations.Nullable;
import org.jumelage.account.AuditTrail;
import org.jumelage.account.SignedInUser;
import org.jumelage.programme.GrantCalculator;
import org.jumelage.programme.GrantEstimate;
import org.jumelage.programme.GrantPlan;
import org.jumelage.programme.ProgrammeException;
import org.jumelage.project.CancelledDelegation;
import org.jumelage.project.EventPlan;
import org.jumelage.project.GrantAward;
import org.jumelage.project.GrantAwardDraft;
import org.jumelage.project.GrantForecast;
import org.jumelage.project.GrantForecast.Remark;
import org.jumelage.project.GrantVerdict;
import org.jumelage.project.PartnerSummary;
import org.jumelage.project.ProjectDetails;
import org.jumelage.project.ProjectEventPlans;
import org.jumelage.project.ProjectException;
import org.jumelage.project.ProjectGrants;
import org.jumelage.project.ProjectManagement;
import org.jumelage.project.ProjectRights;
import org.jumelage.project.persistence.GrantAwardStore;
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
    private final GrantAwardStore awards;
    private final AuditTrail auditTrail;
    private final Clock clock;

    /** Awards of 10 million euros or more are a typing mistake (the largest measures give a few hundred thousand). */
    static final BigDecimal MAX_AWARD = new BigDecimal("10000000");

    static final int MAX_AGREEMENT_NUMBER = 100;
    static final int MAX_CONDITIONS = 4000;

    DefaultProjectGrants(
            ProjectManagement projects,
            GrantPlanner planner,
            ObjectProvider<ProjectEventPlans> eventPlans,
            ObjectProvider<GrantCalculator> calculator,
            GrantAwardStore awards,
            AuditTrail auditTrail,
            Clock clock) {
        this.projects = projects;
        this.planner = planner;
        this.eventPlans = eventPlans;
        this.calculator = calculator;
        this.awards = awards;
        this.auditTrail = auditTrail;
        this.clock = clock;
    }

    @Override
    @Transactional(readOnly = true)
    public GrantForecast forecast(SignedInUser viewer, long projectId, Locale locale) {
        return forecast(viewer, projectId, locale, null);
    }

    @Override
    @Transactional(readOnly = true)
    public GrantForecast forecast(
            SignedInUser viewer, long projectId, Locale locale, @Nullable CancelledDelegation without) {
        ProjectDetails project =
                projects.find(viewer, projectId).orElseThrow(() -> ProjectException.notFound(projectId));
        ProjectEventPlans source = eventPlans.getIfAvailable();
        List<EventPlan> events = source == null ? List.of() : source.eventPlans(projectId);
        return forecast(project, events, locale, without, null);
    }

    @Override
    @Transactional(readOnly = true)
    public Map<Long, GrantForecast> forecasts(SignedInUser viewer, Collection<Long> projectIds, Locale locale) {
        Map<Long, ProjectDetails> found = projects.find(viewer, projectIds);
        if (found.isEmpty()) {
            return Map.of();
        }
        ProjectEventPlans source = eventPlans.getIfAvailable();
        Map<Long, List<EventPlan>> events = source == null ? Map.of() : source.eventPlans(found.keySet());
        GrantPlanner.Places places = planner.places(
                found.values(), events.values().stream().flatMap(List::stream).toList());
        Map<Long, GrantForecast> forecasts = new LinkedHashMap<>();
        found.forEach((id, project) ->
                forecasts.put(id, forecast(project, events.getOrDefault(id, List.of()), locale, null, places)));
        return forecasts;
    }

    /** The forecast of a project already read, with its places read beforehand or ({@code null}) here. */
    private GrantForecast forecast(
            ProjectDetails project,
            List<EventPlan> events,
            Locale locale,
            @Nullable CancelledDelegation without,
            GrantPlanner.@Nullable Places places) {
        long projectId = project.summary().id();
        List<GrantForecast.DelegationOption> options = options(project, events, locale);
        CancelledDelegation cancelled = without != null
                        && options.stream()
                                .anyMatch(option -> option.cancellation().equals(without))
                ? without
                : null;
        GrantPlanner.Plans plans = planner.plan(project, withoutDelegation(events, cancelled), locale, places);
        String measure = project.summary().measure();
        if (plans.problem() != null) {
            return forecast(projectId, measure, plans, List.of(), plans.problem(), null, cancelled, options);
        }
        GrantCalculator rules = calculator.getIfAvailable();
        if (rules == null) {
            return forecast(
                    projectId,
                    measure,
                    plans,
                    List.of(),
                    Remark.of("project.grant.no-engine"),
                    null,
                    cancelled,
                    options);
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
                return forecast(projectId, measure, plans, List.of(), problem, detail, cancelled, options);
            }
        }
        return forecast(projectId, measure, plans, columns, null, null, cancelled, options);
    }

    @Override
    @Transactional(readOnly = true)
    public Optional<GrantAward> award(SignedInUser viewer, long projectId) {
        if (!projects.rights(viewer, projectId).view()) {
            throw ProjectException.notFound(projectId);
        }
        return awards.find(projectId);
    }

    @Override
    @Transactional(readOnly = true)
    public Map<Long, GrantAward> awards(SignedInUser viewer, Collection<Long> projectIds) {
        Set<Long> visible = new HashSet<>();
        projects.rights(viewer, projectIds).forEach((id, rights) -> {
            if (rights.view()) {
                visible.add(id);
            }
        });
        return visible.isEmpty() ? Map.of() : awards.findAll(visible);
    }

    @Override
    @Transactional
    public GrantAward recordAward(SignedInUser editor, long projectId, GrantAwardDraft draft) {
        ProjectRights rights = projects.rights(editor, projectId);
        if (!rights.view()) {
            throw ProjectException.notFound(projectId);
        }
        if (!rights.edit()) {
            throw ProjectException.notAllowed();
        }
        BigDecimal amount = draft.amount();
        if (amount == null) {
            throw ProjectException.awardFieldRequired("amount");
        }
        if (amount.signum() <= 0 || amount.stripTrailingZeros().scale() > 2 || amount.compareTo(MAX_AWARD) >= 0) {
            throw ProjectException.awardAmountInvalid();
        }
        String currency = draft.currency() == null ? "" : draft.currency().strip();
        if (currency.isEmpty()) {
            throw ProjectException.awardFieldRequired("currency");
        }
        if (!currency.equals(GrantEstimate.EUR)) {
            throw ProjectException.awardCurrencyInvalid(currency);
        }
        String number =
                draft.agreementNumber() == null ? "" : draft.agreementNumber().strip();
        if (number.isEmpty()) {
            throw ProjectException.awardFieldRequired("agreementNumber");
        }
        text("agreementNumber", number, MAX_AGREEMENT_NUMBER);
        LocalDate signedOn = draft.signedOn();
        if (signedOn == null) {
            throw ProjectException.awardFieldRequired("signedOn");
        }
        if (signedOn.isAfter(LocalDate.now(clock))) {
            throw ProjectException.awardSignedInFuture();
        }
        String conditions = draft.conditions() == null || draft.conditions().isBlank()
                ? null
                : draft.conditions().strip();
        if (conditions != null) {
            text("conditions", conditions, MAX_CONDITIONS);
        }
        GrantAward award = new GrantAward(
                projectId,
                amount.setScale(2, java.math.RoundingMode.UNNECESSARY),
                currency,
                number,
                signedOn,
                conditions,
                editor.displayName(),
                clock.instant());
        awards.save(award);
        auditTrail.record(
                "project.grant-award",
                "project " + projectId,
                award.amount().toPlainString() + " " + currency + ", agreement " + number + ", signed " + signedOn);
        return award;
    }

    @Override
    @Transactional(readOnly = true)
    public GrantVerdict verdict(SignedInUser viewer, long projectId, Locale locale) {
        GrantAward award = award(viewer, projectId).orElse(null);
        return GrantVerdicts.judge(award, forecast(viewer, projectId, locale, null), LocalDate.now(clock));
    }

    @Override
    public GrantVerdict verdict(@Nullable GrantAward award, GrantForecast forecast) {
        return GrantVerdicts.judge(award, forecast, LocalDate.now(clock));
    }

    private static void text(String field, String value, int max) {
        if (value.codePointCount(0, value.length()) > max) {
            throw ProjectException.textTooLong(field, max);
        }
    }

    /** Every partner's people at every event, as the "what if" choice offers them. */
    private static List<GrantForecast.DelegationOption> options(
            ProjectDetails project, List<EventPlan> events, Locale locale) {
        Map<Long, PartnerSummary> partners = new HashMap<>();
        project.partners().forEach(partner -> partners.put(partner.id(), partner));
        List<GrantForecast.DelegationOption> options = new ArrayList<>();
        int number = 0;
        for (EventPlan event : events) {
            number++;
            String label = event.titles().in(locale);
            String eventName = label.isBlank() ? "#" + number : label;
            for (PartnerSummary partner : project.partners()) {
                var counts = event.participants().get(partner.id());
                if (counts == null
                        || counts.planned() + nonNull(counts.registered()) + nonNull(counts.attended()) == 0) {
                    continue;
                }
                String name = partner.organisationName() == null
                        ? partner.country()
                        : partner.organisationName().in(locale);
                options.add(new GrantForecast.DelegationOption(
                        event.id(),
                        partner.id(),
                        eventName,
                        name.isBlank() ? partner.country() : name,
                        partner.country(),
                        counts.planned()));
            }
        }
        return List.copyOf(options);
    }

    private static int nonNull(@Nullable Integer value) {
        return value == null ? 0 : value;
    }

    /** The events with one partner's people at one event left out. */
    private static List<EventPlan> withoutDelegation(List<EventPlan> events, @Nullable CancelledDelegation without) {
        if (without == null) {
            return events;
        }
        return events.stream()
                .map(event -> {
                    if (event.id() != without.eventId()) {
                        return event;
                    }
                    Map<Long, org.jumelage.project.ParticipantCounts> left = new HashMap<>(event.participants());
                    left.remove(without.partnerId());
                    return new EventPlan(
                            event.id(),
                            event.titles(),
                            event.hostCountry(),
                            event.hostTownId(),
                            event.startDate(),
                            event.endDate(),
                            left);
                })
                .toList();
    }

    private static GrantForecast forecast(
            long projectId,
            String measure,
            GrantPlanner.Plans plans,
            List<GrantForecast.Column> columns,
            @Nullable Remark problem,
            @Nullable Remark detail,
            @Nullable CancelledDelegation without,
            List<GrantForecast.DelegationOption> options) {
        return new GrantForecast(
                projectId,
                measure,
                plans.deadline(),
                plans.callYear(),
                plans.callYearSource(),
                columns,
                plans.remarks(),
                problem,
                detail,
                without,
                options);
    }
}
