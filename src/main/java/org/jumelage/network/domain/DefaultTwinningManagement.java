package org.jumelage.network.domain;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.time.Clock;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.Arrays;
import java.util.Locale;
import java.util.Optional;
import java.util.Set;
import java.util.UUID;
import java.util.stream.Collectors;
import org.jspecify.annotations.Nullable;
import org.jumelage.account.AuditTrail;
import org.jumelage.account.Role;
import org.jumelage.account.SignedInUser;
import org.jumelage.network.NetworkException;
import org.jumelage.network.TownSummary;
import org.jumelage.network.TwinCharter;
import org.jumelage.network.TwinKind;
import org.jumelage.network.TwinLink;
import org.jumelage.network.TwinLinkChange;
import org.jumelage.network.TwinLinkDraft;
import org.jumelage.network.TwinLinksChanged;
import org.jumelage.network.TwinStatus;
import org.jumelage.network.TwinTown;
import org.jumelage.network.TwinningManagement;
import org.jumelage.network.persistence.TownStore;
import org.jumelage.network.persistence.TwinLinkRow;
import org.jumelage.network.persistence.TwinLinkStore;
import org.jumelage.shared.TextLimits;
import org.jumelage.storage.FileStorage;
import org.jumelage.storage.StoredFile;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.dao.DataIntegrityViolationException;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;
import org.springframework.transaction.support.TransactionSynchronization;
import org.springframework.transaction.support.TransactionSynchronizationManager;

@Service
class DefaultTwinningManagement implements TwinningManagement {

    static final int MAX_MANAGED_BY = 200;
    static final int MAX_NAME = 200;
    static final String PDF = "application/pdf";

    private static final Logger log = LoggerFactory.getLogger(DefaultTwinningManagement.class);

    /** ISO 3166-1 alpha-2 codes of every country (a partner may be outside Europe), plus Kosovo's XK as GeoNames uses it. */
    private static final Set<String> ANY_COUNTRY = Arrays.stream(Locale.getISOCountries())
            .collect(Collectors.collectingAndThen(Collectors.toSet(), codes -> {
                codes.add("XK");
                return Set.copyOf(codes);
            }));

    private final TwinLinkStore links;
    private final TownStore towns;
    private final OrganisationRepository organisations;
    private final FileStorage storage;
    private final AuditTrail auditTrail;
    private final ApplicationEventPublisher events;
    private final Clock clock;

    DefaultTwinningManagement(
            TwinLinkStore links,
            TownStore towns,
            OrganisationRepository organisations,
            FileStorage storage,
            AuditTrail auditTrail,
            ApplicationEventPublisher events,
            Clock clock) {
        this.links = links;
        this.towns = towns;
        this.organisations = organisations;
        this.storage = storage;
        this.auditTrail = auditTrail;
        this.events = events;
        this.clock = clock;
    }

    @Override
    @Transactional(readOnly = true)
    public boolean mayManageTown(SignedInUser user, long townId) {
        if (user.hasRole(Role.ADMIN)) {
            return true;
        }
        Long organisationId = user.organisationId();
        if (!user.hasRole(Role.COORDINATOR) || organisationId == null) {
            return false;
        }
        return ownTown(organisationId).map(own -> own == townId).orElse(false);
    }

    @Override
    @Transactional(readOnly = true)
    public Optional<Long> ownTown(long organisationId) {
        return organisations.findById(organisationId).map(Organisation::townId);
    }

    @Override
    @Transactional(readOnly = true)
    public boolean mayManage(SignedInUser user, TwinLink link) {
        if (user.hasRole(Role.ADMIN)) {
            return true;
        }
        return (link.townA().id() != null && mayManageTown(user, link.townA().id()))
                || (link.townB().id() != null
                        && mayManageTown(user, link.townB().id()));
    }

