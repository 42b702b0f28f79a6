package org.jumelage.programme.domain;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.time.LocalDate;
import java.time.Period;
import java.util.ArrayList;
import java.util.Collection;
import java.util.Comparator;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;
import org.jspecify.annotations.Nullable;
import org.jumelage.network.OrganisationType;
import org.jumelage.programme.CountryCodes;
import org.jumelage.programme.GrantPlan;
import org.jumelage.programme.RuleCheck;
import org.jumelage.programme.RuleCheck.CheckStatus;
import org.jumelage.programme.RuleSource;
import org.jumelage.programme.RuleTerm;
import org.jumelage.programme.ThresholdMargin;
import org.jumelage.programme.ThresholdMargin.Limit;
import org.jumelage.programme.ThresholdMargin.Unit;

/**
 * The eligibility rules of a rule set applied to a plan's facts, one check per rule the set holds.
 * Per-event rules report the event (or delegation) that fares worst; {@link #margins} gives the margin
 * of every event and delegation to the same thresholds. A rule the plan does not say
 * enough about (no events yet, dates or an organisation's type not known) is {@code UNKNOWN}, which
 * never makes a plan ineligible. Pure Java, no state.
 */
final class EligibilityRules {

    private static final BigDecimal HUNDRED = BigDecimal.valueOf(100);

    private EligibilityRules() {}

    /** The checks of every eligibility rule in the set except the grant bounds, in vocabulary order. */
    static List<RuleCheck> check(RuleSet rules, CountryLists countries, int year, GrantPlan plan, PlanFacts facts) {
        List<RuleCheck> checks = new ArrayList<>();
        for (RuleParameter parameter : rules.parameters().values()) {
            RuleCheck check = switch (parameter.key()) {
                case ELIGIBLE_COUNTRIES -> eligibleCountries(parameter, countries, year, plan);
                case MIN_COUNTRIES -> minCountries(parameter, rules, countries, year, facts);
                case MIN_EU_MEMBER_STATES -> minMemberStates(parameter, countries, year, facts);
                case MIN_APPLICANTS -> atLeast(parameter, 1 + plan.partners().size(), "");
                case APPLICANT_TYPE -> applicantType(parameter, plan);
                case MIN_INVITED_PARTICIPANTS -> minInvited(parameter, facts);
                case MIN_PARTICIPANTS_PER_INVITED_TOWN -> minPerTown(parameter, facts);
                case MIN_DIRECT_PARTICIPANTS -> minDirect(parameter, facts);
                case MIN_INVITED_SHARE -> minShare(parameter, facts);
                case MAX_EVENT_DAYS -> maxDays(parameter, facts);
                case MIN_EVENTS -> atLeast(parameter, facts.events().size(), "");
                case PROJECT_DURATION -> duration(parameter, plan);
                default -> null;
            };
            if (check != null) {
                checks.add(check);
            }
        }
        return checks;
    }

    /**
     * The margin of every event (and every invited delegation) to every per-event threshold in the set,
     * in vocabulary order, then events and delegations in the plan's order. The same counts as the
     * checks: a check fails exactly when one of its margins fails.
     */
    static List<ThresholdMargin> margins(RuleSet rules, PlanFacts facts) {
        List<ThresholdMargin> margins = new ArrayList<>();
        for (RuleParameter parameter : rules.parameters().values()) {
            switch (parameter.key()) {
                case MIN_INVITED_PARTICIPANTS ->
                    perEvent(parameter, facts, Unit.INVITED_PARTICIPANTS, PlanFacts.EventFacts::invited, margins);
                case MIN_DIRECT_PARTICIPANTS ->
                    perEvent(parameter, facts, Unit.DIRECT_PARTICIPANTS, PlanFacts.EventFacts::direct, margins);
                case MIN_PARTICIPANTS_PER_INVITED_TOWN -> perTownMargins(parameter, facts, margins);
                case MAX_EVENT_DAYS -> daysMargins(parameter, facts, margins);
                case MIN_INVITED_SHARE -> shareMargins(parameter, facts, margins);
                default -> {}
            }
        }
        return List.copyOf(margins);
    }

