package org.jumelage.project;

import java.time.LocalDate;
import java.util.Map;
import org.jspecify.annotations.Nullable;
import org.jumelage.shared.LocalizedText;

/**
 * One event of a project, for the grant forecast.
 *
 * @param titles the event's titles, which name it in messages
 * @param hostCountry ISO 3166-1 alpha-2 code of the (first) host place
 * @param hostTownId GeoNames id of the (first) host town, or {@code null} when the place was kept as written
 * @param startDate the first day, or {@code null} when not known
 * @param endDate the last day, or {@code null} when not known
 * @param participants project partner id → the people of that partner at the event; a partner in the
 *     host country is local; who of the others is invited is decided by
 *     {@link org.jumelage.programme.InvitedParticipants}
 */
public record EventPlan(
        long id,
        LocalizedText titles,
        String hostCountry,
        @Nullable Long hostTownId,
        @Nullable LocalDate startDate,
        @Nullable LocalDate endDate,
        Map<Long, ParticipantCounts> participants) {

    public EventPlan {
        participants = Map.copyOf(participants);
    }
}