    @Override
    @Transactional
    public TwinLink add(SignedInUser actor, TwinLinkDraft draft) {
        TownSummary own =
                towns.find(draft.townId()).orElseThrow(() -> NetworkException.twinUnknownTown("town", draft.townId()));
        if (!mayManageTown(actor, own.id())) {
            throw NetworkException.twinNotAllowed();
        }
        TwinTown a = new TwinTown(own.id(), own.name(), own.country());
        TwinTown b = partner(draft.partner());
        if (PairKeys.sameTown(a, b)) {
            throw NetworkException.twinSameTown();
        }
        Facts facts = check(draft.kind(), draft.status(), draft.since(), draft.until(), draft.managedBy());
        String pairKey = PairKeys.of(a, b);
        if (links.findByPair(pairKey).isPresent()) {
            throw NetworkException.twinDuplicate(b.name());
        }
        Instant now = clock.instant();
        String recorder = recorderName(actor);
        long id;
        try {
            id = links.insert(new TwinLinkRow(
                    0,
                    pairKey,
                    a.id(),
                    a.name(),
                    a.country(),
                    b.id(),
                    b.name(),
                    b.country(),
                    facts.kind().name(),
                    facts.status().name(),
                    facts.since(),
                    facts.until(),
                    facts.managedBy(),
                    recorder,
                    null,
                    false,
                    actor.organisationId(),
                    null,
                    0,
                    now,
                    now));
        } catch (DataIntegrityViolationException e) {
            throw NetworkException.twinDuplicate(b.name());
        }
        TwinLink link = load(id);
        auditTrail.record("network.twinning.added", label(link), describe(link));
        events.publishEvent(new TwinLinksChanged(id));
        return link;
    }

    @Override
    @Transactional
    public TwinLink change(SignedInUser actor, long linkId, TwinLinkChange change, long expectedVersion) {
        TwinLinkRow row = managed(actor, linkId, expectedVersion);
        Facts facts = check(change.kind(), change.status(), change.since(), change.until(), change.managedBy());
        TwinLink link = write(row, facts, row.charter());
        auditTrail.record("network.twinning.changed", label(link), describe(link));
        events.publishEvent(new TwinLinksChanged(linkId));
        return link;
    }

    @Override
    @Transactional
    public TwinLink end(SignedInUser actor, long linkId, int until, long expectedVersion) {
        TwinLinkRow row = managed(actor, linkId, expectedVersion);
        Facts facts = check(row.kind(), TwinStatus.ENDED.name(), row.since(), until, row.managedBy());
        TwinLink link = write(row, facts, row.charter());
        auditTrail.record("network.twinning.ended", label(link), describe(link));
        events.publishEvent(new TwinLinksChanged(linkId));
        return link;
    }

    @Override
    @Transactional
    public void remove(SignedInUser actor, long linkId, long expectedVersion) {
        TwinLinkRow row = managed(actor, linkId, expectedVersion);
        if (!links.delete(linkId, expectedVersion)) {
            throw NetworkException.twinStaleVersion();
        }
        TwinLink link = TwinLinkRows.link(row);
        TwinLinkRow.Charter charter = row.charter();
        if (charter != null) {
            deleteAfterCommit(charter.key());
        }
        auditTrail.record("network.twinning.removed", label(link), describe(link));
        events.publishEvent(new TwinLinksChanged(linkId));
    }

    @Override
    @Transactional
    public TwinLink attachCharter(SignedInUser actor, long linkId, String fileName, InputStream content) {
        TwinLinkRow row = links.find(linkId).orElseThrow(() -> NetworkException.twinNotFound(linkId));
        if (!mayManage(actor, TwinLinkRows.link(row))) {
            throw NetworkException.twinNotAllowed();
        }
        byte[] bytes;
        try {
            bytes = content.readNBytes((int) MAX_CHARTER_SIZE + 1);
        } catch (IOException e) {
            throw NetworkException.charterStorageFailed();
        }
        if (bytes.length == 0) {
            throw NetworkException.charterMissing();
        }
        if (bytes.length > MAX_CHARTER_SIZE) {
            throw NetworkException.charterTooLarge((int) (MAX_CHARTER_SIZE / (1024 * 1024)));
        }
        if (!isPdf(bytes)) {
            throw NetworkException.charterNotPdf();
        }
        String key = "twinning/" + linkId + "/charter/" + UUID.randomUUID();
        StoredFile stored;
        try {
            stored = storage.put(key, new ByteArrayInputStream(bytes), PDF);
        } catch (IOException e) {
            log.warn("Could not store the charter of link {}", linkId, e);
            throw NetworkException.charterStorageFailed();
        }
        deleteOnRollback(key);
        TwinLinkRow.Charter previous = row.charter();
        TwinLinkRow.Charter charter = new TwinLinkRow.Charter(key, safeFileName(fileName), PDF, stored.size());
        Facts facts = new Facts(
                TwinKind.valueOf(row.kind()),
                TwinStatus.valueOf(row.status()),
                row.since(),
                row.until(),
                row.managedBy());
        TwinLink link = write(row, facts, charter);
        if (previous != null) {
            deleteAfterCommit(previous.key());
        }
        auditTrail.record(
                "network.twinning.charter-attached", label(link), charter.fileName() + " " + stored.size() + " bytes");
        events.publishEvent(new TwinLinksChanged(linkId));
        return link;
    }

