package org.jumelage.desk.domain;

import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import org.jspecify.annotations.Nullable;
import org.jumelage.account.AuditEntry;
import org.jumelage.event.EventSummary;
import org.jumelage.mail.OutboxCounts;
import org.jumelage.participation.DelegationSummary;
import org.jumelage.participation.ParticipantListOverview;

/**
 * What one signed-in person's home page shows, already narrowed to what they may see. Every list is
 * empty rather than missing when there is nothing to show.
 *
 * @param upcoming events from today on, soonest first, with how full their registration is
 * @param openRegistrations events taking registrations now, soonest closing first
 * @param warnings failing eligibility checks of the projects the person edits
 * @param lists the next event whose participant lists the person may print, or {@code null}; only the
 *     events shown in {@code upcoming} are looked at
 * @param deadlines project ends, call deadlines and registration closings from today on, soonest first
 * @param delegations the delegations the person's organisation sends to the events shown in
 *     {@code upcoming} (partners)
 * @param activity the newest news articles and the newest registrations for the events shown in
 *     {@code upcoming} the person may see, newest first
 * @param admin the instance's state, for administrators only
 */
public record Desk(
        List<UpcomingEvent> upcoming,
        List<OpenRegistration> openRegistrations,
        List<EligibilityWarning> warnings,
        @Nullable ListsToPrint lists,
        List<Deadline> deadlines,
        List<OwnDelegation> delegations,
        List<Activity> activity,
        @Nullable AdminState admin) {

    /**
     * An event from today on.
     *
     * @param confirmed confirmed registrations
     * @param capacity the most confirmed people, or {@code null} for no limit
     * @param waitlisted people on the waiting list
     * @param editor the person edits the project (and so the event)
     */
    public record UpcomingEvent(
            EventSummary event,
            String projectLabel,
            long confirmed,
            @Nullable Integer capacity,
            long waitlisted,
            boolean editor) {

        /** How full the event is in percent (0–100), or {@code null} without a capacity. */
        public @Nullable Integer fillPercent() {
            if (capacity == null || capacity <= 0) {
                return null;
            }
            return (int) Math.min(100, confirmed * 100 / capacity);
        }
    }

    /**
     * An event taking registrations now.
     *
     * @param closesAt when registration closes, or {@code null} when it stays open or the person
     *     may not read the event's registration settings
     */
    public record OpenRegistration(
            EventSummary event,
            String projectLabel,
            @Nullable Instant closesAt) {}

    /**
     * A failing eligibility check of a project's plan, in the reader's language.
     *
     * @param rule the rule's name
     * @param message the verdict, for example "24 invited participants; at least 25 needed"
     * @param missing how many are missing for a minimum count, or {@code null} when the rule is no count
     */
    public record EligibilityWarning(
            long projectId,
            String projectLabel,
            String rule,
            String message,
            @Nullable Long missing) {}

    /** The next event and the participant lists the person may download for it. */
    public record ListsToPrint(EventSummary event, String projectLabel, ParticipantListOverview overview) {}

    /** A date that asks for something: a project ending, a call deadline, registration closing. */
    public record Deadline(
            LocalDate date,
            Kind kind,
            long projectId,
            String projectLabel,
            @Nullable Long eventId) {

        public enum Kind {
            PROJECT_END,
            CALL_DEADLINE,
            REGISTRATION_CLOSES
        }
    }

    /** A delegation of the person's organisation to an upcoming event. */
    public record OwnDelegation(EventSummary event, String projectLabel, DelegationSummary delegation) {}

    /**
     * Something that happened: a news article written or a person registered.
     *
     * @param subject the article's title or the person's name
     * @param context the event's title, or "" for news
     * @param path where to read more
     */
    public record Activity(Instant at, Kind kind, String subject, String context, String path) {

        public enum Kind {
            NEWS,
            REGISTRATION
        }
    }

    /**
     * The instance's state, for administrators.
     *
     * @param users user accounts
     * @param deletedProjects projects waiting in the bin
     * @param audit the newest entries of the audit trail
     */
    public record AdminState(long users, long deletedProjects, OutboxCounts mail, List<AuditEntry> audit) {}
}
