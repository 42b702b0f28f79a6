package org.jumelage.programme;

import java.math.BigDecimal;
import org.jspecify.annotations.Nullable;

/**
 * How far one event (or one invited town's delegation at an event) is from one threshold of the
 * rules: the one definition of "required", "actual" and "missing" that pages, reports and the API
 * use. The engine gives a margin for <em>every</em> event and every invited delegation, not only
 * for the worst one the {@link RuleCheck} names. Rules and their margins:
 *
 * <ul>
 *   <li>{@code min-invited-participants}, {@code min-direct-participants} (per event): the invited
 *       (respectively all direct) participants of the event; with a rule that counts the whole
 *       project, one margin with no event ({@code eventIndex} {@code null}).
 *   <li>{@code min-participants-per-invited-town}: one margin per invited delegation of each event,
 *       counting its participants; {@code delegation} names the town (or the country when the town
 *       is not known).
 *   <li>{@code max-event-days}: the event's days; an upper limit, so {@code missing} is the days too
 *       many. {@code actual} and {@code missing} are {@code null} while the dates are not known.
 *   <li>{@code min-invited-share}: expressed in invited participants so that it adds up like the
 *       others: {@code required} is the fewest invited participants that reach the share with the
 *       event's other (local, not invited) participants unchanged, {@code actual} the invited
 *       participants; {@code ruleValue} is the share in per cent. An event nobody is planned for
 *       has no share to judge: status {@code UNKNOWN}. A share of 100 % asks every direct participant
 *       to be invited.
 * </ul>
 *
 * @param rule the stable rule id, as in {@link RuleCheck#rule()}
 * @param eventIndex the event's position in the plan (from 0), or {@code null} for a whole-project rule
 * @param event the event's label (the plan's label, else {@code #1}, {@code #2}…), "" for the project
 * @param delegationIndex the delegation's position in its event (from 0) for the per-town rule, else {@code null}
 * @param delegation the invited town, for example {@code Kaunas (LT)}, for the per-town rule, else {@code null}
 * @param country the delegation's country for the per-town rule, else {@code null}
 * @param limit whether the rule asks for at least or at most {@code required}
 * @param ruleValue the rule's value as the rule data writes it (25 participants, 21 days, 30 per cent)
 * @param required the count the event must reach (at least) or must not exceed (at most)
 * @param actual the count the plan has, or {@code null} when it cannot be known
 * @param missing how many are missing to reach the rule (for an upper limit: how many too many); 0 when
 *     the rule is met; {@code null} when it cannot be known
 * @param status passed (met), failed, or unknown
 * @param unit what the three counts count
 */
public record ThresholdMargin(
        String rule,
        @Nullable Integer eventIndex,
        String event,
        @Nullable Integer delegationIndex,
        @Nullable String delegation,
        @Nullable String country,
        Limit limit,
        BigDecimal ruleValue,
        int required,
        @Nullable Integer actual,
        @Nullable Integer missing,
        RuleCheck.CheckStatus status,
        Unit unit) {

    /** Whether the threshold is met. */
    public boolean reached() {
        return status == RuleCheck.CheckStatus.PASSED;
    }

    /** Whether this margin is about the whole project rather than one event. */
    public boolean projectWide() {
        return eventIndex == null;
    }

    /** A threshold is a lower or an upper limit. */
    public enum Limit {
        AT_LEAST,
        AT_MOST
    }

    /** What {@code required}, {@code actual} and {@code missing} count. */
    public enum Unit {
        /** Invited participants (the per-event minimum and the invited share). */
        INVITED_PARTICIPANTS,
        /** All direct participants of an event. */
        DIRECT_PARTICIPANTS,
        /** Participants of one invited town's delegation. */
        DELEGATION_PARTICIPANTS,
        /** Days of an event. */
        DAYS;

        /** The id the API answers, for example {@code invited-participants}. */
        public String id() {
            return name().toLowerCase(java.util.Locale.ROOT).replace('_', '-');
        }
    }
}