    @Override
    @Transactional(readOnly = true)
    public Optional<TwinCharter> charter(long linkId) {
        return links.find(linkId)
                .map(TwinLinkRow::charter)
                .map(charter -> new TwinCharter(charter.fileName(), charter.contentType(), charter.size()));
    }

    @Override
    @Transactional(readOnly = true)
    public Optional<InputStream> openCharter(long linkId) {
        Optional<TwinLinkRow.Charter> charter = links.find(linkId).map(TwinLinkRow::charter);
        if (charter.isEmpty()) {
            return Optional.empty();
        }
        try {
            return storage.open(charter.get().key());
        } catch (IOException e) {
            log.warn("Could not open the charter of link {}", linkId, e);
            return Optional.empty();
        }
    }

    /** The checked facts of a link. */
    record Facts(
            TwinKind kind,
            TwinStatus status,
            @Nullable Integer since,
            @Nullable Integer until,
            @Nullable String managedBy) {}

    /** Checks the facts against the rules; refuses the first rule broken. */
    Facts check(
            @Nullable String kind,
            @Nullable String status,
            @Nullable Integer since,
            @Nullable Integer until,
            @Nullable String managedBy) {
        TwinKind checkedKind = parse(TwinKind.class, kind, NetworkException::twinKindInvalid);
        TwinStatus checkedStatus = parse(TwinStatus.class, status, NetworkException::twinStatusInvalid);
        int thisYear = clock.instant().atZone(ZoneOffset.UTC).getYear();
        checkYear("since", since, thisYear);
        checkYear("until", until, thisYear);
        if (until != null && checkedStatus != TwinStatus.ENDED) {
            throw NetworkException.twinUntilNotEnded();
        }
        if (since != null && until != null && until < since) {
            throw NetworkException.twinUntilBeforeSince(since, until);
        }
        String manager = TextLimits.stripToNull(managedBy);
        if (TextLimits.tooLong(manager, MAX_MANAGED_BY)) {
            throw NetworkException.textTooLong("managedBy", MAX_MANAGED_BY);
        }
        return new Facts(checkedKind, checkedStatus, since, until, manager);
    }

    private static void checkYear(String field, @Nullable Integer year, int thisYear) {
        if (year != null && (year < MIN_YEAR || year > thisYear)) {
            throw NetworkException.twinYearInvalid(field, MIN_YEAR, thisYear);
        }
    }

    private static <E extends Enum<E>> E parse(
            Class<E> type, @Nullable String value, java.util.function.Function<String, NetworkException> refusal) {
        String text = value == null ? "" : value.strip().toUpperCase(Locale.ROOT);
        for (E constant : type.getEnumConstants()) {
            if (constant.name().equals(text)) {
                return constant;
            }
        }
        throw refusal.apply(value == null ? "" : value.strip());
    }

    /** The other side: a gazetteer town by id, else a town outside it by name and country. */
    private TwinTown partner(@Nullable TwinTown partner) {
        if (partner == null) {
            throw NetworkException.twinPartnerMissing();
        }
        Long id = partner.id();
        if (id != null) {
            TownSummary town = towns.find(id).orElseThrow(() -> NetworkException.twinUnknownTown("partner", id));
            return new TwinTown(town.id(), town.name(), town.country());
        }
        String name = TextLimits.stripToNull(partner.name());
        if (name == null || SearchKeys.of(name).isEmpty()) {
            throw NetworkException.twinPartnerMissing();
        }
        if (TextLimits.tooLong(name, MAX_NAME)) {
            throw NetworkException.textTooLong("partner", MAX_NAME);
        }
        String country =
                partner.country() == null ? "" : partner.country().strip().toUpperCase(Locale.ROOT);
        if (!ANY_COUNTRY.contains(country)) {
            throw NetworkException.twinCountryInvalid(
                    partner.country() == null ? "" : partner.country().strip());
        }
        return new TwinTown(null, name, country);
    }

