package org.jumelage.participation.domain;

import java.security.SecureRandom;
import java.time.Clock;
import java.util.Base64;
import java.util.Comparator;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.function.Function;
import java.util.stream.Collectors;
import org.jspecify.annotations.Nullable;
import org.jumelage.account.AuditTrail;
import org.jumelage.account.SignedInUser;
import org.jumelage.event.EventAction;
import org.jumelage.event.EventException;
import org.jumelage.event.EventManagement;
import org.jumelage.event.EventRights;
import org.jumelage.event.EventSummary;
import org.jumelage.network.OrganisationManagement;
import org.jumelage.participation.DelegationDraft;
import org.jumelage.participation.DelegationManagement;
import org.jumelage.participation.DelegationSummary;
import org.jumelage.participation.persistence.DelegationStore;
import org.jumelage.participation.persistence.DelegationStore.Counts;
import org.jumelage.participation.persistence.DelegationStore.Row;
import org.jumelage.project.PartnerSummary;
import org.jumelage.project.ProjectManagement;
import org.jumelage.shared.Countries;
import org.jumelage.shared.EmailAddress;
import org.springframework.dao.DuplicateKeyException;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

@Service
class DefaultDelegationManagement implements DelegationManagement {

    static final int MAX_SIZE = 10_000;
    static final int MAX_HEAD_NAME = 200;
    private static final int TOKEN_BYTES = 24;

    private final DelegationStore store;
    private final ProjectManagement projects;
    private final ParticipationAccess eventAccess;
    private final EventManagement eventManagement;
    private final OrganisationManagement organisations;
    private final AuditTrail auditTrail;
    private final Clock clock;
    private final SecureRandom random = new SecureRandom();

    DefaultDelegationManagement(
            DelegationStore store,
            ProjectManagement projects,
            ParticipationAccess eventAccess,
            EventManagement eventManagement,
            OrganisationManagement organisations,
            AuditTrail auditTrail,
            Clock clock) {
        this.store = store;
        this.projects = projects;
        this.eventAccess = eventAccess;
        this.eventManagement = eventManagement;
        this.organisations = organisations;
        this.auditTrail = auditTrail;
        this.clock = clock;
    }

    /** What the user may do with one delegation, as {@link ParticipationAccess} decides. */
    private record Access(Row row, EventSummary event, EventRights rights) {
        boolean manages() {
            return rights.may(EventAction.MANAGE_DELEGATION_MEMBERS);
        }

        boolean editor() {
            return rights.may(EventAction.EDIT_EVENT);
        }

        boolean seesLink() {
            return rights.may(EventAction.VIEW_DELEGATION_LINK);
        }

        boolean may(EventAction action) {
            return rights.may(action);
        }

        Access with(Row updated) {
            return new Access(updated, event, rights);
        }
    }

    @Override
    @Transactional
    public DelegationSummary create(SignedInUser editor, long eventId, DelegationDraft draft) {
        ParticipationAccess.OnEvent on = eventAccess
                .onEvent(editor, eventId)
                .filter(found -> found.may(EventAction.VIEW_EVENT))
                .orElseThrow(() -> EventException.notFound(eventId));
        EventSummary event = on.event();
        EventRights rights = on.rights();
        if (!rights.may(EventAction.EDIT_EVENT)) {
            throw EventException.delegationNotAllowed("");
        }
        List<PartnerSummary> partners = projects.partners(editor, event.projectId());
        PartnerSummary partner = partner(editor, event, partners, draft);
        Integer size = checkSize(draft.plannedSize());
        String headName = headName(draft.headName());
        String headEmail = headEmail(draft.headEmail());
        if (store.existsForPartner(eventId, partner.id())) {
            throw EventException.delegationDuplicate();
        }
        long id;
        try {
            id = store.insert(
                    eventId,
                    partner.id(),
                    partner.organisationId(),
                    partner.country(),
                    headName,
                    headEmail,
                    newToken(),
                    clock.instant());
        } catch (DuplicateKeyException e) {
            throw EventException.delegationDuplicate();
        }
        if (size != null) {
            event = plan(editor, event, partner.id(), size);
        }
        Row row = store.find(id).orElseThrow();
        auditTrail.record("event.delegation.created", target(row), size == null ? null : "planned " + size);
        return summary(new Access(row, event, rights), partners, Counts.NONE);
    }

