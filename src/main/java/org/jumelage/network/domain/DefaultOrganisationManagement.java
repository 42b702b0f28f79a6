package org.jumelage.network.domain;

import java.time.Clock;
import java.util.ArrayList;
import java.util.Collection;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.Set;
import java.util.regex.Pattern;
import org.jspecify.annotations.Nullable;
import org.jumelage.account.AuditTrail;
import org.jumelage.network.ContactSummary;
import org.jumelage.network.NetworkException;
import org.jumelage.network.NewContact;
import org.jumelage.network.OrganisationChoices;
import org.jumelage.network.OrganisationDraft;
import org.jumelage.network.OrganisationManagement;
import org.jumelage.network.OrganisationSummary;
import org.jumelage.network.TownSummary;
import org.jumelage.network.persistence.TownStore;
import org.jumelage.shared.EmailAddress;
import org.jumelage.shared.LocalizedText;
import org.jumelage.shared.ReadOnlyTransactionMemo;
import org.jumelage.shared.TextLimits;
import org.jumelage.shared.WebAddress;
import org.springframework.dao.DataIntegrityViolationException;
import org.springframework.dao.OptimisticLockingFailureException;
import org.springframework.data.domain.Page;
import org.springframework.data.domain.PageRequest;
import org.springframework.data.domain.Pageable;
import org.springframework.data.support.PageableExecutionUtils;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

@Service
class DefaultOrganisationManagement implements OrganisationManagement {

    static final Pattern PIC = Pattern.compile("\\d{9}");
    static final int MAX_CONTACT_NAME = 200;
    static final int MAX_PHONE = 50;
    static final int MAX_POSITION = 200;

    private final OrganisationRepository organisations;
    private final ContactRepository contacts;
    private final TownStore towns;
    private final AuditTrail auditTrail;
    private final Clock clock;

    /**
     * The organisations' summaries made in this read-only transaction: a dashboard asks for the same
     * partners' organisations for the projects' details, their grant plans and the filter's options.
     */
    private final ReadOnlyTransactionMemo<Long, OrganisationSummary> summaries = new ReadOnlyTransactionMemo<>();

    DefaultOrganisationManagement(
            OrganisationRepository organisations,
            ContactRepository contacts,
            TownStore towns,
            AuditTrail auditTrail,
            Clock clock) {
        this.organisations = organisations;
        this.contacts = contacts;
        this.towns = towns;
        this.auditTrail = auditTrail;
        this.clock = clock;
    }

    @Override
    @Transactional
    public OrganisationSummary create(OrganisationDraft draft) {
        OrganisationFacts facts = check(draft);
        if (facts.pic() != null && organisations.existsByPic(facts.pic())) {
            throw NetworkException.picTaken(facts.pic());
        }
        Organisation organisation = save(new Organisation(facts, clock.instant()), facts);
        auditTrail.record("network.organisation.created", label(organisation), organisation.describe());
        return summary(organisation);
    }

    @Override
    @Transactional
    public OrganisationSummary update(long id, OrganisationDraft draft, long expectedVersion) {
        Organisation organisation = load(id);
        if (organisation.version() != expectedVersion) {
            throw NetworkException.staleVersion();
        }
        OrganisationFacts facts = check(draft);
        if (facts.pic() != null && organisations.existsByPicAndIdNot(facts.pic(), id)) {
            throw NetworkException.picTaken(facts.pic());
        }
        organisation.change(facts, clock.instant());
        save(organisation, facts);
        auditTrail.record("network.organisation.updated", label(organisation), organisation.describe());
        return summary(organisation);
    }

    /** Writes at once, so that a concurrent change or a PIC taken meanwhile is refused here and not at commit. */
    private Organisation save(Organisation organisation, OrganisationFacts facts) {
        try {
            return organisations.saveAndFlush(organisation);
        } catch (OptimisticLockingFailureException e) {
            throw NetworkException.staleVersion();
        } catch (DataIntegrityViolationException e) {
            if (facts.pic() != null) {
                throw NetworkException.picTaken(facts.pic());
            }
            throw e;
        }
    }