    private TwinLinkRow managed(SignedInUser actor, long linkId, long expectedVersion) {
        TwinLinkRow row = links.find(linkId).orElseThrow(() -> NetworkException.twinNotFound(linkId));
        if (!mayManage(actor, TwinLinkRows.link(row))) {
            throw NetworkException.twinNotAllowed();
        }
        if (row.version() != expectedVersion) {
            throw NetworkException.twinStaleVersion();
        }
        return row;
    }

    private TwinLink write(TwinLinkRow row, Facts facts, TwinLinkRow.@Nullable Charter charter) {
        TwinLinkRow changed = new TwinLinkRow(
                row.id(),
                row.pairKey(),
                row.townAId(),
                row.townAName(),
                row.townACountry(),
                row.townBId(),
                row.townBName(),
                row.townBCountry(),
                facts.kind().name(),
                facts.status().name(),
                facts.since(),
                facts.until(),
                facts.managedBy(),
                row.source(),
                row.sourceDetail(),
                row.imported(),
                row.recordedBy(),
                charter,
                row.version(),
                row.createdAt(),
                clock.instant());
        if (!links.update(changed)) {
            throw NetworkException.twinStaleVersion();
        }
        return load(row.id());
    }

    private TwinLink load(long id) {
        return links.find(id).map(TwinLinkRows::link).orElseThrow(() -> NetworkException.twinNotFound(id));
    }

    /** The organisation's name as the link's source, or "Administrator" for an administrator without one. */
    private String recorderName(SignedInUser actor) {
        Long organisationId = actor.organisationId();
        if (organisationId != null) {
            Optional<String> name = organisations
                    .findById(organisationId)
                    .map(organisation -> organisation.names().in(Locale.ENGLISH));
            if (name.isPresent()) {
                return name.get();
            }
        }
        return actor.displayName();
    }

    static boolean isPdf(byte[] bytes) {
        return bytes.length >= 5
                && bytes[0] == '%'
                && bytes[1] == 'P'
                && bytes[2] == 'D'
                && bytes[3] == 'F'
                && bytes[4] == '-';
    }

    /** The file name without folders or characters a download header would trip on, ending in .pdf. */
    static String safeFileName(@Nullable String fileName) {
        String name = fileName == null ? "" : fileName.replace('\\', '/');
        name = name.substring(name.lastIndexOf('/') + 1)
                .replaceAll("[^\\p{L}\\p{N}._ -]", "_")
                .strip();
        if (name.length() > 150) {
            name = name.substring(name.length() - 150);
        }
        if (name.isEmpty() || name.startsWith(".")) {
            name = "charter" + name;
        }
        return name.toLowerCase(Locale.ROOT).endsWith(".pdf") ? name : name + ".pdf";
    }

    private static String label(TwinLink link) {
        return side(link.townA()) + " – " + side(link.townB());
    }

    private static String side(TwinTown town) {
        return town.name() + " (" + town.country() + (town.id() == null ? "" : ", " + town.id()) + ")";
    }

    private static String describe(TwinLink link) {
        return "link " + link.id() + " " + link.kind() + " " + link.status() + " since " + link.since() + " until "
                + link.until() + (link.managedBy() == null ? "" : " managed by " + link.managedBy());
    }

    private void deleteOnRollback(String key) {
        afterCompletion(key, TransactionSynchronization.STATUS_ROLLED_BACK);
    }

    private void deleteAfterCommit(String key) {
        afterCompletion(key, TransactionSynchronization.STATUS_COMMITTED);
    }

    private void afterCompletion(String key, int when) {
        TransactionSynchronizationManager.registerSynchronization(new TransactionSynchronization() {
            @Override
            public void afterCompletion(int status) {
                if (status == when) {
                    try {
                        storage.delete(key);
                    } catch (IOException e) {
                        log.warn("Could not delete the file {}", key, e);
                    }
                }
            }
        });
    }
}
