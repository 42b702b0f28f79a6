package org.jumelage.participation.domain;

import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Comparator;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.function.Function;
import java.util.regex.Pattern;
import org.jspecify.annotations.Nullable;
import org.jumelage.account.AuditTrail;
import org.jumelage.account.SignedInUser;
import org.jumelage.event.EventAction;
import org.jumelage.event.EventException;
import org.jumelage.event.EventSummary;
import org.jumelage.participation.AttendanceCounter;
import org.jumelage.participation.AttendanceManagement;
import org.jumelage.participation.AttendanceSource;
import org.jumelage.participation.AttendanceStatistics;
import org.jumelage.participation.CheckInCandidate;
import org.jumelage.participation.CheckInCode;
import org.jumelage.participation.CheckInOutcome;
import org.jumelage.participation.CheckInResult;
import org.jumelage.participation.PaperList;
import org.jumelage.participation.RegistrationStatus;
import org.jumelage.participation.persistence.AttendanceRecords;
import org.jumelage.participation.persistence.AttendanceRecords.Person;
import org.jumelage.participation.persistence.AttendanceRecords.Request;
import org.jumelage.project.PartnerSummary;
import org.jumelage.project.ProjectManagement;
import org.jumelage.shared.LocalizedText;
import org.springframework.dao.ConcurrencyFailureException;
import org.springframework.dao.DuplicateKeyException;
import org.springframework.stereotype.Service;
import org.springframework.transaction.PlatformTransactionManager;
import org.springframework.transaction.annotation.Transactional;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * Check-in and the counts. Each check-in action runs in its own transaction: it answers a known
 * nonce from the stored request, else records the presence and stores the answer under the nonce.
 * Two devices racing for the same person (or the same nonce) collide on a primary key; the loser's
 * transaction is rolled back and run once more, and then finds the winner's row and answers
 * "already checked in" (or the first answer).
 */
@Service
class DefaultAttendanceManagement implements AttendanceManagement {

    static final int SEARCH_LIMIT = 20;
    private static final int ATTEMPTS = 4;
    private static final int MAX_QUERY = 200;
    private static final Pattern NONCE = Pattern.compile("[A-Za-z0-9_-]{1,100}");
    private static final String CHECK_IN = "CHECK_IN";
    private static final String UNDO = "UNDO";

    private final ParticipationAccess access;
    private final ProjectManagement projects;
    private final AttendanceRecords records;
    private final CheckInTokens tokens;
    private final AuditTrail auditTrail;
    private final Clock clock;
    private final TransactionTemplate transactions;

    DefaultAttendanceManagement(
            ParticipationAccess access,
            ProjectManagement projects,
            AttendanceRecords records,
            CheckInTokens tokens,
            AuditTrail auditTrail,
            Clock clock,
            PlatformTransactionManager transactionManager) {
        this.access = access;
        this.projects = projects;
        this.records = records;
        this.tokens = tokens;
        this.auditTrail = auditTrail;
        this.clock = clock;
        this.transactions = new TransactionTemplate(transactionManager);
    }

    @Override
    public CheckInResult checkInByToken(SignedInUser staff, long eventId, String token, LocalDate day, String nonce) {
        EventSummary event = editable(staff, eventId);
        checkNonce(nonce);
        checkDay(event, day);
        if (token == null || token.isBlank()) {
            throw EventException.checkInTokenRequired();
        }
        var verified = tokens.verify(token.strip()).orElseThrow(EventException::checkInForgedToken);
        if (verified.eventId() != eventId) {
            throw EventException.checkInOtherEvent();
        }
        return withRetry(() -> {
            Request known = records.request(eventId, nonce).orElse(null);
            if (known != null) {
                return replay(known);
            }
            Person person = records.personByCheckInCode(verified.checkInCode())
                    .filter(found -> found.eventId() == eventId)
                    .orElseThrow(EventException::checkInUnknownPerson);
            return record(staff, eventId, person, day, nonce);
        });
    }

