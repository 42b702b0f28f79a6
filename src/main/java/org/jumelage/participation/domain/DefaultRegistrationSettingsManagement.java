package org.jumelage.participation.domain;

import java.security.SecureRandom;
import java.time.Clock;
import java.time.Instant;
import java.util.Base64;
import java.util.List;
import java.util.Optional;
import org.jspecify.annotations.Nullable;
import org.jumelage.account.AuditTrail;
import org.jumelage.account.SignedInUser;
import org.jumelage.event.EventAction;
import org.jumelage.event.EventException;
import org.jumelage.event.EventSummary;
import org.jumelage.event.UnrestrictedEventReads;
import org.jumelage.network.OrganisationManagement;
import org.jumelage.network.OrganisationSummary;
import org.jumelage.participation.RegistrationCounts;
import org.jumelage.participation.RegistrationInvitation;
import org.jumelage.participation.RegistrationSettings;
import org.jumelage.participation.RegistrationSettingsDraft;
import org.jumelage.participation.RegistrationSettingsManagement;
import org.jumelage.participation.RegistrationState;
import org.jumelage.participation.persistence.CountedSettings;
import org.jumelage.participation.persistence.DelegationRow;
import org.jumelage.participation.persistence.RegistrationStore;
import org.jumelage.shared.LocalizedText;
import org.jumelage.shared.TextLimits;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

@Service
class DefaultRegistrationSettingsManagement implements RegistrationSettingsManagement {

    static final int MAX_CONSENT = 5000;

    private final RegistrationStore store;
    private final UnrestrictedEventReads events;
    private final ParticipationAccess access;
    private final OrganisationManagement organisations;
    private final DefaultRegistrationManagement registrations;
    private final Participation participation;
    private final AuditTrail auditTrail;
    private final Clock clock;
    private final SecureRandom random = new SecureRandom();

    DefaultRegistrationSettingsManagement(
            RegistrationStore store,
            UnrestrictedEventReads events,
            ParticipationAccess access,
            OrganisationManagement organisations,
            DefaultRegistrationManagement registrations,
            Participation participation,
            AuditTrail auditTrail,
            Clock clock) {
        this.store = store;
        this.events = events;
        this.access = access;
        this.organisations = organisations;
        this.registrations = registrations;
        this.participation = participation;
        this.auditTrail = auditTrail;
        this.clock = clock;
    }

    @Override
    @Transactional(readOnly = true)
    public RegistrationSettings settings(SignedInUser editor, long eventId) {
        access.require(editor, EventAction.READ_REGISTRATION_SETTINGS, eventId);
        return store.settings(eventId).orElseGet(() -> RegistrationSettings.closed(eventId));
    }

    @Override
    @Transactional(readOnly = true)
    public java.util.Map<Long, RegistrationSettings> settings(
            SignedInUser editor, java.util.Collection<Long> eventIds) {
        java.util.Map<Long, RegistrationSettings> readable = new java.util.HashMap<>();
        if (eventIds.isEmpty()) {
            return readable;
        }
        java.util.Map<Long, RegistrationSettings> stored = store.settings(eventIds);
        for (EventSummary event : events.findAllUnrestricted(eventIds)) {
            if (access.on(editor, event).may(EventAction.READ_REGISTRATION_SETTINGS)) {
                RegistrationSettings settings = stored.get(event.id());
                readable.put(event.id(), settings == null ? RegistrationSettings.closed(event.id()) : settings);
            }
        }
        return readable;
    }

    @Override
    @Transactional(readOnly = true)
    public RegistrationState state(SignedInUser viewer, long eventId) {
        access.require(viewer, EventAction.VIEW_EVENT, eventId);
        return store.settings(eventId)
                .map(settings -> settings.state(clock.instant()))
                .orElse(RegistrationState.CLOSED);
    }

    @Override
    @Transactional(readOnly = true)
    public java.util.Map<Long, RegistrationState> states(SignedInUser viewer, java.util.Collection<Long> eventIds) {
        java.util.Map<Long, RegistrationState> states = new java.util.HashMap<>();
        if (eventIds.isEmpty()) {
            return states;
        }
        java.time.Instant now = clock.instant();
        java.util.Map<Long, RegistrationSettings> settings = store.settings(eventIds);
        for (ParticipationAccess.OnEvent on : access.on(viewer, events.findAllUnrestricted(eventIds))) {
            if (on.may(EventAction.VIEW_EVENT)) {
                RegistrationSettings stored = settings.get(on.event().id());
                states.put(on.event().id(), stored == null ? RegistrationState.CLOSED : stored.state(now));
            }
        }
        return states;
    }

    @Override
    @Transactional(readOnly = true)
    public Optional<String> openPublicRegistrationToken(long eventId) {
        Optional<EventSummary> event = events.findAnyUnrestricted(eventId);
        if (event.isEmpty()) {
            return Optional.empty();
        }
        long projectId = event.get().projectId();
        return store.settings(eventId)
                .filter(settings -> settings.publicLink()
                        && participation.state(settings, projectId, clock.instant()) == RegistrationState.OPEN)
                .map(RegistrationSettings::publicToken)
                .filter(token -> !token.isBlank());
    }

    @Override
    @Transactional(readOnly = true)
    public Optional<Instant> nextRegistrationWindowChange(Instant after) {
        return store.nextWindowChange(after);
    }

