package org.jumelage.participation;

import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.jumelage.account.SignedInUser;
import org.jumelage.event.EventException;

/**
 * Check-in and attendance: who was present on which day of an event, recorded at the door (QR
 * token or name search) or afterwards from the signed paper list, and the counts made from it.
 *
 * <p>Only the project's editors (the lead organisation's coordinators and administrators) check
 * people in and enter paper lists; whoever may see the project sees the statistics, with funder
 * categories of fewer than 5 people hidden unless they are an editor. Only {@link
 * RegistrationStatus#CONFIRMED}, non-erased registrations are checked in, and only on the event's
 * own days. Every check-in action carries a client nonce: the same nonce again changes nothing and
 * gets the first answer back, and one person is present at most once a day however many devices
 * check them in at once. Refusals are {@link EventException}s.
 */
public interface AttendanceManagement {

    /**
     * Checks in the person whose QR token this is.
     *
     * @param nonce the device's id of this action (at most 100 letters, digits, '-' or '_')
     */
    CheckInResult checkInByToken(SignedInUser staff, long eventId, String token, LocalDate day, String nonce);

    /**
     * Checks in the person whose short {@link CheckInCode} this is (as typed: any case, spaces and
     * dashes ignored); a code no one of the event has is refused with {@link EventException}.
     */
    CheckInResult checkInByCode(SignedInUser staff, long eventId, String code, LocalDate day, String nonce);

    /** Checks in a registration found by name. */
    CheckInResult checkIn(SignedInUser staff, long eventId, long registrationId, LocalDate day, String nonce);

    /** Takes back a check-in of the day; answers {@link CheckInOutcome#NOT_CHECKED_IN} when there was none. */
    CheckInResult undo(SignedInUser staff, long eventId, long registrationId, LocalDate day, String nonce);

    /** Confirmed people whose name contains every word of the query, at most 20, with their presence on the day. */
    List<CheckInCandidate> search(SignedInUser staff, long eventId, String query, LocalDate day);

    /** The latest check-ins of the day still standing, newest first, for undoing. */
    List<CheckInCandidate> recent(SignedInUser staff, long eventId, LocalDate day, int limit);

    /** The live counter of the check-in page: present on the day against registered, per country and delegation. */
    AttendanceCounter counter(SignedInUser staff, long eventId, LocalDate day);

    /** The day the check-in page opens on: today in the event's time zone when within the event, else its first day. */
    LocalDate defaultDay(SignedInUser staff, long eventId);

    /** Whether the user may check people in at this event (an editor of its project). */
    boolean canCheckIn(SignedInUser user, long eventId);

    /** Counts of the event for whoever may see its project; small funder groups are hidden from non-editors. */
    AttendanceStatistics statistics(SignedInUser viewer, long eventId);

    /**
     * {@link #statistics(SignedInUser, long)} of many events with one read per table (for dashboards
     * that count many events): every asked event the viewer sees is a key; others are left out.
     */
    Map<Long, AttendanceStatistics> statistics(SignedInUser viewer, java.util.Collection<Long> eventIds);

    /**
     * The people of many events by their country, as {@link AttendanceStatistics#byCountry()} gives
     * them (registered = confirmed, present = present on at least one day), counted in the database
     * in one read for all the events: for charts over hundreds of events that need no more than that.
     * Every asked event the viewer sees is a key (with an empty list when nobody registered); others
     * are left out.
     */
    Map<Long, List<AttendanceStatistics.CountryCount>> countries(
            SignedInUser viewer, java.util.Collection<Long> eventIds);

    /** The event's confirmed people by delegation with their presence per day, for entering a paper list. */
    PaperList paperList(SignedInUser editor, long eventId);

    /**
     * Saves a paper list: ticks in {@code ticked} but not in {@code shown} are recorded as {@link
     * AttendanceSource#PAPER_LIST}, ticks in {@code shown} but no longer in {@code ticked} are taken
     * back; what someone checked in meanwhile stays. Audited.
     *
     * @param shown the ticks the page showed when it was opened
     */
    PaperList.Change savePaperList(
            SignedInUser editor, long eventId, Set<PaperList.Tick> shown, Set<PaperList.Tick> ticked);
}