    @Override
    @Transactional(readOnly = true)
    public Optional<OrganisationSummary> find(long id) {
        return organisations.findById(id).map(this::summary);
    }

    @Override
    @Transactional(readOnly = true)
    public Map<Long, OrganisationSummary> findAll(Collection<Long> ids) {
        return summaries.get(Set.copyOf(ids), unknown -> {
            List<Organisation> found = organisations.findAllById(unknown);
            Map<Long, String> townNames = townNames(found);
            Map<Long, OrganisationSummary> byId = new LinkedHashMap<>();
            for (Organisation organisation : found) {
                byId.put(organisation.id(), organisation.toSummary(townName(organisation, townNames)));
            }
            return byId;
        });
    }

    @Override
    @Transactional(readOnly = true)
    public List<OrganisationSummary> inTown(long townId) {
        return organisations.inTown(townId).stream().map(this::summary).toList();
    }

    @Override
    @Transactional(readOnly = true)
    public Page<OrganisationSummary> search(String query, @Nullable String country, Pageable pageable) {
        String key = SearchKeys.of(query);
        String code = DefaultTownDirectory.validCountry(country);
        Pageable unsorted = PageRequest.of(pageable.getPageNumber(), pageable.getPageSize());
        List<Organisation> content =
                code == null ? organisations.lookUp(key, unsorted) : organisations.lookUpInCountry(key, code, unsorted);
        // Counted up to a bound (OrganisationManagement.COUNT_LIMIT, or past the next page), and
        // only when the page itself does not tell: a contains-search cannot be counted by index.
        long bound = Math.max(COUNT_LIMIT, unsorted.getOffset() + 2L * unsorted.getPageSize()) + 1;
        Page<Organisation> page = PageableExecutionUtils.getPage(
                content,
                unsorted,
                () -> code == null
                        ? organisations.countUpTo(key, bound)
                        : organisations.countInCountryUpTo(key, code, bound));
        Map<Long, String> townNames = townNames(content);
        return page.map(organisation -> organisation.toSummary(townName(organisation, townNames)));
    }

    @Override
    @Transactional(readOnly = true)
    public OrganisationChoices choices(String query, @Nullable Long chosenId) {
        List<Organisation> found = new ArrayList<>(
                organisations.lookUp(SearchKeys.of(query), PageRequest.of(0, OrganisationChoices.LIMIT + 1)));
        boolean more = found.size() > OrganisationChoices.LIMIT;
        if (more) {
            found.remove(OrganisationChoices.LIMIT);
        }
        Long selected = null;
        if (chosenId != null) {
            if (found.stream().noneMatch(organisation -> organisation.id() == chosenId)) {
                organisations.findById(chosenId).ifPresent(chosen -> found.add(0, chosen));
            }
            selected = found.stream().anyMatch(organisation -> organisation.id() == chosenId) ? chosenId : null;
        } else if (!query.isBlank() && !found.isEmpty()) {
            selected = found.get(0).id();
        }
        Map<Long, String> townNames = townNames(found);
        return new OrganisationChoices(
                query.strip(),
                found.stream()
                        .map(organisation -> organisation.toSummary(townName(organisation, townNames)))
                        .toList(),
                selected,
                more);
    }

    @Override
    @Transactional(readOnly = true)
    public List<ContactSummary> contacts(long organisationId) {
        load(organisationId);
        return contacts.findByOrganisationIdOrderById(organisationId).stream()
                .map(Contact::toSummary)
                .toList();
    }

