package org.jumelage.project;

import java.time.LocalDate;
import java.util.List;
import org.jspecify.annotations.Nullable;
import org.jumelage.programme.GrantEvaluation;
import org.jumelage.programme.GrantPlan;

/**
 * A project's eligibility and grant as the rules engine sees it, per count of participants.
 *
 * @param measure the project's measure code
 * @param deadline the call's deadline when the project names a call that has one, else {@code null}
 * @param callYear the call year used, or {@code null} when none could be found
 * @param callYearSource where the call year comes from
 * @param columns one evaluation per count (planned first); empty when there is a problem
 * @param remarks what the forecast assumed or left out (message key and arguments)
 * @param problem why the rules could not be applied, or {@code null}
 * @param problemDetail the refusal of the rules engine behind the problem, or {@code null}
 * @param without the delegation left out ("what if it cancels"), or {@code null} for the project as it stands
 * @param delegations the delegations that could cancel: each partner's people at each event, for the
 *     "what if" choice (events in the plan's order)
 */
public record GrantForecast(
        long projectId,
        String measure,
        @Nullable LocalDate deadline,
        @Nullable Integer callYear,
        CallYearSource callYearSource,
        List<Column> columns,
        List<Remark> remarks,
        @Nullable Remark problem,
        @Nullable Remark problemDetail,
        @Nullable CancelledDelegation without,
        List<DelegationOption> delegations) {

    public GrantForecast {
        columns = List.copyOf(columns);
        remarks = List.copyOf(remarks);
        delegations = List.copyOf(delegations);
    }

    /** A forecast of the project as it stands, without "what if" choices. */
    public GrantForecast(
            long projectId,
            String measure,
            @Nullable LocalDate deadline,
            @Nullable Integer callYear,
            CallYearSource callYearSource,
            List<Column> columns,
            List<Remark> remarks,
            @Nullable Remark problem,
            @Nullable Remark problemDetail) {
        this(
                projectId,
                measure,
                deadline,
                callYear,
                callYearSource,
                columns,
                remarks,
                problem,
                problemDetail,
                null,
                List.of());
    }

    /**
     * One partner's people at one event, which "what if this delegation cancels" can leave out.
     *
     * @param event how the panel names the event (its title in the reader's language, else the host town)
     * @param partner the partner's organisation name in the reader's language, else its country code
     * @param planned the people the partner plans to send
     */
    public record DelegationOption(
            long eventId, long partnerId, String event, String partner, String country, int planned) {

        public CancelledDelegation cancellation() {
            return new CancelledDelegation(eventId, partnerId);
        }
    }

    /** Where the call year that selects the rule set comes from. */
    public enum CallYearSource {
        /** The project's call, from the programme catalogue. */
        CALL,
        /** The year in the project's reference number. */
        REFERENCE_NUMBER,
        /** Assumed: the year the project starts. */
        PROJECT_START,
        /** No call, no reference year, no start date. */
        NONE
    }

    /** Which participants a column counts. */
    public enum Count {
        PLANNED,
        REGISTERED,
        ATTENDED
    }

    /** The plan built for one count of participants and the engine's verdict on it. */
    public record Column(Count count, GrantPlan plan, GrantEvaluation evaluation) {}

    /** A message for the reader: bundle key and arguments. */
    public record Remark(String messageKey, List<Object> arguments) {

        public Remark {
            arguments = List.copyOf(arguments);
        }

        public static Remark of(String messageKey, Object... arguments) {
            return new Remark(messageKey, List.of(arguments));
        }
    }

    /** Whether the rules engine gave a verdict. */
    public boolean evaluated() {
        return problem == null && !columns.isEmpty();
    }
}
