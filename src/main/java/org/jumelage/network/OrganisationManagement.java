package org.jumelage.network;

import java.util.Collection;
import java.util.Map;
import java.util.Optional;
import org.jspecify.annotations.Nullable;
import org.springframework.data.domain.Page;
import org.springframework.data.domain.Pageable;

public interface OrganisationManagement {
    OrganisationSummary create(OrganisationDraft draft);

    Optional<OrganisationSummary> find(long id);

    Map<Long, OrganisationSummary> findAll(Collection<Long> ids);

    Page<OrganisationSummary> search(String query, @Nullable String country, Pageable pageable);

    ContactSummary addContact(long organisationId, NewContact contact);
}