    @Override
    public CheckInResult checkInByCode(SignedInUser staff, long eventId, String code, LocalDate day, String nonce) {
        EventSummary event = editable(staff, eventId);
        checkNonce(nonce);
        checkDay(event, day);
        if (code == null || code.isBlank()) {
            throw EventException.checkInTokenRequired();
        }
        String typed = code.strip().length() > 40 ? code.strip().substring(0, 40) + "…" : code.strip();
        String shortCode = CheckInCode.normalise(code).orElse(null);
        return withRetry(() -> {
            Request known = records.request(eventId, nonce).orElse(null);
            if (known != null) {
                return replay(known);
            }
            Person person = (shortCode == null
                            ? Optional.<Person>empty()
                            : records.personByShortCode(eventId, shortCode))
                    .orElseThrow(() -> EventException.checkInUnknownCode(typed));
            return record(staff, eventId, person, day, nonce);
        });
    }

    @Override
    public CheckInResult checkIn(SignedInUser staff, long eventId, long registrationId, LocalDate day, String nonce) {
        EventSummary event = editable(staff, eventId);
        checkNonce(nonce);
        checkDay(event, day);
        return withRetry(() -> {
            Request known = records.request(eventId, nonce).orElse(null);
            if (known != null) {
                return replay(known);
            }
            return record(staff, eventId, personOf(eventId, registrationId), day, nonce);
        });
    }

    @Override
    public CheckInResult undo(SignedInUser staff, long eventId, long registrationId, LocalDate day, String nonce) {
        EventSummary event = editable(staff, eventId);
        checkNonce(nonce);
        checkDay(event, day);
        return withRetry(() -> {
            Request known = records.request(eventId, nonce).orElse(null);
            if (known != null) {
                return replay(known);
            }
            Person person = personOf(eventId, registrationId);
            boolean removed = records.deletePresence(person.id(), day);
            CheckInOutcome outcome = removed ? CheckInOutcome.UNDONE : CheckInOutcome.NOT_CHECKED_IN;
            records.saveRequest(eventId, nonce, new Request(person.id(), day, UNDO, outcome, null), now(), staff.id());
            if (removed) {
                auditTrail.record(
                        "event.checkin.undone",
                        "registration " + person.id() + " (event " + eventId + ")",
                        day.toString());
            }
            return new CheckInResult(outcome, person.id(), person.name(), person.country(), day, null, false);
        });
    }

    /** Records the person present unless they already are, and keeps the answer under the nonce. */
    private CheckInResult record(SignedInUser staff, long eventId, Person person, LocalDate day, String nonce) {
        requireCheckable(person);
        Instant now = now();
        Instant since = records.presentSince(person.id(), day).orElse(null);
        CheckInOutcome outcome;
        if (since == null) {
            records.insertPresence(person.id(), day, AttendanceSource.CHECK_IN, now, staff.id());
            since = now;
            outcome = CheckInOutcome.CHECKED_IN;
        } else {
            outcome = CheckInOutcome.ALREADY_CHECKED_IN;
        }
        records.saveRequest(eventId, nonce, new Request(person.id(), day, CHECK_IN, outcome, since), now, staff.id());
        return new CheckInResult(outcome, person.id(), person.name(), person.country(), day, since, false);
    }

    private CheckInResult replay(Request known) {
        Person person = records.person(known.registrationId()).orElseThrow();
        return new CheckInResult(
                known.outcome(), person.id(), person.name(), person.country(), known.day(), known.presentSince(), true);
    }

    /** Runs one check-in action in a transaction, again when another device won a race for the same row. */
    private CheckInResult withRetry(java.util.function.Supplier<CheckInResult> action) {
        for (int attempt = 1; ; attempt++) {
            try {
                return transactions.execute(status -> action.get());
            } catch (DuplicateKeyException | ConcurrencyFailureException raced) {
                if (attempt >= ATTEMPTS) {
                    throw EventException.checkInBusy();
                }
            }
        }
    }

    /** Now, to the millisecond the databases keep, so that a stored time reads back the same. */
    private Instant now() {
        return clock.instant().truncatedTo(java.time.temporal.ChronoUnit.MILLIS);
    }

