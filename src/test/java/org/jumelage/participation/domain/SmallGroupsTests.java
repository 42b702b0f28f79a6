package org.jumelage.participation.domain;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.Arrays;
import java.util.List;
import org.jumelage.participation.AttendanceStatistics.Group;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class SmallGroupsTests {

    /** Counts separated by spaces; in the answer "-" is a hidden group. */
    @ParameterizedTest(name = "{0} -> {1}")
    @CsvSource(delimiter = '|', textBlock = """
            12 9 7     | 12 9 7
            12 4 7     | 12 - -
            12 4 3     | 12 - -
            5 5        | 5 5
            1          | -
            0 12       | 0 12
            4 0 20     | - 0 -
            12 4 3 30  | 12 - - 30
            4 4 4 4    | - - - -
            """)
    void groupsOfOneToFourAreHiddenAndOneHiddenGroupCannotBeWorkedOutFromTheTotal(String counts, String shown) {
        List<Integer> input =
                Arrays.stream(counts.split(" ")).map(Integer::valueOf).toList();
        List<String> answer = SmallGroups.hide(input).stream()
                .map(count -> count == null ? "-" : count.toString())
                .toList();
        assertThat(String.join(" ", answer)).isEqualTo(shown);
    }

    @Test
    void aHiddenGroupHidesItsPresentCountToo() {
        List<Group> hidden = SmallGroups.hideGroups(
                List.of(new Group("female", 20, 18), new Group("male", 6, 2), new Group("", 3, 0)));
        assertThat(hidden)
                .containsExactly(
                        new Group("female", 20, null), new Group("male", null, null), new Group("", null, null));
    }

    @Test
    void largeGroupsWithFewPresentHideOnlyThePresentCounts() {
        List<Group> hidden = SmallGroups.hideGroups(List.of(new Group("true", 10, 9), new Group("false", 8, 2)));
        assertThat(hidden).containsExactly(new Group("true", 10, null), new Group("false", 8, null));
    }
}