    private static void perEvent(
            RuleParameter parameter,
            PlanFacts facts,
            Unit unit,
            java.util.function.ToIntFunction<PlanFacts.EventFacts> count,
            List<ThresholdMargin> margins) {
        int required = parameter.integer();
        if (parameter.per() == RuleParameter.Scope.PROJECT) {
            int actual = facts.events().stream().mapToInt(count).sum();
            margins.add(atLeastMargin(parameter, null, "", null, null, null, required, actual, unit));
            return;
        }
        for (int i = 0; i < facts.events().size(); i++) {
            PlanFacts.EventFacts event = facts.events().get(i);
            margins.add(atLeastMargin(
                    parameter, i, event.label(), null, null, null, required, count.applyAsInt(event), unit));
        }
    }

    private static void perTownMargins(RuleParameter parameter, PlanFacts facts, List<ThresholdMargin> margins) {
        int required = parameter.integer();
        for (int i = 0; i < facts.events().size(); i++) {
            PlanFacts.EventFacts event = facts.events().get(i);
            for (int j = 0; j < event.delegations().size(); j++) {
                PlanFacts.DelegationFacts delegation = event.delegations().get(j);
                if (!delegation.invited()) {
                    continue;
                }
                GrantPlan.Delegation group = delegation.delegation();
                String town =
                        group.town() == null ? group.country() : group.town().name() + " (" + group.country() + ")";
                margins.add(atLeastMargin(
                        parameter,
                        i,
                        event.label(),
                        j,
                        town,
                        group.country(),
                        required,
                        group.participants(),
                        Unit.DELEGATION_PARTICIPANTS));
            }
        }
    }

    private static void daysMargins(RuleParameter parameter, PlanFacts facts, List<ThresholdMargin> margins) {
        int maximum = parameter.integer();
        for (int i = 0; i < facts.events().size(); i++) {
            PlanFacts.EventFacts event = facts.events().get(i);
            Long days = event.days();
            Integer actual = days == null ? null : (int) Math.min(Integer.MAX_VALUE, days);
            Integer over = actual == null ? null : Math.max(0, actual - maximum);
            CheckStatus status =
                    actual == null ? CheckStatus.UNKNOWN : actual <= maximum ? CheckStatus.PASSED : CheckStatus.FAILED;
            margins.add(new ThresholdMargin(
                    parameter.key().id(),
                    i,
                    event.label(),
                    null,
                    null,
                    null,
                    Limit.AT_MOST,
                    BigDecimal.valueOf(maximum),
                    maximum,
                    actual,
                    over,
                    status,
                    Unit.DAYS));
        }
    }

    private static void shareMargins(RuleParameter parameter, PlanFacts facts, List<ThresholdMargin> margins) {
        BigDecimal share = parameter.decimal();
        for (int i = 0; i < facts.events().size(); i++) {
            PlanFacts.EventFacts event = facts.events().get(i);
            int others = event.direct() - event.invited();
            // A share of 100 % or more leaves no room for others: then everyone must be invited.
            int required = share.compareTo(HUNDRED) >= 0 ? event.direct() : invitedForShare(share, others);
            ThresholdMargin margin = atLeastMargin(
                    parameter,
                    i,
                    event.label(),
                    null,
                    null,
                    null,
                    required,
                    event.invited(),
                    Unit.INVITED_PARTICIPANTS);
            if (event.direct() == 0) {
                // Nobody planned yet: no share to judge, as in the check.
                margin = new ThresholdMargin(
                        margin.rule(),
                        i,
                        event.label(),
                        null,
                        null,
                        null,
                        Limit.AT_LEAST,
                        share,
                        required,
                        0,
                        0,
                        CheckStatus.UNKNOWN,
                        Unit.INVITED_PARTICIPANTS);
            }
            margins.add(margin);
        }
    }

    /**
     * The fewest invited participants n with n / (n + others) of at least {@code percent} per cent:
     * n &ge; percent &times; others / (100 &minus; percent), rounded up; {@code percent} below 100.
     */
    static int invitedForShare(BigDecimal percent, int others) {
        if (percent.signum() <= 0 || others == 0) {
            return 0;
        }
        BigDecimal needed =
                percent.multiply(BigDecimal.valueOf(others)).divide(HUNDRED.subtract(percent), 0, RoundingMode.CEILING);
        return needed.min(BigDecimal.valueOf(Integer.MAX_VALUE)).intValueExact();
    }