    private Person personOf(long eventId, long registrationId) {
        return records.person(registrationId)
                .filter(person -> person.eventId() == eventId)
                .orElseThrow(() -> EventException.checkInRegistrationNotFound(registrationId));
    }

    private static void requireCheckable(Person person) {
        if (person.erased()) {
            throw EventException.checkInErased();
        }
        if (person.status() == RegistrationStatus.CANCELLED) {
            throw EventException.checkInCancelled(person.name());
        }
        if (person.status() == RegistrationStatus.WAITLISTED) {
            throw EventException.checkInWaitlisted(person.name());
        }
    }

    private static void checkNonce(@Nullable String nonce) {
        if (nonce == null || !NONCE.matcher(nonce).matches()) {
            throw EventException.checkInBadNonce();
        }
    }

    private static void checkDay(EventSummary event, @Nullable LocalDate day) {
        if (day == null) {
            throw EventException.checkInDayRequired();
        }
        if (event.startDate() == null || event.endDate() == null) {
            throw EventException.checkInNoDates();
        }
        if (day.isBefore(event.startDate()) || day.isAfter(event.endDate())) {
            throw EventException.checkInDayOutsideEvent(
                    day.toString(),
                    event.startDate().toString(),
                    event.endDate().toString());
        }
    }

    @Override
    @Transactional(readOnly = true)
    public List<CheckInCandidate> search(SignedInUser staff, long eventId, String query, LocalDate day) {
        EventSummary event = editable(staff, eventId);
        String text = query == null ? "" : query.strip();
        if (text.length() > MAX_QUERY) {
            text = text.substring(0, MAX_QUERY);
        }
        List<String> words = Arrays.stream(text.split("\\s+"))
                .filter(word -> !word.isEmpty())
                .limit(5)
                .toList();
        if (words.isEmpty()) {
            return List.of();
        }
        Function<Long, @Nullable LocalizedText> names = delegationNames(staff, event);
        return records.search(eventId, words, day, SEARCH_LIMIT).stream()
                .map(listed -> candidate(listed, names))
                .toList();
    }

    @Override
    @Transactional(readOnly = true)
    public List<CheckInCandidate> recent(SignedInUser staff, long eventId, LocalDate day, int limit) {
        EventSummary event = editable(staff, eventId);
        Function<Long, @Nullable LocalizedText> names = delegationNames(staff, event);
        return records.recent(eventId, day, Math.max(1, Math.min(limit, 50))).stream()
                .map(listed -> candidate(listed, names))
                .toList();
    }

    @Override
    @Transactional(readOnly = true)
    public AttendanceCounter counter(SignedInUser staff, long eventId, LocalDate day) {
        EventSummary event = editable(staff, eventId);
        return counting(staff, event).counter(day);
    }

    @Override
    @Transactional(readOnly = true)
    public LocalDate defaultDay(SignedInUser staff, long eventId) {
        EventSummary event = editable(staff, eventId);
        if (event.startDate() == null || event.endDate() == null) {
            throw EventException.checkInNoDates();
        }
        LocalDate today = LocalDate.now(clock.withZone(ZoneId.of(event.timeZone())));
        return today.isBefore(event.startDate()) || today.isAfter(event.endDate()) ? event.startDate() : today;
    }

    @Override
    @Transactional(readOnly = true)
    public boolean canCheckIn(SignedInUser user, long eventId) {
        return access.may(user, EventAction.CHECK_IN, eventId);
    }

    @Override
    @Transactional(readOnly = true)
    public AttendanceStatistics statistics(SignedInUser viewer, long eventId) {
        ParticipationAccess.OnEvent on = access.require(viewer, EventAction.VIEW_EVENT, eventId);
        return counting(viewer, on.event()).statistics(eventId, on.may(EventAction.EDIT_EVENT));
    }

