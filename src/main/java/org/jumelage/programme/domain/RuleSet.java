package org.jumelage.programme.domain;

import java.util.EnumMap;
import java.util.Map;
import java.util.Optional;

/**
 * The rules of one measure for a span of call years, for example {@code E4C-2014-NT/2019-2020}.
 *
 * @param line where the rule set starts in its file
 */
record RuleSet(
        String id,
        String measure,
        int fromYear,
        int toYear,
        Map<ParameterKey, RuleParameter> parameters,
        String file,
        int line) {

    RuleSet {
        parameters = parameters.isEmpty() ? Map.of() : new EnumMap<>(parameters);
    }

    boolean covers(int year) {
        return fromYear <= year && year <= toYear;
    }

    boolean overlaps(RuleSet other) {
        return fromYear <= other.toYear && other.fromYear <= toYear;
    }

    Optional<RuleParameter> parameter(ParameterKey key) {
        return Optional.ofNullable(parameters.get(key));
    }

    /** The call years as people write them: "2019" or "2014–2020". */
    String validity() {
        return years(fromYear, toYear);
    }

    static String years(int from, int to) {
        return from == to ? Integer.toString(from) : from + "–" + to;
    }
}
