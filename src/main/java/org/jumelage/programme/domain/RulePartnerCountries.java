package org.jumelage.programme.domain;

import java.util.ArrayList;
import java.util.Collection;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.TreeSet;
import org.jumelage.network.PartnerCountryRules;
import org.jumelage.programme.ProgrammeCatalogue;
import org.jumelage.shared.Countries;
import org.springframework.stereotype.Component;

/**
 * Implements {@code network}'s port {@link PartnerCountryRules} with the rule book in force (the
 * administrators' overrides included): the countries come from {@code eligible-countries} and
 * {@code countries.yaml}, what is missing from the same counts {@link EligibilityRules} checks
 * plans with ({@code min-countries}, {@code min-eu-member-states}).
 */
@Component
class RulePartnerCountries implements PartnerCountryRules {

    private final DefaultGrantCalculator calculator;
    private final ProgrammeCatalogue catalogue;

    RulePartnerCountries(DefaultGrantCalculator calculator, ProgrammeCatalogue catalogue) {
        this.calculator = calculator;
        this.catalogue = catalogue;
    }

    @Override
    public Optional<Requirements> requirements(String measure, int year, Collection<String> partnership) {
        String code = catalogue.measure(measure).map(found -> found.code()).orElse(null);
        if (code == null) {
            return Optional.empty();
        }
        RuleBook book = calculator.book();
        Optional<MeasureRules> rules = book.rules(code);
        if (rules.isEmpty() || rules.get().ruleSets().isEmpty()) {
            return Optional.of(new Requirements(null, List.of()));
        }
        RuleSet set = nearest(rules.get(), year);
        int ruleYear = Math.max(set.fromYear(), Math.min(set.toYear(), year));
        return Optional.of(of(set, book.countries(), ruleYear, partnership));
    }

    @Override
    public java.util.Map<String, String> measureNames(java.util.Locale locale) {
        java.util.Map<String, String> names = new java.util.LinkedHashMap<>();
        catalogue
                .measures()
                .forEach(measure -> names.put(measure.code(), measure.name().in(locale)));
        return names;
    }

    static Requirements of(RuleSet set, CountryLists countries, int year, Collection<String> partnership) {
        Set<String> eligible = EligibilityRules.eligibleCountries(set, countries, year);
        Set<String> present = new LinkedHashSet<>(partnership);
        List<CountryNeed> needs = new ArrayList<>();
        set.parameter(ParameterKey.MIN_EU_MEMBER_STATES).ifPresent(parameter -> {
            int required = parameter.integer();
            long have = EligibilityRules.countedMemberStates(countries, year, present);
            if (have < required) {
                Set<String> options = new TreeSet<>();
                for (String country : Countries.CODES) {
                    if (countries.isMember(country, year) && !present.contains(country)) {
                        options.add(country);
                    }
                }
                needs.add(new CountryNeed(true, (int) (required - have), required, Set.copyOf(options)));
            }
        });
        set.parameter(ParameterKey.MIN_COUNTRIES).ifPresent(parameter -> {
            int required = parameter.integer();
            long have = EligibilityRules.countedCountries(set, countries, year, present);
            if (have < required) {
                Set<String> options = new TreeSet<>();
                for (String country : Countries.CODES) {
                    if ((eligible == null || eligible.contains(country)) && !present.contains(country)) {
                        options.add(country);
                    }
                }
                needs.add(new CountryNeed(false, (int) (required - have), required, Set.copyOf(options)));
            }
        });
        return new Requirements(eligible == null ? null : Set.copyOf(eligible), List.copyOf(needs));
    }

    /** The rule set covering the year, else the one nearest to it. */
    private static RuleSet nearest(MeasureRules rules, int year) {
        return rules.forYear(year).orElseGet(() -> {
            List<RuleSet> sets = rules.ruleSets();
            return year < sets.get(0).fromYear() ? sets.get(0) : sets.get(sets.size() - 1);
        });
    }
}
