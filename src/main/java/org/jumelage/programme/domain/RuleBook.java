package org.jumelage.programme.domain;

import java.util.ArrayList;
import java.util.EnumMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.jspecify.annotations.Nullable;
import org.jumelage.programme.GrantEvaluation;
import org.jumelage.programme.GrantPlan;
import org.jumelage.programme.ProgrammeException;

/**
 * All rules in force: the shipped rule data with the administrators' overrides laid over it. An
 * override is a rule data file of the same format; its rule sets replace parameters of the shipped
 * rule set with the same id, or add rule sets for new call years. Immutable: a new override makes a
 * new book.
 */
final class RuleBook {

    private final CountryLists countries;
    private final Map<String, MeasureRules> shipped;
    private final Map<String, MeasureRules> overrides;
    private final Map<String, MeasureRules> effective;

    RuleBook(CountryLists countries, Map<String, MeasureRules> shipped, Map<String, MeasureRules> overrides) {
        this.countries = countries;
        this.shipped = Map.copyOf(shipped);
        this.overrides = Map.copyOf(overrides);
        Map<String, MeasureRules> merged = new LinkedHashMap<>(shipped);
        overrides.forEach((measure, override) -> merged.put(measure, merge(shipped.get(measure), override)));
        this.effective = Map.copyOf(merged);
    }

    GrantEvaluation evaluate(GrantPlan plan) {
        MeasureRules rules = rules(plan.measure()).orElseThrow(() -> ProgrammeException.noRules(plan.measure()));
        return PlanEvaluator.evaluate(rules, countries, plan);
    }

    CountryLists countries() {
        return countries;
    }

    /** The rules in force for the measure. */
    Optional<MeasureRules> rules(String measure) {
        return Optional.ofNullable(effective.get(measure));
    }

    Optional<MeasureRules> shipped(String measure) {
        return Optional.ofNullable(shipped.get(measure));
    }

    Optional<MeasureRules> override(String measure) {
        return Optional.ofNullable(overrides.get(measure));
    }

    /** Measures with rules, in the order of the shipped files. */
    List<String> measures() {
        return List.copyOf(effective.keySet());
    }

    /** This book with the measure's override replaced ({@code null} removes it); refuses overlapping years. */
    RuleBook withOverride(String measure, @Nullable MeasureRules override) {
        Map<String, MeasureRules> next = new LinkedHashMap<>(overrides);
        if (override == null) {
            next.remove(measure);
        } else {
            next.put(measure, override);
        }
        return new RuleBook(countries, shipped, next);
    }

    /**
     * The shipped rules with the override laid over them. A parameter the override repeats unchanged
     * keeps its shipped source, so that importing an exported file records nothing as overridden.
     */
    static MeasureRules merge(@Nullable MeasureRules base, MeasureRules override) {
        if (base == null) {
            return override;
        }
        List<RuleSet> sets = new ArrayList<>();
        for (RuleSet shipped : base.ruleSets()) {
            RuleSet replacement = override.ruleSet(shipped.id()).orElse(null);
            if (replacement == null) {
                sets.add(shipped);
                continue;
            }
            Map<ParameterKey, RuleParameter> parameters = new EnumMap<>(ParameterKey.class);
            parameters.putAll(shipped.parameters());
            replacement.parameters().forEach((key, parameter) -> {
                RuleParameter old = shipped.parameters().get(key);
                if (old == null || !old.sameAs(parameter)) {
                    parameters.put(key, parameter);
                }
            });
            sets.add(new RuleSet(
                    shipped.id(),
                    shipped.measure(),
                    replacement.fromYear(),
                    replacement.toYear(),
                    parameters,
                    replacement.file(),
                    replacement.line()));
        }
        for (RuleSet added : override.ruleSets()) {
            if (base.ruleSet(added.id()).isEmpty()) {
                sets.add(added);
            }
        }
        RuleDataReader.checkNoOverlap(override.file(), sets);
        return new MeasureRules(base.measure(), base.file(), sets);
    }
}
