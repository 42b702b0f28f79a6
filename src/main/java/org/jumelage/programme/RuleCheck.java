package org.jumelage.programme;

import java.util.List;
import org.jspecify.annotations.Nullable;

/**
 * One rule applied to a plan. The message is a bundle key with its arguments, so that pages and the
 * API say it in the reader's language, for example "24 invited participants; at least 25 needed".
 *
 * @param rule the stable rule id, for example {@code min-invited-participants}
 * @param expected the rule's value (a number, an amount, a list), or {@code null}
 * @param actual what the plan has, or {@code null} when it cannot be known
 * @param subject the event or delegation the verdict is about (the worst one), or "" for the whole plan
 */
public record RuleCheck(
        String rule,
        CheckStatus status,
        @Nullable Object expected,
        @Nullable Object actual,
        String subject,
        String messageKey,
        List<Object> arguments,
        RuleSource source) {

    public RuleCheck {
        arguments = List.copyOf(arguments);
    }

    public boolean failed() {
        return status == CheckStatus.FAILED;
    }

    /** The verdict of one check. */
    public enum CheckStatus {
        PASSED,
        FAILED,
        /** The plan does not say enough to decide (for example an unknown organisation type). */
        UNKNOWN
    }
}
