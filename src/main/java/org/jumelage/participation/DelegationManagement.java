package org.jumelage.participation;

import java.util.List;
import java.util.Optional;
import org.jumelage.account.SignedInUser;
import org.jumelage.event.EventAction;
import org.jumelage.event.EventException;

/**
 * Delegations of events: one per project partner and event, with its head, its planned size (kept
 * in the event's plan, which the grant forecast reads) and a private registration link. Editors of
 * the project manage every delegation and make new links; a user of the delegation's organisation
 * (the partner's contact) sees its link and changes its head and members; whoever sees the project sees its delegations
 * without the link; anyone else is told the delegation does not exist. Refusals are
 * {@link EventException}s naming the field; changes are audited.
 */
public interface DelegationManagement {

    /** Creates the delegation of a partner of the event's project; a partner has at most one per event. */
    DelegationSummary create(SignedInUser editor, long eventId, DelegationDraft draft);

    /**
     * Changes the head and the planned size; a partner contact may change the head only.
     *
     * @param expectedVersion the version the user started from; a newer stored one refuses the change
     */
    DelegationSummary update(SignedInUser user, long delegationId, DelegationDraft draft, long expectedVersion);

    /**
     * Deletes a delegation that has no active registration; the event's plan keeps the partner's
     * planned size (it is the event's plan, changed on the event or another delegation).
     */
    void delete(SignedInUser editor, long delegationId);

    /** The event's delegations ordered by country and organisation. */
    List<DelegationSummary> forEvent(SignedInUser viewer, long eventId);

    Optional<DelegationSummary> find(SignedInUser viewer, long delegationId);

    /**
     * Whether the user may do the action with the delegation (false for one they may not see):
     * {@link EventAction#MANAGE_DELEGATION_MEMBERS} for editors and the partner's contacts,
     * {@link EventAction#REGENERATE_DELEGATION_LINK} for editors only, and so on.
     */
    boolean may(SignedInUser user, EventAction action, long delegationId);

    /** Replaces the private link's token: the old link stops working at once. Editors only; audited. */
    DelegationSummary regenerateLink(SignedInUser user, long delegationId);
}