    @Override
    @Transactional(readOnly = true)
    public Map<Long, AttendanceStatistics> statistics(SignedInUser viewer, java.util.Collection<Long> eventIds) {
        List<ParticipationAccess.OnEvent> visible = access.visible(viewer, eventIds);
        List<Long> ids = visible.stream().map(on -> on.event().id()).toList();
        Map<Long, List<AttendanceRecords.Counted>> confirmed = records.confirmed(ids);
        Map<Long, List<AttendanceRecords.Presence>> presences = records.presences(ids);
        Map<Long, List<AttendanceRecords.Delegation>> delegations = records.delegations(ids);
        // The partners of all the events' projects in one read, not one per project (issue #17).
        Map<Long, Map<Long, PartnerSummary>> partners = new HashMap<>();
        projects.find(
                        viewer,
                        visible.stream().map(on -> on.event().projectId()).collect(java.util.stream.Collectors.toSet()))
                .forEach((projectId, project) -> {
                    Map<Long, PartnerSummary> byId = new HashMap<>();
                    project.partners().forEach(partner -> byId.put(partner.id(), partner));
                    partners.put(projectId, byId);
                });
        Map<Long, AttendanceStatistics> statistics = new java.util.LinkedHashMap<>();
        for (ParticipationAccess.OnEvent on : visible) {
            EventSummary event = on.event();
            AttendanceCounting counting = new AttendanceCounting(
                    hostCountry(event),
                    days(event),
                    confirmed.getOrDefault(event.id(), List.of()),
                    presences.getOrDefault(event.id(), List.of()),
                    delegationFacts(
                            delegations.getOrDefault(event.id(), List.of()),
                            partners.computeIfAbsent(event.projectId(), id -> partners(viewer, id))));
            statistics.put(event.id(), counting.statistics(event.id(), on.may(EventAction.EDIT_EVENT)));
        }
        return statistics;
    }

    @Override
    @Transactional(readOnly = true)
    public Map<Long, List<AttendanceStatistics.CountryCount>> countries(
            SignedInUser viewer, java.util.Collection<Long> eventIds) {
        List<ParticipationAccess.OnEvent> visible = access.visible(viewer, eventIds);
        Map<Long, Map<String, int[]>> counted = records.countryTurnout(
                visible.stream().map(on -> on.event().id()).toList());
        Map<Long, List<AttendanceStatistics.CountryCount>> countries = new java.util.LinkedHashMap<>();
        for (ParticipationAccess.OnEvent on : visible) {
            countries.put(
                    on.event().id(),
                    AttendanceCounting.byCountry(
                            counted.getOrDefault(on.event().id(), Map.of()), hostCountry(on.event())));
        }
        return countries;
    }

    @Override
    @Transactional(readOnly = true)
    public PaperList paperList(SignedInUser editor, long eventId) {
        EventSummary event = editable(editor, eventId);
        Function<Long, @Nullable LocalizedText> names = delegationNames(editor, event);
        Map<Long, Map<LocalDate, AttendanceSource>> present = new HashMap<>();
        records.presences(eventId)
                .forEach(presence -> present.computeIfAbsent(presence.registrationId(), id -> new java.util.TreeMap<>())
                        .put(presence.day(), presence.source()));
        Map<Long, Integer> delegationOrder = new HashMap<>();
        List<AttendanceRecords.Delegation> delegations = records.delegations(eventId);
        for (int i = 0; i < delegations.size(); i++) {
            delegationOrder.put(delegations.get(i).id(), i);
        }
        List<PaperList.Row> rows = new ArrayList<>();
        for (Person person : records.confirmedPeople(eventId)) {
            rows.add(new PaperList.Row(
                    person.id(),
                    person.name(),
                    person.country(),
                    person.delegationId(),
                    person.delegationId() == null ? null : names.apply(person.delegationId()),
                    present.getOrDefault(person.id(), Map.of())));
        }
        // Stable sort keeps the last-name order within each delegation.
        rows.sort(Comparator.comparingInt(row ->
                row.delegationId() == null ? Integer.MAX_VALUE : delegationOrder.getOrDefault(row.delegationId(), 0)));
        return new PaperList(eventId, days(event), rows);
    }

