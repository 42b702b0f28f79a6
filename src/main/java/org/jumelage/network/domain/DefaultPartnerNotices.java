package org.jumelage.network.domain;

import java.time.Clock;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.List;
import java.util.Optional;
import org.jumelage.account.AuditTrail;
import org.jumelage.account.SignedInUser;
import org.jumelage.network.NetworkException;
import org.jumelage.network.NetworkMeasures;
import org.jumelage.network.NoticeDraft;
import org.jumelage.network.NoticeStatus;
import org.jumelage.network.OrganisationPermissions;
import org.jumelage.network.PartnerNotice;
import org.jumelage.network.PartnerNotices;
import org.jumelage.network.persistence.NoticeStore;
import org.springframework.data.domain.Page;
import org.springframework.data.domain.Pageable;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

@Service
class DefaultPartnerNotices implements PartnerNotices {

    /** The public site counts days in Latvia, where its readers are. */
    static final ZoneId ZONE = ZoneId.of("Europe/Riga");

    private final NoticeStore store;
    private final OrganisationRepository organisations;
    private final NetworkMeasures measures;
    private final AuditTrail auditTrail;
    private final Clock clock;

    DefaultPartnerNotices(
            NoticeStore store,
            OrganisationRepository organisations,
            NetworkMeasures measures,
            AuditTrail auditTrail,
            Clock clock) {
        this.store = store;
        this.organisations = organisations;
        this.measures = measures;
        this.auditTrail = auditTrail;
        this.clock = clock;
    }

    @Override
    public LocalDate today() {
        return LocalDate.ofInstant(clock.instant(), ZONE);
    }

    @Override
    @Transactional(readOnly = true)
    public Page<PartnerNotice> current(Pageable pageable) {
        return store.current(today(), pageable).map(this::named);
    }

    @Override
    @Transactional(readOnly = true)
    public Optional<PartnerNotice> current(long id) {
        return store.findCurrent(id, today()).map(this::named);
    }

    @Override
    @Transactional(readOnly = true)
    public Optional<PartnerNotice> find(long id) {
        return store.find(id).map(this::named);
    }

    @Override
    @Transactional(readOnly = true)
    public Page<PartnerNotice> all(Pageable pageable) {
        return store.all(pageable).map(this::named);
    }

    @Override
    @Transactional(readOnly = true)
    public List<PartnerNotice> ofOrganisation(long organisationId) {
        return store.ofOrganisation(organisationId).stream().map(this::named).toList();
    }

    @Override
    @Transactional
    public PartnerNotice publish(SignedInUser actor, long organisationId, NoticeDraft draft) {
        if (!OrganisationPermissions.mayEdit(actor, organisationId)) {
            throw NetworkException.noticeForbidden();
        }
        if (!organisations.existsById(organisationId)) {
            throw NetworkException.organisationNotFound(organisationId);
        }
        NoticeDraft checked = check(draft);
        long id = store.insert(organisationId, checked, checked.townSize(), clock.instant());
        PartnerNotice notice = load(id);
        auditTrail.record("network.notice.published", label(notice), describe(notice));
        return notice;
    }

    @Override
    @Transactional
    public PartnerNotice update(SignedInUser actor, long id, NoticeDraft draft, long expectedVersion) {
        PartnerNotice notice = editable(actor, id);
        NoticeDraft checked = check(draft);
        if (!store.update(id, checked, checked.townSize(), expectedVersion, clock.instant())) {
            throw NetworkException.staleVersion();
        }
        PartnerNotice changed = load(notice.id());
        auditTrail.record("network.notice.updated", label(changed), describe(changed));
        return changed;
    }

    @Override
    @Transactional
    public PartnerNotice withdraw(SignedInUser actor, long id) {
        PartnerNotice notice = editable(actor, id);
        if (notice.status() == NoticeStatus.WITHDRAWN) {
            return notice;
        }
        store.withdraw(id, clock.instant());
        PartnerNotice withdrawn = load(id);
        auditTrail.record("network.notice.withdrawn", label(withdrawn), null);
        return withdrawn;
    }

    private PartnerNotice editable(SignedInUser actor, long id) {
        PartnerNotice notice = load(id);
        if (!OrganisationPermissions.mayEdit(actor, notice.organisationId())) {
            throw NetworkException.noticeForbidden();
        }
        return notice;
    }

    private NoticeDraft check(NoticeDraft draft) {
        return NoticeRules.check(draft, today(), code -> measures.measure(code).isPresent());
    }

    private PartnerNotice load(long id) {
        return store.find(id).map(this::named).orElseThrow(() -> NetworkException.noticeNotFound(id));
    }

    private PartnerNotice named(PartnerNotice notice) {
        if (notice.measureCode() == null) {
            return notice;
        }
        return measures.measure(notice.measureCode())
                .map(measure -> new PartnerNotice(
                        notice.id(),
                        notice.organisationId(),
                        notice.organisationName(),
                        notice.townName(),
                        notice.country(),
                        notice.title(),
                        notice.idea(),
                        notice.theme(),
                        notice.sought(),
                        notice.measureCode(),
                        measure.name(),
                        notice.callDeadline(),
                        notice.townSize(),
                        notice.languages(),
                        notice.expiresOn(),
                        notice.status(),
                        notice.updatedAt(),
                        notice.version()))
                .orElse(notice);
    }

    private static String label(PartnerNotice notice) {
        return "notice " + notice.id() + " of organisation " + notice.organisationId();
    }

    private static String describe(PartnerNotice notice) {
        return "title=" + notice.title().in(java.util.Locale.ENGLISH) + "; measure=" + notice.measureCode()
                + "; expires=" + notice.expiresOn();
    }
}
