package org.jumelage.participation.domain;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import org.jumelage.participation.AttendanceCounter;
import org.jumelage.participation.AttendanceSource;
import org.jumelage.participation.AttendanceStatistics;
import org.jumelage.participation.persistence.AttendanceRecords.Counted;
import org.jumelage.participation.persistence.AttendanceRecords.Presence;
import org.junit.jupiter.api.Test;

class AttendanceCountingTests {

    static final LocalDate DAY1 = LocalDate.of(2018, 11, 8);
    static final LocalDate DAY2 = LocalDate.of(2018, 11, 9);
    static final long LV = 1;
    static final long LT = 2;
    static final long PL_GUEST = 3;

    final List<Counted> people = new ArrayList<>();
    final List<Presence> presences = new ArrayList<>();
    long next = 100;

    long person(Long delegation, String country, String gender) {
        long id = next++;
        people.add(new Counted(id, country, delegation, gender, null, null, null));
        return id;
    }

    void present(long id, LocalDate day) {
        presences.add(new Presence(id, day, AttendanceSource.CHECK_IN, Instant.EPOCH));
    }

    AttendanceCounting counting() {
        return new AttendanceCounting(
                "LV",
                List.of(DAY1, DAY2),
                people,
                presences,
                List.of(
                        new AttendanceCounting.DelegationFacts(LV, 11, "LV", true, null),
                        new AttendanceCounting.DelegationFacts(LT, 12, "LT", true, null),
                        new AttendanceCounting.DelegationFacts(PL_GUEST, 13, "PL", false, null)));
    }

    @Test
    void invitedMeansSentByAnEligiblePartnerFromAnotherCountryWhateverThePersonsOwnCountry() {
        long local = person(LV, "LV", "female");
        long invited = person(LT, "LT", "male");
        long latvianInKaunasDelegation = person(LT, "LV", "male");
        long guest = person(PL_GUEST, "PL", "female");
        long alone = person(null, "EE", "female");
        AttendanceCounting counting = counting();
        List<Counted> all = people;
        assertThat(counting.invited(all.get(0))).isFalse();
        assertThat(counting.invited(all.get(1))).isTrue();
        // A Latvian in the Lithuanian partner's delegation at a Latvian meeting is invited (the partner decides).
        assertThat(counting.invited(all.get(2))).isTrue();
        assertThat(counting.invited(all.get(3))).isFalse();
        assertThat(counting.invited(all.get(4))).isFalse();
        AttendanceStatistics statistics = counting.statistics(1, true);
        assertThat(statistics.invited()).isEqualTo(2);
        assertThat(statistics.local()).isEqualTo(1);
        assertThat(statistics.registered()).isEqualTo(5);
        assertThat(List.of(local, invited, latvianInKaunasDelegation, guest, alone))
                .hasSize(5);
    }

    @Test
    void presentMeansOnAtLeastOneDayAndCountsEachDaySeparately() {
        long both = person(LT, "LT", "female");
        long first = person(LT, "LT", "male");
        person(LV, "LV", "male");
        present(both, DAY1);
        present(both, DAY2);
        present(first, DAY1);
        present(999, DAY1); // not a confirmed registration of this event: not counted

        AttendanceStatistics statistics = counting().statistics(1, true);

        assertThat(statistics.presentByDay()).containsEntry(DAY1, 2).containsEntry(DAY2, 1);
        assertThat(statistics.present()).isEqualTo(2);
        assertThat(statistics.invitedPresent()).isEqualTo(2);
        assertThat(statistics.localPresent()).isZero();
        assertThat(statistics.byCountry())
                .containsExactly(
                        new AttendanceStatistics.CountryCount("LT", 2, 2, true),
                        new AttendanceStatistics.CountryCount("LV", 1, 0, false));
        assertThat(statistics.byDelegation())
                .extracting(
                        AttendanceStatistics.DelegationCount::delegationId,
                        AttendanceStatistics.DelegationCount::present)
                .containsExactly(
                        org.assertj.core.groups.Tuple.tuple(LT, 2),
                        org.assertj.core.groups.Tuple.tuple(LV, 0),
                        org.assertj.core.groups.Tuple.tuple(PL_GUEST, 0));

        AttendanceCounter second = counting().counter(DAY2);
        assertThat(second.present()).isEqualTo(1);
        assertThat(second.registered()).isEqualTo(3);
        assertThat(second.byCountry().get(0)).isEqualTo(new AttendanceStatistics.CountryCount("LT", 2, 1, true));
    }

    @Test
    void smallFunderGroupsAreHiddenExceptFromEditors() {
        for (int i = 0; i < 7; i++) {
            present(person(LT, "LT", "female"), DAY1);
        }
        for (int i = 0; i < 3; i++) {
            person(LT, "LT", "male");
        }
        AttendanceStatistics.Category editorGender =
                counting().statistics(1, true).categories().get(0);
        AttendanceStatistics.Category partnerGender =
                counting().statistics(1, false).categories().get(0);

        assertThat(editorGender.name()).isEqualTo("gender");
        assertThat(editorGender.groups())
                .containsExactly(
                        new AttendanceStatistics.Group("female", 7, 7), new AttendanceStatistics.Group("male", 3, 0));
        // Male (3) is small; female would then give it away from the total of 10, so it goes too.
        assertThat(partnerGender.groups()).allMatch(AttendanceStatistics.Group::hidden);
        assertThat(counting().statistics(1, false).smallGroupsHidden()).isTrue();
        // Counts by country are not funder categories: exact for everyone.
        assertThat(counting().statistics(1, false).byCountry().get(0).registered())
                .isEqualTo(10);
    }
}
