package org.jumelage.participation.domain;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import org.jspecify.annotations.Nullable;
import org.jumelage.participation.AttendanceStatistics;

/**
 * Hides small groups of the funder statistics from everyone but the project's editors, so that
 * nobody can tell who answered what. A group of 1 to 4 people is hidden ("fewer than 5"); 0 is
 * shown (it names nobody). When exactly one group of a statistic is hidden, the smallest other
 * non-empty group is hidden as well, since the total would otherwise give the hidden one away.
 */
final class SmallGroups {

    private SmallGroups() {}

    /** One column of counts with the small groups as {@code null}. */
    static List<@Nullable Integer> hide(List<Integer> counts) {
        Integer[] shown = counts.toArray(Integer[]::new);
        int hidden = 0;
        for (int i = 0; i < shown.length; i++) {
            if (isSmall(shown[i])) {
                shown[i] = null;
                hidden++;
            }
        }
        if (hidden == 1) {
            hideSmallestShown(shown);
        }
        return Arrays.asList(shown);
    }

    /**
     * The groups of one statistic for a viewer who is not an editor: registered counts hidden as
     * {@link #hide(List)} says, and present counts likewise; a group whose registered count is
     * hidden has its present count hidden too.
     */
    static List<AttendanceStatistics.Group> hideGroups(List<AttendanceStatistics.Group> groups) {
        List<Integer> registered = new ArrayList<>();
        List<Integer> present = new ArrayList<>();
        for (AttendanceStatistics.Group group : groups) {
            registered.add(group.registered() == null ? 0 : group.registered());
            present.add(group.present() == null ? 0 : group.present());
        }
        List<@Nullable Integer> shownRegistered = hide(registered);
        List<Integer> presentInput = new ArrayList<>(present);
        List<@Nullable Integer> shownPresent = hide(presentInput);
        List<AttendanceStatistics.Group> result = new ArrayList<>();
        for (int i = 0; i < groups.size(); i++) {
            Integer r = shownRegistered.get(i);
            Integer p = r == null ? null : shownPresent.get(i);
            result.add(new AttendanceStatistics.Group(groups.get(i).value(), r, p));
        }
        return result;
    }

    static boolean isSmall(int count) {
        return count > 0 && count < AttendanceStatistics.SMALLEST_SHOWN;
    }

    private static void hideSmallestShown(@Nullable Integer[] shown) {
        int smallest = -1;
        for (int i = 0; i < shown.length; i++) {
            Integer count = shown[i];
            if (count != null && count > 0 && (smallest < 0 || count < shown[smallest])) {
                smallest = i;
            }
        }
        if (smallest >= 0) {
            shown[smallest] = null;
        }
    }
}
