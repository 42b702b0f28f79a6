package org.jumelage.participation.domain;

import java.security.SecureRandom;
import java.time.Clock;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Base64;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.function.Function;
import org.jspecify.annotations.Nullable;
import org.jumelage.account.AuditTrail;
import org.jumelage.account.SignedInUser;
import org.jumelage.event.EventAction;
import org.jumelage.event.EventException;
import org.jumelage.event.EventRights;
import org.jumelage.event.EventSummary;
import org.jumelage.event.RegistrationProblem;
import org.jumelage.event.UnrestrictedEventReads;
import org.jumelage.network.TownDirectory;
import org.jumelage.network.TownSummary;
import org.jumelage.participation.CheckInCode;
import org.jumelage.participation.RegistrationManagement;
import org.jumelage.participation.RegistrationRequest;
import org.jumelage.participation.RegistrationSettings;
import org.jumelage.participation.RegistrationSource;
import org.jumelage.participation.RegistrationStatus;
import org.jumelage.participation.RegistrationSummary;
import org.jumelage.participation.persistence.CountedSettings;
import org.jumelage.participation.persistence.DelegationRow;
import org.jumelage.participation.persistence.RegistrationRow;
import org.jumelage.participation.persistence.RegistrationRowBuilder;
import org.jumelage.participation.persistence.RegistrationStore;
import org.springframework.dao.DuplicateKeyException;
import org.springframework.dao.PessimisticLockingFailureException;
import org.springframework.data.domain.Page;
import org.springframework.data.domain.PageImpl;
import org.springframework.data.domain.Pageable;
import org.springframework.stereotype.Service;
import org.springframework.transaction.PlatformTransactionManager;
import org.springframework.transaction.annotation.Transactional;
import org.springframework.transaction.support.TransactionSynchronizationManager;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * Registrations. The capacity is kept exact by the event's settings row, which holds the number of
 * confirmed people: a registration checks the rules and stores itself, its mail and its audit entry
 * without any lock, then takes its place with one conditional update of that row just before it
 * commits ({@link RegistrationStore#takePlace}), so the row is locked only for the commit. When the
 * settings changed meanwhile or the last place went to someone else, the attempt is rolled back and
 * made again with the row locked from the start, as every registration was before. The unique keys
 * of the table catch the same person twice even if a check were missed.
 */
@Service
class DefaultRegistrationManagement implements RegistrationManagement {

    /** Attempts with the row locked from the start after the first, late-locking one was rolled back. */
    private static final int LOCKED_ATTEMPTS = 3;

    private final RegistrationStore store;
    private final UnrestrictedEventReads events;
    private final ParticipationAccess access;
    private final TownDirectory towns;
    private final CheckInTokens tokens;
    private final RegistrationMails mails;
    private final Participation participation;
    private final AuditTrail auditTrail;
    private final Clock clock;
    private final TransactionTemplate transaction;
    private final SecureRandom random = new SecureRandom();
    private final CheckInCodeGenerator shortCodes = new CheckInCodeGenerator(random);

    DefaultRegistrationManagement(
            RegistrationStore store,
            UnrestrictedEventReads events,
            ParticipationAccess access,
            TownDirectory towns,
            CheckInTokens tokens,
            RegistrationMails mails,
            Participation participation,
            AuditTrail auditTrail,
            Clock clock,
            PlatformTransactionManager transactionManager) {
        this.store = store;
        this.events = events;
        this.access = access;
        this.towns = towns;
        this.tokens = tokens;
        this.mails = mails;
        this.participation = participation;
        this.auditTrail = auditTrail;
        this.clock = clock;
        this.transaction = new TransactionTemplate(transactionManager);
    }

    // --- Registering ---

    /**
     * When a registration locks its event's settings row. {@code AT_COMMIT}: the settings and the
     * count are read without a lock, and the place is taken by a conditional update just before the
     * commit, which fails (and the attempt is rolled back) if either changed. {@code FIRST}: the row
     * is locked before the settings are read, so nothing can change them until the commit.
     */
    private enum Locking {
        AT_COMMIT,
        FIRST
    }

    /** An attempt that must be rolled back and made again with the settings row locked from the start. */
    private static final class LockFirst extends RuntimeException {
        LockFirst() {
            super(null, null, false, false);
        }
    }

    @Override
    public RegistrationSummary registerPublicly(String publicToken, RegistrationRequest request) {
        return registering(locking -> {
            CountedSettings found = store.countedSettingsByPublicToken(publicToken)
                    .filter(read -> read.settings().publicLink())
                    .orElseThrow(EventException::registrationLinkNotFound);
            EventSummary event = event(found.eventId());
            CountedSettings settings = settings(event.id(), locking, found);
            if (!settings.settings().publicLink()) {
                throw EventException.registrationLinkNotFound();
            }
            return store(event, settings, locking, null, request, RegistrationSource.PUBLIC_LINK, false, null);
        });
    }

    @Override
    public RegistrationSummary registerThroughDelegation(String delegationToken, RegistrationRequest request) {
        return registering(locking -> {
            DelegationRow delegation =
                    store.delegationByToken(delegationToken).orElseThrow(EventException::registrationLinkNotFound);
            EventSummary event = event(delegation.eventId());
            CountedSettings settings = settings(event.id(), locking, null);
            return store(
                    event, settings, locking, delegation, request, RegistrationSource.DELEGATION_LINK, false, null);
        });
    }

    @Override
    public RegistrationSummary register(
            SignedInUser editor, long eventId, RegistrationRequest request, RegistrationSource source) {
        if (source == RegistrationSource.PUBLIC_LINK || source == RegistrationSource.DELEGATION_LINK) {
            throw new IllegalArgumentException("Staff registrations come from staff, an import or the API: " + source);
        }
        return registering(locking -> {
            EventSummary event = visibleEvent(editor, eventId);
            DelegationRow delegation = null;
            EventRights rights = rights(editor, event);
            boolean staff = rights.may(EventAction.MANAGE_REGISTRATIONS);
            if (request.delegationId() != null) {
                delegation = store.delegation(request.delegationId())
                        .filter(found -> found.eventId() == eventId)
                        .orElse(null);
                if (delegation == null && staff) {
                    throw EventException.registrationInvalid(List.of(unknownDelegation(request.delegationId())));
                }
            }
            if (!staff && (delegation == null || !ownDelegation(editor, rights, delegation))) {
                throw EventException.notAllowed();
            }
            CountedSettings settings = settings(eventId, locking, null);
            return store(event, settings, locking, delegation, request, source, true, editor.id());
        });
    }

    /**
     * Runs a registration in its own transaction, first locking late; if that attempt had to be
     * rolled back, again with the settings row locked from the start. Inside a caller's transaction
     * (an import of a delegation's list) nothing could be rolled back alone, so it locks first at once.
     */
    private RegistrationSummary registering(Function<Locking, RegistrationSummary> attempt) {
        if (TransactionSynchronizationManager.isActualTransactionActive()) {
            return attempt.apply(Locking.FIRST);
        }
        Locking locking = Locking.AT_COMMIT;
        for (int attempts = 1; ; attempts++) {
            Locking current = locking;
            try {
                return transaction.execute(status -> attempt.apply(current));
            } catch (LockFirst | PessimisticLockingFailureException again) {
                // The settings changed, the last place went to someone else, the short code was taken,
                // or the database chose this transaction to break a deadlock with one that locked first.
                if (attempts > LOCKED_ATTEMPTS) {
                    throw again;
                }
                locking = Locking.FIRST;
            }
        }
    }

    /**
     * The event's settings and count for a registration: with {@code FIRST} read again under the
     * lock; with {@code AT_COMMIT} as already read ({@code found}) or read now, without a lock.
     */
    private CountedSettings settings(long eventId, Locking locking, @Nullable CountedSettings found) {
        if (locking == Locking.FIRST) {
            return lockedSettings(eventId);
        }
        if (found != null) {
            return found;
        }
        return store.countedSettings(eventId).orElseGet(() -> CountedSettings.closed(eventId));
    }

    @Override
    @Transactional(readOnly = true)
    public List<RegistrationProblem> problems(long eventId, RegistrationRequest request) {
        EventSummary event = event(eventId);
        RegistrationSettings settings = store.settings(eventId).orElseGet(() -> RegistrationSettings.closed(eventId));
        List<RegistrationProblem> problems = new ArrayList<>();
        stateProblem(event, settings).ifPresent(problems::add);
        DelegationRow delegation = null;
        if (request.delegationId() != null) {
            delegation = store.delegation(request.delegationId())
                    .filter(found -> found.eventId() == event.id())
                    .orElse(null);
            if (delegation == null) {
                problems.add(unknownDelegation(request.delegationId()));
            }
        }
        problems.addAll(problemsOf(event, settings, delegation, request, true, 0));
        return problems;
    }

    private RegistrationSummary store(
            EventSummary event,
            CountedSettings counted,
            Locking locking,
            @Nullable DelegationRow delegation,
            RegistrationRequest request,
            RegistrationSource source,
            boolean emailOptional,
            @Nullable Long registeredBy) {
        RegistrationSettings settings = counted.settings();
        Optional<RegistrationProblem> closed = stateProblem(event, settings);
        if (closed.isPresent()) {
            throw stateRefusal(event, settings);
        }
        List<RegistrationProblem> problems = problemsOf(event, settings, delegation, request, emailOptional, 0);
        if (!problems.isEmpty()) {
            throw EventException.registrationInvalid(problems);
        }
        RegistrationRules.Cleaned clean = RegistrationRules.clean(request, settings.questions(), town(request));
        RegistrationStatus status = counted.full() ? RegistrationStatus.WAITLISTED : RegistrationStatus.CONFIRMED;
        Instant now = clock.instant();
        RegistrationRow row = details(RegistrationRow.builder(), clean, delegation)
                .eventId(event.id())
                .delegationId(delegation == null ? null : delegation.id())
                .status(status)
                .source(source)
                .consentVersion(settings.asksConsent() ? settings.consentVersion() : null)
                .consentedAt(settings.asksConsent() && request.consent() ? now : null)
                .manageToken(randomToken(32))
                .checkInCode(randomToken(18))
                .shortCode(locking == Locking.FIRST ? freeShortCode(event.id()) : shortCodes.next())
                .registeredBy(registeredBy)
                .createdAt(now)
                .updatedAt(now)
                .build();
        RegistrationRow stored;
        try {
            stored = row.toBuilder().id(store.insert(row)).build();
        } catch (DuplicateKeyException raced) {
            if (violates(raced, "event_registration_short_code_uq")) {
                throw new LockFirst();
            }
            throw duplicate(raced);
        }
        mails.registered(event, stored);
        auditTrail.record("event.registration.created", target(stored), source.name() + ", " + status.name());
        takePlace(counted, locking, status);
        return summary(stored);
    }

    /**
     * Counts a confirmed person in the settings row as the last statement before the commit. Locked
     * from the start, the count is simply raised. Locked late, the update succeeds only on the
     * settings and the count this registration was decided on: confirmed while a place is free,
     * waiting while none is; otherwise the attempt is rolled back and made again, locked first.
     */
    private void takePlace(CountedSettings counted, Locking locking, RegistrationStatus status) {
        long eventId = counted.eventId();
        long version = counted.settings().version();
        boolean confirmed = status == RegistrationStatus.CONFIRMED;
        if (locking == Locking.FIRST) {
            if (confirmed) {
                store.countConfirmed(eventId, 1);
            }
            return;
        }
        boolean held = confirmed ? store.takePlace(eventId, version) : store.holdFull(eventId, version);
        if (!held) {
            throw new LockFirst();
        }
    }

    /** The person's details as the rules cleaned them; the name key only for a delegation's member. */
    private static RegistrationRowBuilder details(
            RegistrationRowBuilder row, RegistrationRules.Cleaned clean, @Nullable DelegationRow delegation) {
        return row.firstName(clean.firstName())
                .lastName(clean.lastName())
                .email(clean.email())
                .emailKey(clean.emailKey())
                .nameKey(delegation == null ? null : clean.nameKey())
                .organisationName(clean.organisationName())
                .townId(clean.townId())
                .townName(clean.townName())
                .country(clean.country())
                .gender(clean.gender())
                .ageBand(clean.ageBand())
                .firstTime(clean.firstTime())
                .fewerOpportunities(clean.fewerOpportunities())
                .dietary(clean.dietary())
                .accessibility(clean.accessibility())
                .language(clean.language());
    }

    /** Everything wrong with a request for the event apart from the event's state. */
    private List<RegistrationProblem> problemsOf(
            EventSummary event,
            RegistrationSettings settings,
            @Nullable DelegationRow delegation,
            RegistrationRequest request,
            boolean emailOptional,
            long exceptId) {
        List<RegistrationProblem> problems = RegistrationRules.check(
                request, settings.questions(), emailOptional, settings.asksConsent() && exceptId == 0, towns::find);
        problems = new ArrayList<>(problems);
        java.util.Set<String> wrong =
                problems.stream().map(RegistrationProblem::field).collect(java.util.stream.Collectors.toSet());
        String email = RegistrationRules.blankToNull(request.email());
        if (email != null
                && !wrong.contains("email")
                && store.emailTaken(event.id(), RegistrationRules.emailKey(email), exceptId)) {
            problems.add(RegistrationRules.problem("email", "duplicate-email"));
        }
        if (delegation != null && !wrong.contains("firstName") && !wrong.contains("lastName")) {
            if (store.nameTaken(
                    delegation.id(), RegistrationRules.nameKey(request.firstName(), request.lastName()), exceptId)) {
                problems.add(RegistrationRules.problem("firstName", "duplicate-name"));
            }
        }
        return problems;
    }

    /** The same person twice slipped past the checks (two requests at once): the same refusal as the check's. */
    private static EventException duplicate(DuplicateKeyException raced) {
        RegistrationProblem problem = violates(raced, "event_registration_name_uq")
                ? RegistrationRules.problem("firstName", "duplicate-name")
                : RegistrationRules.problem("email", "duplicate-email");
        return EventException.registrationInvalid(List.of(problem));
    }

    /** Whether the database named this unique constraint (both databases name it in the message). */
    private static boolean violates(DuplicateKeyException raced, String constraint) {
        return String.valueOf(raced.getMostSpecificCause().getMessage())
                .toLowerCase(Locale.ROOT)
                .contains(constraint);
    }

    private static RegistrationProblem unknownDelegation(Long delegationId) {
        return RegistrationRules.problem("delegationId", "unknown-delegation", String.valueOf(delegationId));
    }

    /** The event's registration state ({@link Participation#state}: closed for a deleted project) as a problem. */
    private Optional<RegistrationProblem> stateProblem(EventSummary event, RegistrationSettings settings) {
        return switch (participation.state(settings, event.projectId(), clock.instant())) {
            case OPEN -> Optional.empty();
            case CLOSED -> Optional.of(RegistrationRules.problem("", "closed"));
            case NOT_YET_OPEN -> Optional.of(RegistrationRules.problem("", "not-yet-open"));
            case ENDED -> Optional.of(RegistrationRules.problem("", "ended"));
        };
    }

    private EventException stateRefusal(EventSummary event, RegistrationSettings settings) {
        return switch (participation.state(settings, event.projectId(), clock.instant())) {
            case NOT_YET_OPEN -> EventException.registrationNotYetOpen();
            case ENDED -> EventException.registrationEnded();
            default -> EventException.registrationClosed();
        };
    }

    // --- The person's own link ---

    @Override
    @Transactional(readOnly = true)
    public String manageToken(long registrationId) {
        return store.byId(registrationId)
                .map(RegistrationRow::manageToken)
                .orElseThrow(() -> EventException.registrationNotFound(registrationId));
    }

    @Override
    @Transactional(readOnly = true)
    public Optional<RegistrationSummary> byManageToken(String manageToken) {
        return store.byManageToken(manageToken).filter(row -> !row.erased()).map(this::summary);
    }

    @Override
    @Transactional
    public RegistrationSummary changeByManageToken(String manageToken, RegistrationRequest request) {
        RegistrationRow row = byToken(manageToken);
        EventSummary event = event(row.eventId());
        participation.requireOpenToChanges(event.projectId());
        RegistrationSettings settings = lockedSettings(event.id()).settings();
        row = store.byId(row.id()).orElseThrow();
        if (row.status() == RegistrationStatus.CANCELLED) {
            throw EventException.registrationCancelled();
        }
        DelegationRow delegation = row.delegationId() == null
                ? null
                : store.delegation(row.delegationId()).orElse(null);
        List<RegistrationProblem> problems =
                problemsOf(event, settings, delegation, request, row.email() == null, row.id());
        if (!problems.isEmpty()) {
            throw EventException.registrationInvalid(problems);
        }
        RegistrationRules.Cleaned clean = RegistrationRules.clean(request, settings.questions(), town(request));
        RegistrationRow changed = details(row.toBuilder(), clean, delegation).build();
        try {
            store.updateDetails(changed, clock.instant());
        } catch (DuplicateKeyException raced) {
            throw duplicate(raced);
        }
        return summary(store.byId(row.id()).orElseThrow());
    }

    @Override
    @Transactional
    public void cancelByManageToken(String manageToken) {
        RegistrationRow row = byToken(manageToken);
        cancel(row);
    }

    @Override
    @Transactional
    public void cancel(SignedInUser editor, long registrationId) {
        RegistrationRow row =
                store.byId(registrationId).orElseThrow(() -> EventException.registrationNotFound(registrationId));
        EventSummary event = event(row.eventId());
        if (!mayManage(editor, event, row.delegationId())) {
            if (!mayView(editor, event)) {
                throw EventException.registrationNotFound(registrationId);
            }
            throw EventException.notAllowed();
        }
        cancel(row);
        auditTrail.record("event.registration.cancelled", target(row), null);
    }

    private void cancel(RegistrationRow found) {
        EventSummary event = event(found.eventId());
        participation.requireOpenToChanges(event.projectId());
        CountedSettings settings = lockedSettings(event.id());
        RegistrationRow row = store.byId(found.id()).orElseThrow();
        if (row.status() == RegistrationStatus.CANCELLED) {
            return;
        }
        store.cancel(row, clock.instant());
        mails.cancelled(event, row);
        if (row.status() == RegistrationStatus.CONFIRMED) {
            promoteWaitingList(event, new CountedSettings(settings.settings(), settings.confirmed() - 1));
        }
    }

    /**
     * Moves people up from the waiting list, first come first served, while there are free places.
     * The caller holds the settings row's lock and passes the settings and count read under it.
     */
    void promoteWaitingList(EventSummary event, CountedSettings settings) {
        Integer capacity = settings.settings().capacity();
        long confirmed = settings.confirmed();
        for (RegistrationRow waiting : store.waitingList(event.id())) {
            if (capacity != null && confirmed >= capacity) {
                return;
            }
            store.promote(waiting, clock.instant());
            confirmed++;
            mails.promoted(event, store.byId(waiting.id()).orElseThrow());
        }
    }

    // --- Staff views ---

    @Override
    @Transactional(readOnly = true)
    public List<RegistrationSummary> forEvent(SignedInUser viewer, long eventId) {
        EventSummary event = visibleEvent(viewer, eventId);
        if (rights(viewer, event).may(EventAction.MANAGE_REGISTRATIONS)) {
            return store.forEvent(eventId).stream().map(this::summary).toList();
        }
        if (viewer.organisationId() == null) {
            return List.of();
        }
        return store.forDelegations(store.delegationsOf(eventId, viewer.organisationId())).stream()
                .map(this::summary)
                .toList();
    }

    @Override
    @Transactional(readOnly = true)
    public Page<RegistrationSummary> forEvent(SignedInUser viewer, long eventId, Pageable pageable) {
        EventSummary event = visibleEvent(viewer, eventId);
        if (rights(viewer, event).may(EventAction.MANAGE_REGISTRATIONS)) {
            List<RegistrationSummary> rows =
                    store.forEvent(eventId, pageable.getOffset(), pageable.getPageSize()).stream()
                            .map(this::summary)
                            .toList();
            return new PageImpl<>(rows, pageable, store.countForEvent(eventId));
        }
        if (viewer.organisationId() == null) {
            return Page.empty(pageable);
        }
        List<Long> delegations = store.delegationsOf(eventId, viewer.organisationId());
        List<RegistrationSummary> rows =
                store.forDelegations(delegations, pageable.getOffset(), pageable.getPageSize()).stream()
                        .map(this::summary)
                        .toList();
        return new PageImpl<>(rows, pageable, store.countForDelegations(delegations));
    }

    @Override
    @Transactional(readOnly = true)
    public List<RegistrationSummary> forDelegation(SignedInUser viewer, long delegationId) {
        DelegationRow delegation =
                store.delegation(delegationId).orElseThrow(() -> EventException.notFound(delegationId));
        EventSummary event = event(delegation.eventId());
        if (!mayManage(viewer, event, delegationId)) {
            throw EventException.notFound(delegation.eventId());
        }
        return store.forDelegations(List.of(delegationId)).stream()
                .map(this::summary)
                .toList();
    }

    @Override
    @Transactional(readOnly = true)
    public Optional<RegistrationSummary> find(SignedInUser viewer, long registrationId) {
        return store.byId(registrationId)
                .filter(row -> mayManage(viewer, event(row.eventId()), row.delegationId()))
                .map(this::summary);
    }

    @Override
    @Transactional
    public void erase(SignedInUser editor, long registrationId) {
        RegistrationRow row =
                store.byId(registrationId).orElseThrow(() -> EventException.registrationNotFound(registrationId));
        EventSummary event = event(row.eventId());
        if (!rights(editor, event).may(EventAction.MANAGE_REGISTRATIONS)) {
            if (!mayView(editor, event)) {
                throw EventException.registrationNotFound(registrationId);
            }
            throw EventException.notAllowed();
        }
        if (row.erased()) {
            return;
        }
        store.erase(registrationId, clock.instant());
        auditTrail.record("event.registration.erased", target(row), null);
    }

    // --- Helpers ---

    private RegistrationRow byToken(String manageToken) {
        return store.byManageToken(manageToken)
                .filter(row -> !row.erased())
                .orElseThrow(EventException::registrationLinkNotFound);
    }

    private CountedSettings lockedSettings(long eventId) {
        if (!store.lockSettings(eventId)) {
            return CountedSettings.closed(eventId);
        }
        return store.countedSettings(eventId).orElseThrow();
    }

    private @Nullable TownSummary town(RegistrationRequest request) {
        return request.townId() == null ? null : towns.find(request.townId()).orElse(null);
    }

    private EventSummary event(long eventId) {
        return events.findAnyUnrestricted(eventId).orElseThrow(() -> EventException.notFound(eventId));
    }

    /** The event, when the viewer may see its project or sends a delegation to it. */
    private EventSummary visibleEvent(SignedInUser viewer, long eventId) {
        EventSummary event = event(eventId);
        if (!mayView(viewer, event)) {
            throw EventException.notFound(eventId);
        }
        return event;
    }

    private boolean mayView(SignedInUser viewer, EventSummary event) {
        return rights(viewer, event).may(EventAction.VIEW_EVENT)
                || (viewer.organisationId() != null
                        && !store.delegationsOf(event.id(), viewer.organisationId())
                                .isEmpty());
    }

    private EventRights rights(SignedInUser user, EventSummary event) {
        return access.on(user, event).rights();
    }

    /** Project editors manage every registration; partner contacts those of their own delegations. */
    private boolean mayManage(SignedInUser user, EventSummary event, @Nullable Long delegationId) {
        EventRights rights = rights(user, event);
        if (rights.may(EventAction.MANAGE_REGISTRATIONS)) {
            return true;
        }
        return delegationId != null
                && store.delegation(delegationId)
                        .filter(delegation -> delegation.eventId() == event.id())
                        .filter(delegation -> ownDelegation(user, rights, delegation))
                        .isPresent();
    }

    /** A partner contact's own delegation, as {@link ParticipationAccess} decides. */
    private static boolean ownDelegation(SignedInUser user, EventRights rights, DelegationRow delegation) {
        return rights.forDelegationOf(delegation.organisationId(), user).may(EventAction.MANAGE_DELEGATION_MEMBERS);
    }

    RegistrationSummary summary(RegistrationRow row) {
        return new RegistrationSummary(
                row.id(),
                row.eventId(),
                row.delegationId(),
                row.firstName(),
                row.lastName(),
                row.email(),
                row.organisationName(),
                row.townId(),
                row.townName(),
                row.country(),
                row.status(),
                row.source(),
                row.gender(),
                row.ageBand(),
                row.firstTime(),
                row.fewerOpportunities(),
                row.dietary(),
                row.accessibility(),
                row.language(),
                row.consentVersion(),
                tokens.sign(row.eventId(), row.checkInCode()),
                CheckInCode.display(row.shortCode()),
                row.createdAt(),
                row.erased(),
                row.version());
    }

    /** Who a registration is in the audit trail: ids only, never the person's name. */
    private static String target(RegistrationRow row) {
        return "registration " + row.id() + " (event " + row.eventId() + ")";
    }

    /**
     * A short check-in code no committed registration of the event has yet, for a registration that
     * holds the settings row's lock. A registration locking late may still take the same code before
     * this one commits (one chance in about 10^12 per registration): the unique key refuses the
     * second insert and that attempt is made again.
     */
    private String freeShortCode(long eventId) {
        while (true) {
            String code = shortCodes.next();
            if (!store.shortCodeTaken(eventId, code)) {
                return code;
            }
        }
    }

    private String randomToken(int bytes) {
        byte[] secret = new byte[bytes];
        random.nextBytes(secret);
        return Base64.getUrlEncoder().withoutPadding().encodeToString(secret);
    }
}
