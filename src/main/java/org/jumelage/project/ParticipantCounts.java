package org.jumelage.project;

import org.jspecify.annotations.Nullable;

/**
 * How many people one partner brings to one event, at three moments of the project.
 *
 * @param planned the people the partner plans to send
 * @param registered the people registered, or {@code null} while registration is not recorded
 * @param attended the people who came, or {@code null} while attendance is not recorded
 */
public record ParticipantCounts(
        int planned, @Nullable Integer registered, @Nullable Integer attended) {

    public static ParticipantCounts planned(int planned) {
        return new ParticipantCounts(planned, null, null);
    }
}
