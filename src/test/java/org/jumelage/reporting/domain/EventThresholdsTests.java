package org.jumelage.reporting.domain;

import static org.assertj.core.api.Assertions.assertThat;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import org.jumelage.event.EventSummary;
import org.jumelage.event.EventType;
import org.jumelage.event.HostPlace;
import org.jumelage.programme.Eligibility;
import org.jumelage.programme.GrantEstimate;
import org.jumelage.programme.GrantEvaluation;
import org.jumelage.programme.GrantPlan;
import org.jumelage.programme.RuleCheck.CheckStatus;
import org.jumelage.programme.ThresholdMargin;
import org.jumelage.programme.ThresholdMargin.Limit;
import org.jumelage.programme.ThresholdMargin.Unit;
import org.jumelage.project.GrantForecast;
import org.jumelage.reporting.ProjectParticipation.Threshold;
import org.jumelage.shared.LocalizedText;
import org.junit.jupiter.api.Test;

class EventThresholdsTests {

    static final GrantPlan PLAN = new GrantPlan(
            "E4C-2014-TT", null, 2018, new GrantPlan.Applicant("LV", null), List.of(), null, null, List.of(), null);
    static final GrantEstimate GRANT = new GrantEstimate(true, BigDecimal.TEN, null, null, "EUR", List.of(), List.of());

    static EventSummary event(long id, List<HostPlace> places) {
        return new EventSummary(
                id,
                1L,
                LocalizedText.of(null, "E" + id),
                EventType.CITIZENS_MEETING,
                places,
                null,
                LocalDate.of(2018, 11, 8),
                LocalDate.of(2018, 11, 9),
                "Europe/Riga",
                LocalizedText.of(null, null),
                Map.of(),
                2,
                0,
                0);
    }

    static ThresholdMargin margin(
            String rule, Integer event, Limit limit, int required, Integer actual, Integer missing) {
        return new ThresholdMargin(
                rule,
                event,
                "E",
                null,
                null,
                null,
                limit,
                BigDecimal.valueOf(required),
                required,
                actual,
                missing,
                missing != null && missing == 0 ? CheckStatus.PASSED : CheckStatus.FAILED,
                Unit.INVITED_PARTICIPANTS);
    }

    static GrantForecast forecast(GrantForecast.Count count, List<ThresholdMargin> margins) {
        GrantEvaluation evaluation =
                new GrantEvaluation("E4C-2014-TT", "rules", 2018, Eligibility.NOT_ELIGIBLE, List.of(), GRANT, margins);
        return new GrantForecast(
                1L,
                "E4C-2014-TT",
                null,
                2018,
                GrantForecast.CallYearSource.CALL,
                List.of(new GrantForecast.Column(count, PLAN, evaluation)),
                List.of(),
                null,
                null);
    }

    @Test
    void handsTheAttendedColumnsMinimumsToTheEventsOfThePlan() {
        EventSummary withoutPlace = event(7, List.of());
        EventSummary first = event(8, List.of(new HostPlace(1L, "Cēsis", "LV")));
        EventSummary second = event(9, List.of(new HostPlace(2L, "Kaunas", "LT")));
        GrantForecast forecast = forecast(
                GrantForecast.Count.ATTENDED,
                List.of(
                        margin("min-invited-participants", 0, Limit.AT_LEAST, 25, 23, 2),
                        margin("min-invited-participants", 1, Limit.AT_LEAST, 25, 30, 0),
                        margin("min-participants-per-invited-town", 1, Limit.AT_LEAST, 5, 4, 1),
                        margin("min-participants-per-invited-town", 1, Limit.AT_LEAST, 5, 2, 3),
                        margin("max-event-days", 0, Limit.AT_MOST, 21, 2, 0),
                        margin("min-direct-participants", 0, Limit.AT_LEAST, 20, null, null),
                        margin("min-events", null, Limit.AT_LEAST, 2, 2, 0)));

        Map<Long, List<Threshold>> thresholds = EventThresholds.of(forecast, List.of(withoutPlace, first, second));

        assertThat(thresholds).doesNotContainKey(7L);
        assertThat(thresholds.get(8L)).containsExactly(new Threshold("min-invited-participants", 25, 23, 2));
        assertThat(thresholds.get(9L))
                .containsExactly(
                        new Threshold("min-invited-participants", 25, 30, 0),
                        new Threshold("min-participants-per-invited-town", 5, 2, 3));
    }

    @Test
    void withoutAnAttendedColumnThereAreNoThresholds() {
        GrantForecast planned = forecast(
                GrantForecast.Count.PLANNED, List.of(margin("min-invited-participants", 0, Limit.AT_LEAST, 25, 30, 0)));
        assertThat(EventThresholds.of(planned, List.of(event(8, List.of(new HostPlace(1L, "Cēsis", "LV"))))))
                .isEmpty();
    }
}