    @Override
    @Transactional
    public ContactSummary addContact(long organisationId, NewContact contact) {
        Organisation organisation = load(organisationId);
        String name = trimmed(contact.name());
        if (name == null) {
            throw NetworkException.contactNameMissing();
        }
        checkLength("name", name, MAX_CONTACT_NAME);
        String email = trimmed(contact.email());
        if (email != null && !EmailAddress.isValid(email)) {
            throw NetworkException.contactEmailInvalid();
        }
        String phone = trimmed(contact.phone());
        checkLength("phone", phone, MAX_PHONE);
        String position = trimmed(contact.position());
        checkLength("position", position, MAX_POSITION);
        Contact saved = contacts.save(new Contact(organisationId, name, email, phone, position, clock.instant()));
        auditTrail.record("network.organisation.contact-added", label(organisation), name);
        return saved.toSummary();
    }

    @Override
    @Transactional
    public void removeContact(long organisationId, long contactId) {
        Organisation organisation = load(organisationId);
        Contact contact = contacts.findByIdAndOrganisationId(contactId, organisationId)
                .orElseThrow(() -> NetworkException.contactNotFound(contactId));
        contacts.delete(contact);
        auditTrail.record("network.organisation.contact-removed", label(organisation), contact.name());
    }

    /** Checks a draft against the rules and tidies it; refuses the first rule it breaks. */
    private OrganisationFacts check(OrganisationDraft draft) {
        LocalizedText names = draft.names();
        if (names.isEmpty()) {
            throw NetworkException.nameMissing();
        }
        if ((names.lv() != null && names.lv().length() > NetworkException.MAX_NAME)
                || (names.en() != null && names.en().length() > NetworkException.MAX_NAME)) {
            throw NetworkException.nameTooLong();
        }
        if (draft.type() == null) {
            throw NetworkException.typeInvalid("");
        }
        String country = DefaultTownDirectory.validCountry(draft.country());
        TownSummary town = null;
        if (draft.townId() != null) {
            town = towns.find(draft.townId()).orElseThrow(() -> NetworkException.unknownTown(draft.townId()));
        }
        if (country == null) {
            if (town == null) {
                throw NetworkException.countryMissing();
            }
            country = town.country();
        }
        String website = trimmed(draft.website());
        if (website != null) {
            checkLength("website", website, WebAddress.MAX_LENGTH);
            if (!WebAddress.isValid(website)) {
                throw NetworkException.websiteInvalid();
            }
        }
        String pic = trimmed(draft.pic());
        if (pic != null && !PIC.matcher(pic).matches()) {
            throw NetworkException.picInvalid();
        }
        return new OrganisationFacts(names, draft.type(), draft.townId(), country, website, pic);
    }

    private static void checkLength(String field, @Nullable String text, int max) {
        if (TextLimits.tooLong(text, max)) {
            throw NetworkException.textTooLong(field, max);
        }
    }

    private static @Nullable String trimmed(@Nullable String text) {
        return TextLimits.stripToNull(text);
    }

    private Organisation load(long id) {
        return organisations.findById(id).orElseThrow(() -> NetworkException.organisationNotFound(id));
    }

    private OrganisationSummary summary(Organisation organisation) {
        Long townId = organisation.townId();
        String townName = townId == null
                ? null
                : towns.find(townId).map(TownSummary::name).orElse(null);
        return organisation.toSummary(townName);
    }

    private Map<Long, String> townNames(Collection<Organisation> found) {
        Set<Long> townIds = new HashSet<>();
        found.stream().map(Organisation::townId).filter(Objects::nonNull).forEach(townIds::add);
        Map<Long, String> names = new LinkedHashMap<>();
        towns.findAll(townIds).forEach(town -> names.put(town.id(), town.name()));
        return names;
    }

    private static @Nullable String townName(Organisation organisation, Map<Long, String> townNames) {
        Long townId = organisation.townId();
        return townId == null ? null : townNames.get(townId);
    }

    private static String label(Organisation organisation) {
        return organisation.names().in(Locale.ENGLISH) + " (#" + organisation.id() + ")";
    }
}
