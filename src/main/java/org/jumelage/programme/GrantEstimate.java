package org.jumelage.programme;

import java.math.BigDecimal;
import java.util.List;
import org.jspecify.annotations.Nullable;

/**
 * The grant a plan brings, in euros with two decimals. When the rule data lacks a table or rate the
 * amount cannot be computed: then {@code exact} is false, {@code amount} is {@code null}, the range
 * is the call's minimum and maximum and a note names the missing parameter.
 *
 * @param amount the grant when exact, else {@code null}
 * @param min the lowest possible grant, or {@code null} when not known
 * @param max the highest possible grant, or {@code null} when not known
 * @param lines how the amount is made up, one line per step of the formula
 * @param notes what is missing or worth knowing
 */
public record GrantEstimate(
        boolean exact,
        @Nullable BigDecimal amount,
        @Nullable BigDecimal min,
        @Nullable BigDecimal max,
        String currency,
        List<Line> lines,
        List<Note> notes) {

    public static final String EUR = "EUR";

    public GrantEstimate {
        lines = List.copyOf(lines);
        notes = List.copyOf(notes);
    }

    /** One step of the formula: its explanation (bundle key and arguments), the amount and where the rate comes from. */
    public record Line(
            String messageKey,
            List<Object> arguments,
            BigDecimal amount,
            @Nullable RuleSource source) {

        public Line {
            arguments = List.copyOf(arguments);
        }
    }

    /** A remark on the estimate (bundle key and arguments), with the source it concerns if any. */
    public record Note(
            String messageKey,
            List<Object> arguments,
            @Nullable RuleSource source) {

        public Note {
            arguments = List.copyOf(arguments);
        }
    }
}