    @Override
    @Transactional
    public DelegationSummary update(SignedInUser user, long delegationId, DelegationDraft draft, long expectedVersion) {
        Access access = access(user, delegationId);
        if (!access.manages()) {
            throw EventException.delegationNotAllowed("");
        }
        Row row = access.row();
        Integer size = checkSize(draft.plannedSize());
        boolean sizeChanges =
                size != null && size != access.event().plannedParticipants().getOrDefault(row.partnerId(), 0);
        if (sizeChanges && !access.editor()) {
            throw EventException.delegationNotAllowed("plannedSize");
        }
        String headName = headName(draft.headName());
        String headEmail = headEmail(draft.headEmail());
        if (row.version() != expectedVersion
                || !store.updateHead(row.id(), headName, headEmail, expectedVersion, clock.instant())) {
            throw EventException.delegationStaleVersion();
        }
        if (sizeChanges) {
            access = new Access(row, plan(user, access.event(), row.partnerId(), size), access.rights());
        }
        Row updated = store.find(row.id()).orElseThrow();
        auditTrail.record("event.delegation.updated", target(updated), sizeChanges ? "planned " + size : null);
        return summary(
                access.with(updated), projects.partners(user, access.event().projectId()), store.counts(row.id()));
    }

    @Override
    @Transactional
    public void delete(SignedInUser editor, long delegationId) {
        Access access = access(editor, delegationId);
        if (!access.editor()) {
            throw EventException.delegationNotAllowed("");
        }
        int members = store.counts(delegationId).active();
        if (members > 0) {
            throw EventException.delegationHasMembers(members);
        }
        store.delete(delegationId);
        auditTrail.record("event.delegation.deleted", target(access.row()), null);
    }

    @Override
    @Transactional(readOnly = true)
    public List<DelegationSummary> forEvent(SignedInUser viewer, long eventId) {
        Optional<ParticipationAccess.OnEvent> on =
                eventAccess.onEvent(viewer, eventId).filter(found -> found.may(EventAction.VIEW_EVENT));
        if (on.isEmpty()) {
            return List.of();
        }
        EventSummary event = on.get().event();
        EventRights rights = on.get().rights();
        List<PartnerSummary> partners = projects.partners(viewer, event.projectId());
        Map<Long, Counts> counts = store.countsForEvent(eventId);
        Locale locale = viewer.locale();
        return store.forEvent(eventId).stream()
                .map(row -> summary(
                        new Access(row, event, rights.forDelegationOf(row.organisationId(), viewer)),
                        partners,
                        counts.getOrDefault(row.id(), Counts.NONE)))
                .sorted(Comparator.comparing(DelegationSummary::country)
                        .thenComparing(summary -> summary.organisationName() == null
                                ? ""
                                : summary.organisationName().in(locale)))
                .toList();
    }

    @Override
    @Transactional(readOnly = true)
    public Optional<DelegationSummary> find(SignedInUser viewer, long delegationId) {
        try {
            Access access = access(viewer, delegationId);
            return Optional.of(
                    summary(access, projects.partners(viewer, access.event().projectId()), store.counts(delegationId)));
        } catch (EventException e) {
            return Optional.empty();
        }
    }

    @Override
    @Transactional(readOnly = true)
    public boolean may(SignedInUser user, EventAction action, long delegationId) {
        try {
            return access(user, delegationId).may(action);
        } catch (EventException e) {
            return false;
        }
    }

    @Override
    @Transactional
    public DelegationSummary regenerateLink(SignedInUser user, long delegationId) {
        Access access = access(user, delegationId);
        if (!access.may(EventAction.REGENERATE_DELEGATION_LINK)) {
            throw EventException.delegationNotAllowed("");
        }
        store.updateLinkToken(delegationId, newToken(), clock.instant());
        Row updated = store.find(delegationId).orElseThrow();
        auditTrail.record("event.delegation.link-regenerated", target(updated), null);
        return summary(
                access.with(updated), projects.partners(user, access.event().projectId()), store.counts(delegationId));
    }