    private static ThresholdMargin atLeastMargin(
            RuleParameter parameter,
            @Nullable Integer eventIndex,
            String event,
            @Nullable Integer delegationIndex,
            @Nullable String delegation,
            @Nullable String country,
            int required,
            int actual,
            Unit unit) {
        BigDecimal ruleValue =
                parameter.value() instanceof BigDecimal decimal ? decimal : BigDecimal.valueOf(parameter.integer());
        return new ThresholdMargin(
                parameter.key().id(),
                eventIndex,
                event,
                delegationIndex,
                delegation,
                country,
                Limit.AT_LEAST,
                ruleValue,
                required,
                actual,
                Math.max(0, required - actual),
                actual >= required ? CheckStatus.PASSED : CheckStatus.FAILED,
                unit);
    }

    /** Failing checks first, then those that cannot be decided, then the passed ones; vocabulary order within. */
    static List<RuleCheck> ordered(List<RuleCheck> checks) {
        List<ParameterKey> order = List.of(ParameterKey.values());
        return checks.stream()
                .sorted(Comparator.comparing((RuleCheck check) -> switch (check.status()) {
                            case FAILED -> 0;
                            case UNKNOWN -> 1;
                            case PASSED -> 2;
                        })
                        .thenComparing(check ->
                                order.indexOf(ParameterKey.of(check.rule()).orElseThrow())))
                .toList();
    }

    private static RuleCheck eligibleCountries(
            RuleParameter parameter, CountryLists countries, int year, GrantPlan plan) {
        Set<String> eligible = countries.eligible((String) parameter.value(), year);
        Set<String> named = new LinkedHashSet<>();
        named.add(plan.applicant().country());
        plan.partners().forEach(partner -> named.add(partner.country()));
        plan.events().forEach(event -> named.add(event.hostCountry()));
        List<String> outside =
                named.stream().filter(country -> !eligible.contains(country)).toList();
        RuleSource source = listSource(parameter, countries, year);
        if (outside.isEmpty()) {
            return check(
                    parameter, source, CheckStatus.PASSED, parameter.value(), List.of(), "", "passed", named.size());
        }
        return check(
                parameter,
                source,
                CheckStatus.FAILED,
                parameter.value(),
                outside,
                "",
                "failed",
                new CountryCodes(outside));
    }

    private static RuleCheck minCountries(
            RuleParameter parameter, RuleSet rules, CountryLists countries, int year, PlanFacts facts) {
        return atLeast(parameter, (int) countedCountries(rules, countries, year, facts.partnerCountries()), "");
    }

    private static RuleCheck minMemberStates(
            RuleParameter parameter, CountryLists countries, int year, PlanFacts facts) {
        return atLeast(parameter, (int) countedMemberStates(countries, year, facts.partnerCountries()), "");
    }

    /**
     * The countries the rule set admits in the year ({@code eligible-countries}: member states and
     * the list's other countries), or {@code null} when the set names no list (every country).
     */
    static @Nullable Set<String> eligibleCountries(RuleSet rules, CountryLists countries, int year) {
        return rules.parameter(ParameterKey.ELIGIBLE_COUNTRIES)
                .map(list -> countries.eligible((String) list.value(), year))
                .orElse(null);
    }

    /** How many of a partnership's countries count for {@code min-countries}: the eligible ones. */
    static long countedCountries(RuleSet rules, CountryLists countries, int year, Collection<String> partnership) {
        Set<String> eligible = eligibleCountries(rules, countries, year);
        return partnership.stream()
                .distinct()
                .filter(country -> eligible == null || eligible.contains(country))
                .count();
    }

    /** How many of a partnership's countries count for {@code min-eu-member-states}. */
    static long countedMemberStates(CountryLists countries, int year, Collection<String> partnership) {
        return partnership.stream()
                .distinct()
                .filter(country -> countries.isMember(country, year))
                .count();
    }

