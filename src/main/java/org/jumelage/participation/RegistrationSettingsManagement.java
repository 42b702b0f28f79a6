package org.jumelage.participation;

import java.util.Optional;
import org.jumelage.account.SignedInUser;
import org.jumelage.event.EventAction;
import org.jumelage.event.EventException;

/**
 * Registration settings of events, kept by whoever may change the project: whether and when
 * registration is open, the capacity, the public link, the working languages, the questions and
 * the versioned consent text. Raising the capacity promotes people from the waiting list.
 * Refusals are {@link EventException}s; changes are audited.
 */
public interface RegistrationSettingsManagement {

    /**
     * The event's settings ({@link RegistrationSettings#closed defaults} before the first save), with
     * the public link's token and the consent versions: for the project's editors only
     * ({@link EventAction#READ_REGISTRATION_SETTINGS}); others who see the event are refused.
     */
    RegistrationSettings settings(SignedInUser editor, long eventId);

    /**
     * {@link #settings(SignedInUser, long)} of many events in one read: every asked event whose
     * settings the editor may read is a key; the others (or unknown events) are left out instead of
     * refused.
     */
    java.util.Map<Long, RegistrationSettings> settings(SignedInUser editor, java.util.Collection<Long> eventIds);

    /** Whether registration is open now, for whoever sees the event ({@link EventAction#VIEW_EVENT}). */
    RegistrationState state(SignedInUser viewer, long eventId);

    /**
     * {@link #state} of many events in one read: every asked event the viewer sees is a key; events
     * they may not see (or unknown ones) are left out instead of refused.
     */
    java.util.Map<Long, RegistrationState> states(SignedInUser viewer, java.util.Collection<Long> eventIds);

    RegistrationSettings update(SignedInUser editor, long eventId, RegistrationSettingsDraft draft);

    RegistrationCounts counts(SignedInUser viewer, long eventId);

    /** What the event's public link leads to; empty for an unknown token or a link switched off. */
    Optional<RegistrationInvitation> byPublicToken(String publicToken);

    /**
     * The token of the event's public registration form ({@code /register/{token}}) while the form
     * takes registrations now: registration open and the public link switched on. For the public event page.
     */
    Optional<String> openPublicRegistrationToken(long eventId);

    /**
     * The earliest opening or closing time of any event's registration after the instant, or empty:
     * when what {@link #openPublicRegistrationToken} answers may change by itself.
     */
    Optional<java.time.Instant> nextRegistrationWindowChange(java.time.Instant after);

    /** What a delegation's private link leads to; empty for an unknown token. */
    Optional<RegistrationInvitation> byDelegationToken(String delegationToken);

    /** The invitation behind a registration's personal link (event, settings, delegation). */
    Optional<RegistrationInvitation> byManageToken(String manageToken);
}
