package org.jumelage.publicity.domain;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import java.util.List;
import org.junit.jupiter.api.Test;

/** Activities per day read from a free-text agenda. */
class AgendaDaysTests {

    static final LocalDate FIRST = LocalDate.of(2018, 11, 8);
    static final LocalDate LAST = LocalDate.of(2018, 11, 10);

    @Test
    void dayNumbersAndDatesInEitherLanguageOpenTheirDay() {
        AgendaDays.Agenda agenda = AgendaDays.read("""
                Welcome.
                Day 1: Arrival
                - Workshop
                9.11. Fortress
                2018-11-10 — Departure
                """, FIRST, LAST);

        assertThat(agenda.byDay()).isTrue();
        assertThat(agenda.introduction()).containsExactly("Welcome.");
        assertThat(agenda.days())
                .extracting(AgendaDays.Day::activities)
                .containsExactly(List.of("Arrival", "Workshop"), List.of("Fortress"), List.of("Departure"));
        assertThat(agenda.days()).extracting(AgendaDays.Day::number).containsExactly(1, 2, 3);
    }

    @Test
    void latvianDaysAndMonthNamesAreRecognised() {
        AgendaDays.Agenda agenda = AgendaDays.read("1. diena: Ierašanās\n10. novembrī: Izbraukšana", FIRST, LAST);

        assertThat(agenda.days().get(0).activities()).containsExactly("Ierašanās");
        assertThat(agenda.days().get(1).activities()).isEmpty();
        assertThat(agenda.days().get(2).activities()).containsExactly("Izbraukšana");
    }

    @Test
    void anAgendaThatNamesNoDayIsKeptWholeOrGivenToTheOnlyDay() {
        AgendaDays.Agenda several = AgendaDays.read("Debates; visits; 31.02. is no day", FIRST, LAST);
        assertThat(several.byDay()).isFalse();
        assertThat(several.whole()).containsExactly("Debates; visits; 31.02. is no day");

        AgendaDays.Agenda one = AgendaDays.read("Debates\nVisits", FIRST, FIRST);
        assertThat(one.days()).hasSize(1);
        assertThat(one.days().get(0).activities()).containsExactly("Debates", "Visits");

        AgendaDays.Agenda outside = AgendaDays.read("Day 9: later\n1 December: never", FIRST, LAST);
        assertThat(outside.byDay()).as("days outside the event open nothing").isFalse();
        assertThat(AgendaDays.read("", FIRST, LAST).whole()).isEmpty();
    }
}
