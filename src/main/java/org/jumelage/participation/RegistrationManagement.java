package org.jumelage.participation;

import java.util.List;
import java.util.Optional;
import org.jumelage.account.SignedInUser;
import org.jumelage.event.EventException;
import org.jumelage.event.RegistrationProblem;
import org.springframework.data.domain.Page;
import org.springframework.data.domain.Pageable;

/**
 * Registration for events: through the event's public link, a delegation's private link, by
 * staff (coordinators of the project and partner contacts for their own delegation), or the API.
 * Each registration checks the event's settings (open, dates, capacity: a full event puts people
 * on its waiting list), the consent, and the same person twice (same e-mail in the event, same
 * name in a delegation). Refusals are {@link EventException}s with the field they concern; a
 * confirmation mail goes to the outbox in the same transaction.
 */
public interface RegistrationManagement {

    RegistrationSummary registerPublicly(String publicToken, RegistrationRequest request);

    RegistrationSummary registerThroughDelegation(String delegationToken, RegistrationRequest request);

    /** Staff registration; {@code source} is {@link RegistrationSource#STAFF}, {@code IMPORT} or {@code API}. */
    RegistrationSummary register(
            SignedInUser editor, long eventId, RegistrationRequest request, RegistrationSource source);

    /** Everything wrong with the request for this event, without storing anything; empty when it would pass now. */
    List<RegistrationProblem> problems(long eventId, RegistrationRequest request);

    /**
     * The token of a registration's personal link, for the page that confirms a registration just
     * made (the summary leaves it out so that lists and API answers never carry it). Added by the
     * registration work of issue 5.
     */
    String manageToken(long registrationId);

    /** The registration behind a personal link, for the person to view, change or cancel. */
    Optional<RegistrationSummary> byManageToken(String manageToken);

    RegistrationSummary changeByManageToken(String manageToken, RegistrationRequest request);

    /** Cancels by the personal link; the first person on the waiting list moves up. */
    void cancelByManageToken(String manageToken);

    void cancel(SignedInUser editor, long registrationId);

    /** The event's registrations (all statuses), oldest first; a partner contact sees their own delegations only. */
    List<RegistrationSummary> forEvent(SignedInUser viewer, long eventId);

    /**
     * One page of {@link #forEvent(SignedInUser, long)}, in the same order and with the same
     * visibility; the page's total counts every registration the viewer may see.
     */
    Page<RegistrationSummary> forEvent(SignedInUser viewer, long eventId, Pageable pageable);

    List<RegistrationSummary> forDelegation(SignedInUser viewer, long delegationId);

    Optional<RegistrationSummary> find(SignedInUser viewer, long registrationId);

    /**
     * Erases a person: name, contact, town, organisation and needs go; country, delegation, status,
     * statistics and attendance stay for the anonymous counts. Audited.
     */
    void erase(SignedInUser editor, long registrationId);
}
