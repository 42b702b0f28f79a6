package org.jumelage.programme.domain;

import java.math.BigDecimal;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import org.jspecify.annotations.Nullable;
import org.jumelage.programme.RuleSource;

/**
 * One parameter of a rule set: the value of a rule (for example {@code min-invited-participants:
 * 25}) or of the grant formula (for example {@code daily-rates}), with its source.
 *
 * @param value an {@link Integer}, a {@link BigDecimal}, a {@code List<String>}, {@link Months},
 *     {@code List<Band>}, {@code Map<String, BigDecimal>} or {@link GrantMethod}, as {@link ParameterKey} says
 * @param per for counts that can apply to each event or to the whole project: which
 * @param complete for lump-sum tables: whether the table is known in full
 * @param line where the parameter is written in its file
 */
record RuleParameter(
        ParameterKey key, Object value, RuleSource source, Scope per, boolean complete, String file, int line) {

    /** Whether a count is checked for each event or summed over the project. */
    enum Scope {
        PROJECT,
        EVENT
    }

    /** A duration rule in months: the shortest and longest allowed, either may be absent. */
    record Months(@Nullable Integer min, @Nullable Integer max) {}

    /** A row of a lump-sum table: from this many invited participants on, this amount. */
    record Band(int from, BigDecimal amount) {}

    int integer() {
        return (Integer) value;
    }

    BigDecimal decimal() {
        return (BigDecimal) value;
    }

    @SuppressWarnings("unchecked")
    List<String> texts() {
        return (List<String>) value;
    }

    Months months() {
        return (Months) value;
    }

    @SuppressWarnings("unchecked")
    List<Band> bands() {
        return (List<Band>) value;
    }

    @SuppressWarnings("unchecked")
    Map<String, BigDecimal> rates() {
        return (Map<String, BigDecimal>) value;
    }

    GrantMethod method() {
        return (GrantMethod) value;
    }

    /** Same value, scope and source (who entered it aside): an override that changes nothing. */
    boolean sameAs(RuleParameter other) {
        return key == other.key
                && Objects.equals(value, other.value)
                && per == other.per
                && complete == other.complete
                && source.urls().equals(other.source.urls())
                && source.confidence() == other.source.confidence()
                && Objects.equals(source.note(), other.source.note());
    }
}