    @Override
    @Transactional
    public PaperList.Change savePaperList(
            SignedInUser editor, long eventId, Set<PaperList.Tick> shown, Set<PaperList.Tick> ticked) {
        EventSummary event = editable(editor, eventId);
        Set<Long> listed = new HashSet<>();
        records.confirmedPeople(eventId).forEach(person -> listed.add(person.id()));
        Set<LocalDate> days = new HashSet<>(days(event));
        // Validate everything before changing anything.
        for (Set<PaperList.Tick> ticks : List.of(shown, ticked)) {
            for (PaperList.Tick tick : ticks) {
                if (!listed.contains(tick.registrationId())) {
                    throw EventException.checkInRegistrationNotFound(tick.registrationId());
                }
                if (!days.contains(tick.day())) {
                    checkDay(event, tick.day());
                }
            }
        }
        Instant now = now();
        int added = 0;
        int removed = 0;
        for (PaperList.Tick tick : ticked) {
            if (!shown.contains(tick)
                    && records.presentSince(tick.registrationId(), tick.day()).isEmpty()) {
                records.insertPresence(
                        tick.registrationId(), tick.day(), AttendanceSource.PAPER_LIST, now, editor.id());
                added++;
            }
        }
        for (PaperList.Tick tick : shown) {
            if (!ticked.contains(tick) && records.deletePresence(tick.registrationId(), tick.day())) {
                removed++;
            }
        }
        if (added > 0 || removed > 0) {
            auditTrail.record(
                    "event.attendance.paper-list", "event " + eventId, "ticked " + added + ", unticked " + removed);
        }
        return new PaperList.Change(added, removed);
    }

    private AttendanceCounting counting(SignedInUser viewer, EventSummary event) {
        List<AttendanceCounting.DelegationFacts> delegations =
                delegationFacts(records.delegations(event.id()), partners(viewer, event.projectId()));
        return new AttendanceCounting(
                hostCountry(event),
                days(event),
                records.confirmed(event.id()),
                records.presences(event.id()),
                delegations);
    }

    private Map<Long, PartnerSummary> partners(SignedInUser viewer, long projectId) {
        Map<Long, PartnerSummary> byId = new HashMap<>();
        projects.partners(viewer, projectId).forEach(partner -> byId.put(partner.id(), partner));
        return byId;
    }

    private Function<Long, @Nullable LocalizedText> delegationNames(SignedInUser viewer, EventSummary event) {
        Map<Long, PartnerSummary> partners = partners(viewer, event.projectId());
        Map<Long, @Nullable LocalizedText> names = new HashMap<>();
        for (AttendanceRecords.Delegation delegation : records.delegations(event.id())) {
            PartnerSummary partner = partners.get(delegation.partnerId());
            names.put(delegation.id(), partner == null ? null : partner.organisationName());
        }
        return names::get;
    }

    private static CheckInCandidate candidate(
            AttendanceRecords.Listed listed, Function<Long, @Nullable LocalizedText> names) {
        Person person = listed.person();
        return new CheckInCandidate(
                person.id(),
                person.name(),
                person.country(),
                person.delegationId() == null ? null : names.apply(person.delegationId()),
                listed.presentSince());
    }

    /** The event's delegations as the counts need them, with their partners' role and names. */
    static List<AttendanceCounting.DelegationFacts> delegationFacts(
            List<AttendanceRecords.Delegation> delegations, Map<Long, PartnerSummary> partners) {
        return delegations.stream()
                .map(delegation -> {
                    PartnerSummary partner = partners.get(delegation.partnerId());
                    return new AttendanceCounting.DelegationFacts(
                            delegation.id(),
                            delegation.partnerId(),
                            delegation.country(),
                            partner != null && partner.role().countsAsPartner(),
                            partner == null ? null : partner.organisationName());
                })
                .toList();
    }

    static String hostCountry(EventSummary event) {
        return event.hostPlaces().isEmpty() ? "" : event.hostPlaces().get(0).country();
    }

    static List<LocalDate> days(EventSummary event) {
        if (event.startDate() == null || event.endDate() == null) {
            return List.of();
        }
        return event.startDate().datesUntil(event.endDate().plusDays(1)).toList();
    }

    /** The event, for the staff who check people in (404 for an invisible event, 403 for others). */
    private EventSummary editable(SignedInUser editor, long eventId) {
        return transactions.execute(
                status -> access.require(editor, EventAction.CHECK_IN, eventId).event());
    }
}
