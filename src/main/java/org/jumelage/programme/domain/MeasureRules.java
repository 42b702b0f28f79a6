package org.jumelage.programme.domain;

import java.util.Comparator;
import java.util.List;
import java.util.Optional;

/** The rule sets of one measure, ordered by call years, as one rule data file holds them. */
record MeasureRules(String measure, String file, List<RuleSet> ruleSets) {

    MeasureRules {
        ruleSets = ruleSets.stream()
                .sorted(Comparator.comparingInt(RuleSet::fromYear))
                .toList();
    }

    Optional<RuleSet> forYear(int year) {
        return ruleSets.stream().filter(set -> set.covers(year)).findFirst();
    }

    Optional<RuleSet> ruleSet(String id) {
        return ruleSets.stream().filter(set -> set.id().equals(id)).findFirst();
    }

    /** The years some rule set covers, for example 2014–2018 and 2019–2020 written with a comma between. */
    String coveredYears() {
        return String.join(", ", ruleSets.stream().map(RuleSet::validity).toList());
    }
}
