package org.jumelage.participation;

import java.time.LocalDate;
import java.util.List;

/**
 * What the event page offers for participant lists and evidence to one viewer.
 *
 * @param wholeEvent the viewer may download the list of the whole event (project editors)
 * @param delegations the delegations whose lists the viewer may download (all for editors, their own for partner contacts)
 * @param days the event's days, empty when its dates are not known
 * @param evidence the signed lists uploaded so far that the viewer may see, newest first
 * @param canUpload the viewer may upload evidence (editors, and partner contacts for their delegation)
 * @param canDelete the viewer may delete evidence (editors)
 * @param maxUploadBytes the largest file accepted
 */
public record ParticipantListOverview(
        long eventId,
        boolean wholeEvent,
        List<ListDelegation> delegations,
        List<LocalDate> days,
        List<EvidenceSummary> evidence,
        boolean canUpload,
        boolean canDelete,
        long maxUploadBytes) {

    public ParticipantListOverview {
        delegations = List.copyOf(delegations);
        days = List.copyOf(days);
        evidence = List.copyOf(evidence);
    }

    /** Whether the viewer may download any list at all. */
    public boolean any() {
        return wholeEvent || !delegations.isEmpty();
    }
}