    private static RuleCheck applicantType(RuleParameter parameter, GrantPlan plan) {
        OrganisationType type = plan.applicant().type();
        List<String> allowed = parameter.texts();
        if (type == null) {
            return unknown(parameter, allowed, "type-missing");
        }
        RuleTerm term = new RuleTerm("rules.applicant-type." + type.name());
        boolean passed = allowed.contains(type.name());
        return check(
                parameter,
                parameter.source(),
                passed ? CheckStatus.PASSED : CheckStatus.FAILED,
                allowed,
                type.name(),
                "",
                passed ? "passed" : "failed",
                term);
    }

    private static RuleCheck minInvited(RuleParameter parameter, PlanFacts facts) {
        if (parameter.per() == RuleParameter.Scope.PROJECT) {
            return atLeast(parameter, facts.invitedTotal(), "");
        }
        if (facts.events().isEmpty()) {
            return unknown(parameter, parameter.integer(), "no-events");
        }
        PlanFacts.EventFacts worst = facts.events().stream()
                .min(Comparator.comparingInt(PlanFacts.EventFacts::invited))
                .orElseThrow();
        return atLeast(parameter, worst.invited(), worst.label());
    }

    private static RuleCheck minDirect(RuleParameter parameter, PlanFacts facts) {
        if (parameter.per() == RuleParameter.Scope.PROJECT) {
            return atLeast(
                    parameter,
                    facts.events().stream()
                            .mapToInt(PlanFacts.EventFacts::direct)
                            .sum(),
                    "");
        }
        if (facts.events().isEmpty()) {
            return unknown(parameter, parameter.integer(), "no-events");
        }
        PlanFacts.EventFacts worst = facts.events().stream()
                .min(Comparator.comparingInt(PlanFacts.EventFacts::direct))
                .orElseThrow();
        return atLeast(parameter, worst.direct(), worst.label());
    }

    private static RuleCheck minPerTown(RuleParameter parameter, PlanFacts facts) {
        PlanFacts.DelegationFacts worst = facts.events().stream()
                .flatMap(event -> event.delegations().stream())
                .filter(PlanFacts.DelegationFacts::invited)
                .min(Comparator.comparingInt(
                        delegation -> delegation.delegation().participants()))
                .orElse(null);
        if (worst == null) {
            return unknown(parameter, parameter.integer(), "no-delegations");
        }
        return atLeast(parameter, worst.delegation().participants(), worst.label());
    }

    private static RuleCheck minShare(RuleParameter parameter, PlanFacts facts) {
        if (facts.events().isEmpty()) {
            return unknown(parameter, parameter.decimal(), "no-events");
        }
        // An event nobody is planned for yet has no share to judge; it neither passes nor fails the rule.
        List<PlanFacts.EventFacts> attended =
                facts.events().stream().filter(event -> event.direct() > 0).toList();
        if (attended.isEmpty()) {
            return unknown(parameter, parameter.decimal(), "no-participants");
        }
        BigDecimal worstShare = null;
        String subject = "";
        // One decimal is enough to show a share (more if the rule's value has more). Rounded down, so
        // that a share just below the minimum never reads as reaching it (29.96 reads 29.9, not 30.0).
        int scale = Math.max(1, parameter.decimal().scale());
        for (PlanFacts.EventFacts event : attended) {
            BigDecimal share = BigDecimal.valueOf(event.invited())
                    .multiply(HUNDRED)
                    .divide(BigDecimal.valueOf(event.direct()), scale, RoundingMode.DOWN);
            if (worstShare == null || share.compareTo(worstShare) < 0) {
                worstShare = share;
                subject = event.label();
            }
        }
        boolean passed = attended.stream()
                .allMatch(event -> BigDecimal.valueOf(event.invited())
                                .multiply(HUNDRED)
                                .compareTo(parameter.decimal().multiply(BigDecimal.valueOf(event.direct())))
                        >= 0);
        return check(
                parameter,
                parameter.source(),
                passed ? CheckStatus.PASSED : CheckStatus.FAILED,
                parameter.decimal(),
                worstShare,
                passed ? "" : subject,
                passed ? "passed" : "failed",
                worstShare,
                parameter.decimal());
    }