    @Override
    @Transactional
    public RegistrationSettings update(SignedInUser editor, long eventId, RegistrationSettingsDraft draft) {
        EventSummary event = visible(editor, eventId);
        access.require(editor, EventAction.CHANGE_REGISTRATION_SETTINGS, eventId);
        if (draft.opensAt() != null
                && draft.closesAt() != null
                && !draft.closesAt().isAfter(draft.opensAt())) {
            throw EventException.settingsCloseBeforeOpen();
        }
        if (draft.capacity() != null && draft.capacity() < 0) {
            throw EventException.settingsCapacityNegative();
        }
        List<String> languages = RegistrationRules.workingLanguages(draft.workingLanguages());
        LocalizedText consent = draft.consentText();
        consent.all().forEach((tag, text) -> checkLength(LocalizedText.field("consent", tag), text));

        Instant now = clock.instant();
        boolean exists = store.lockSettings(eventId);
        RegistrationSettings current =
                exists ? store.settings(eventId).orElseThrow() : RegistrationSettings.closed(eventId);
        int consentVersion = current.consentVersion();
        boolean consentChanged = !consent.equals(current.consentText());
        if (consentChanged) {
            if (consent.isEmpty()) {
                consentVersion = 0;
            } else {
                consentVersion = store.latestConsentVersion(eventId) + 1;
                store.insertConsent(eventId, consentVersion, consent, editor.id(), now);
            }
        }
        RegistrationSettings next = new RegistrationSettings(
                eventId,
                draft.open(),
                draft.opensAt(),
                draft.closesAt(),
                draft.capacity(),
                draft.publicLink(),
                exists ? current.publicToken() : randomToken(),
                languages,
                draft.questions(),
                consentVersion,
                consent,
                current.version());
        if (exists) {
            store.updateSettings(next, now);
        } else {
            store.insertSettings(next, now);
        }
        CountedSettings counted = store.countedSettings(eventId).orElseThrow();
        RegistrationSettings stored = counted.settings();
        registrations.promoteWaitingList(event, counted);
        auditTrail.record(
                "event.registration.settings-changed",
                "event " + eventId + " (project " + event.projectId() + ")",
                "open=" + stored.open() + ", capacity=" + stored.capacity() + ", publicLink=" + stored.publicLink()
                        + ", consentVersion=" + stored.consentVersion());
        return stored;
    }

    @Override
    @Transactional(readOnly = true)
    public RegistrationCounts counts(SignedInUser viewer, long eventId) {
        visible(viewer, eventId);
        Integer capacity =
                store.settings(eventId).map(RegistrationSettings::capacity).orElse(null);
        return store.counts(eventId, capacity);
    }

    @Override
    @Transactional(readOnly = true)
    public Optional<RegistrationInvitation> byPublicToken(String publicToken) {
        return store.settingsByPublicToken(publicToken)
                .filter(RegistrationSettings::publicLink)
                .flatMap(settings -> invitation(settings.eventId(), null));
    }

    @Override
    @Transactional(readOnly = true)
    public Optional<RegistrationInvitation> byDelegationToken(String delegationToken) {
        return store.delegationByToken(delegationToken)
                .flatMap(delegation -> invitation(delegation.eventId(), delegation));
    }

    @Override
    @Transactional(readOnly = true)
    public Optional<RegistrationInvitation> byManageToken(String manageToken) {
        return store.byManageToken(manageToken)
                .filter(row -> !row.erased())
                .flatMap(row -> invitation(
                        row.eventId(),
                        row.delegationId() == null
                                ? null
                                : store.delegation(row.delegationId()).orElse(null)));
    }

    private Optional<RegistrationInvitation> invitation(long eventId, @Nullable DelegationRow delegation) {
        Optional<EventSummary> event = events.findAnyUnrestricted(eventId);
        if (event.isEmpty()) {
            return Optional.empty();
        }
        CountedSettings counted = store.countedSettings(eventId).orElseGet(() -> CountedSettings.closed(eventId));
        RegistrationSettings settings = counted.settings();
        RegistrationState state = participation.state(settings, event.get().projectId(), clock.instant());
        boolean full = counted.full();
        LocalizedText delegationName = delegation == null || delegation.organisationId() == null
                ? null
                : organisations
                        .find(delegation.organisationId())
                        .map(OrganisationSummary::names)
                        .orElse(null);
        return Optional.of(new RegistrationInvitation(
                event.get(),
                settings,
                delegation == null ? null : delegation.id(),
                delegation == null ? null : delegation.country(),
                delegationName,
                state,
                full));
    }

    private EventSummary visible(SignedInUser viewer, long eventId) {
        return access.require(viewer, EventAction.VIEW_EVENT, eventId).event();
    }

    private static void checkLength(String field, @Nullable String text) {
        if (TextLimits.tooLong(text, MAX_CONSENT)) {
            throw EventException.textTooLong(field, MAX_CONSENT);
        }
    }

    private static @Nullable String blankToNull(@Nullable String text) {
        return TextLimits.stripToNull(text);
    }

    private String randomToken() {
        byte[] secret = new byte[24];
        random.nextBytes(secret);
        return Base64.getUrlEncoder().withoutPadding().encodeToString(secret);
    }
}