    /** The partner the draft names, among the project's partners; refuses what does not match. */
    private PartnerSummary partner(
            SignedInUser editor, EventSummary event, List<PartnerSummary> partners, DelegationDraft draft) {
        String country = draft.country() == null || draft.country().isBlank()
                ? null
                : draft.country().strip().toUpperCase(Locale.ROOT);
        if (country != null && !Countries.isKnown(country)) {
            throw EventException.delegationUnknownCountry(draft.country().strip());
        }
        PartnerSummary partner;
        if (draft.partnerId() != null) {
            partner = partners.stream()
                    .filter(candidate -> candidate.id() == draft.partnerId())
                    .findFirst()
                    .orElseThrow(() -> EventException.delegationUnknownPartner(draft.partnerId()));
            if (draft.organisationId() != null && !draft.organisationId().equals(partner.organisationId())) {
                throw EventException.delegationNotAPartner(organisationName(editor, draft.organisationId()));
            }
        } else if (draft.organisationId() != null) {
            long organisationId = draft.organisationId();
            String name = organisationName(editor, organisationId);
            partner = partners.stream()
                    .filter(candidate -> Objects.equals(candidate.organisationId(), organisationId))
                    .findFirst()
                    .orElseThrow(() -> EventException.delegationNotAPartner(name));
        } else if (country != null) {
            // A partner the sources name only by its country; with two such partners of one country,
            // the first without a delegation at this event.
            List<PartnerSummary> unnamed = partners.stream()
                    .filter(candidate -> candidate.organisationId() == null
                            && candidate.country().equals(country))
                    .toList();
            if (unnamed.isEmpty()) {
                throw EventException.delegationCountryNotAPartner(country);
            }
            partner = unnamed.stream()
                    .filter(candidate -> !store.existsForPartner(event.id(), candidate.id()))
                    .findFirst()
                    .orElse(unnamed.get(0));
        } else {
            throw EventException.delegationPartnerRequired();
        }
        if (country != null && !country.equals(partner.country())) {
            throw EventException.delegationCountryMismatch(country, partner.country());
        }
        return partner;
    }

    private String organisationName(SignedInUser editor, long organisationId) {
        return organisations
                .find(organisationId)
                .map(found -> found.name(editor.locale()))
                .orElseThrow(() -> EventException.delegationUnknownOrganisation(organisationId));
    }

    /** The event with the partner's new planned size, which the event module keeps. */
    private EventSummary plan(SignedInUser editor, EventSummary event, long partnerId, int size) {
        return eventManagement.plan(editor, event.id(), partnerId, size);
    }

    private Access access(SignedInUser user, long delegationId) {
        Row row = store.find(delegationId).orElseThrow(() -> EventException.delegationNotFound(delegationId));
        ParticipationAccess.OnEvent on = eventAccess
                .onEvent(user, row.eventId())
                .map(found -> found.forDelegationOf(row.organisationId(), user))
                .filter(found -> found.may(EventAction.VIEW_EVENT))
                .orElseThrow(() -> EventException.delegationNotFound(delegationId));
        return new Access(row, on.event(), on.rights());
    }

    private static DelegationSummary summary(Access access, List<PartnerSummary> partners, Counts counts) {
        Row row = access.row();
        Map<Long, PartnerSummary> byId =
                partners.stream().collect(Collectors.toMap(PartnerSummary::id, Function.identity(), (a, b) -> a));
        PartnerSummary partner = byId.get(row.partnerId());
        return new DelegationSummary(
                row.id(),
                row.eventId(),
                row.partnerId(),
                row.organisationId(),
                partner == null ? null : partner.organisationName(),
                row.country(),
                access.event().plannedParticipants().getOrDefault(row.partnerId(), 0),
                row.headName(),
                row.headEmail(),
                counts.active(),
                counts.confirmed(),
                access.seesLink() ? row.linkToken() : null,
                row.version());
    }

    private static @Nullable Integer checkSize(@Nullable Integer size) {
        if (size != null && (size < 0 || size > MAX_SIZE)) {
            throw EventException.delegationSizeOutOfRange(MAX_SIZE);
        }
        return size;
    }

    private static @Nullable String headName(@Nullable String name) {
        if (name == null || name.isBlank()) {
            return null;
        }
        String stripped = name.strip();
        if (stripped.length() > MAX_HEAD_NAME) {
            throw EventException.delegationTextTooLong("headName", MAX_HEAD_NAME);
        }
        return stripped;
    }

    private static @Nullable String headEmail(@Nullable String email) {
        if (email == null || email.isBlank()) {
            return null;
        }
        String stripped = email.strip();
        if (!EmailAddress.isValid(stripped)) {
            throw EventException.delegationInvalidEmail();
        }
        return stripped;
    }

    private String newToken() {
        byte[] bytes = new byte[TOKEN_BYTES];
        random.nextBytes(bytes);
        return Base64.getUrlEncoder().withoutPadding().encodeToString(bytes);
    }

    private static String target(Row row) {
        return "delegation " + row.id() + " (" + row.country() + ", partner " + row.partnerId() + ") of event "
                + row.eventId();
    }
}