    private static RuleCheck maxDays(RuleParameter parameter, PlanFacts facts) {
        if (facts.events().isEmpty()) {
            return unknown(parameter, parameter.integer(), "no-events");
        }
        PlanFacts.EventFacts longest = facts.events().stream()
                .filter(event -> event.days() != null)
                .max(Comparator.comparingLong(PlanFacts.EventFacts::days))
                .orElse(null);
        boolean someUnknown = facts.events().stream().anyMatch(event -> event.days() == null);
        if (longest == null) {
            return unknown(parameter, parameter.integer(), "dates-missing");
        }
        boolean passed = longest.days() <= parameter.integer();
        if (passed && someUnknown) {
            return unknown(parameter, parameter.integer(), "dates-missing");
        }
        return check(
                parameter,
                parameter.source(),
                passed ? CheckStatus.PASSED : CheckStatus.FAILED,
                parameter.integer(),
                longest.days(),
                passed ? "" : longest.label(),
                passed ? "passed" : "failed",
                longest.days(),
                parameter.integer());
    }

    private static RuleCheck duration(RuleParameter parameter, GrantPlan plan) {
        RuleParameter.Months months = parameter.months();
        String expected = (months.min() == null ? "" : months.min()) + "–" + (months.max() == null ? "" : months.max());
        LocalDate start = plan.projectStart();
        LocalDate end = plan.projectEnd();
        if (start == null || end == null) {
            return unknown(parameter, expected, "period-missing");
        }
        // A project of N months runs from its start to the day before the same date N months later.
        Period period = Period.between(start, end.plusDays(1));
        int whole = (int) period.toTotalMonths();
        int days = period.getDays();
        String actual = days == 0 ? Integer.toString(whole) : whole + "+" + days + "d";
        if (months.max() != null && end.isAfter(start.plusMonths(months.max()).minusDays(1))) {
            return check(
                    parameter,
                    parameter.source(),
                    CheckStatus.FAILED,
                    expected,
                    actual,
                    "",
                    "failed-long",
                    whole,
                    days,
                    months.max());
        }
        if (months.min() != null && end.isBefore(start.plusMonths(months.min()).minusDays(1))) {
            return check(
                    parameter,
                    parameter.source(),
                    CheckStatus.FAILED,
                    expected,
                    actual,
                    "",
                    "failed-short",
                    whole,
                    days,
                    months.min());
        }
        return check(parameter, parameter.source(), CheckStatus.PASSED, expected, actual, "", "passed", whole, days);
    }

    /** A "at least N" rule: passes when the actual count reaches the parameter's value. */
    private static RuleCheck atLeast(RuleParameter parameter, int actual, String subject) {
        int expected = parameter.integer();
        boolean passed = actual >= expected;
        return check(
                parameter,
                parameter.source(),
                passed ? CheckStatus.PASSED : CheckStatus.FAILED,
                expected,
                actual,
                passed ? "" : subject,
                passed ? "passed" : "failed",
                actual,
                expected);
    }

    static RuleCheck unknown(RuleParameter parameter, @Nullable Object expected, String reason) {
        return new RuleCheck(
                parameter.key().id(),
                CheckStatus.UNKNOWN,
                expected,
                null,
                "",
                "rules.unknown." + reason,
                List.of(),
                parameter.source());
    }

    static RuleCheck check(
            RuleParameter parameter,
            RuleSource source,
            CheckStatus status,
            @Nullable Object expected,
            @Nullable Object actual,
            String subject,
            String variant,
            Object... arguments) {
        return new RuleCheck(
                parameter.key().id(),
                status,
                expected,
                actual,
                subject,
                "rules.check." + parameter.key().id() + "." + variant,
                List.of(arguments),
                source);
    }

    /** The country list's own source for the year (it says which non-EU countries were admitted). */
    private static RuleSource listSource(RuleParameter parameter, CountryLists countries, int year) {
        return countries
                .associated((String) parameter.value(), year)
                .map(CountryLists.Associated::source)
                .orElse(parameter.source());
    }
}
