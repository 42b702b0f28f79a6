package org.jumelage.network;

import java.util.Collection;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.jspecify.annotations.Nullable;
import org.springframework.data.domain.Page;
import org.springframework.data.domain.Pageable;

/**
 * Organisations that take part in projects, and their contact persons. Every change is written to
 * the audit trail in the same transaction. Refusals are {@link NetworkException}s; the caller
 * checks permissions (see {@link CanEditOrganisation}).
 */
public interface OrganisationManagement {

    /** Creates an organisation; refuses a missing or too long name, an unknown country or town, a bad or taken PIC, a website that is not http(s). */
    OrganisationSummary create(OrganisationDraft draft);

    /**
     * Replaces an organisation's data. Refuses with a {@code CONFLICT} ({@link
     * NetworkException#staleVersion}) when the organisation changed since {@code expectedVersion}:
     * nothing is overwritten. Otherwise the same rules as {@link #create}.
     */
    OrganisationSummary update(long id, OrganisationDraft draft, long expectedVersion);

    Optional<OrganisationSummary> find(long id);

    /** The organisations of the given ids that exist, by id. */
    Map<Long, OrganisationSummary> findAll(Collection<Long> ids);

    /** The organisations of a town, municipalities first (then in the order they were registered). */
    List<OrganisationSummary> inTown(long townId);

    /** Up to how many organisations {@link #search} counts (see there). */
    int COUNT_LIMIT = 1_000;

    /**
     * Organisations whose name in either language contains {@code query}, ignoring case and
     * accents (an empty query lists all), optionally of one country, ordered by name. The page's
     * total is exact when at most {@link #COUNT_LIMIT} organisations match, or when the page is
     * the last; otherwise it is a lower bound, at least {@link #COUNT_LIMIT} and at least one more
     * page than the one asked for (a contains-search is counted by reading the names, so at
     * 100,000 organisations it stops counting).
     */
    Page<OrganisationSummary> search(String query, @Nullable String country, Pageable pageable);

    /**
     * What an organisation picker offers: the first {@link OrganisationChoices#LIMIT} organisations
     * of {@link #search} (name contains {@code query}, all countries, by name), read without
     * counting the rest, and the chosen organisation ahead of them when it exists and is not among
     * them. The selected one is the chosen one, else the first match of a non-blank query, else
     * none. {@code chosenId} may be null.
     */
    OrganisationChoices choices(String query, @Nullable Long chosenId);

    /** The organisation's contacts in the order they were added; refuses an unknown organisation. */
    List<ContactSummary> contacts(long organisationId);

    /** Adds a contact; refuses a missing name or an invalid e-mail. */
    ContactSummary addContact(long organisationId, NewContact contact);

    /** Removes a contact; refuses a contact that is not the organisation's. */
    void removeContact(long organisationId, long contactId);
}
