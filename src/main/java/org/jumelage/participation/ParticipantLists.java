package org.jumelage.participation;

import java.time.LocalDate;
import org.jspecify.annotations.Nullable;
import org.jumelage.account.SignedInUser;
import org.jumelage.event.EventException;

/**
 * The official participant lists of an event: who is confirmed (erased people left out), sorted by
 * last name, with the event, its dates and place, in the event's working languages and with the
 * EU funding statement of the project's programme. Project editors get every list; a partner
 * contact gets the lists of the delegations their organisation sends. Every export is audited.
 */
public interface ParticipantLists {

    /** What the viewer may download and upload for the event. */
    ParticipantListOverview overview(SignedInUser viewer, long eventId);

    /**
     * One list.
     *
     * @param delegationId the delegation, or {@code null} for the whole event (editors only)
     * @param day the day the list is signed on, or {@code null} for the whole event; must lie within the event
     * @throws EventException not found (the event, or a delegation of another event: field {@code delegation}),
     *     not allowed, or invalid (field {@code day})
     */
    ParticipantListFile export(
            SignedInUser viewer, long eventId, @Nullable Long delegationId, @Nullable LocalDate day, ListFormat format);
}
