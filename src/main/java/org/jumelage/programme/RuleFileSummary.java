package org.jumelage.programme;

import java.util.List;
import org.jspecify.annotations.Nullable;

/**
 * A measure's rules as the administration pages list them.
 *
 * @param overrideVersion the version of the override in force, or {@code null} when the shipped rules apply
 */
public record RuleFileSummary(
        String measure,
        List<RuleSetSummary> ruleSets,
        @Nullable Integer overrideVersion) {

    public RuleFileSummary {
        ruleSets = List.copyOf(ruleSets);
    }

    /** One rule set with its parameters, each with value and source. */
    public record RuleSetSummary(String id, String validity, List<ParameterSummary> parameters) {

        public RuleSetSummary {
            parameters = List.copyOf(parameters);
        }
    }

    /**
     * @param value the value as the rule data file writes it, for example {@code 25} or {@code SK: 14}
     */
    public record ParameterSummary(String id, String value, RuleSource source) {}
}
