package org.jumelage.support;

import java.util.Set;
import org.jumelage.account.AccountManagement;
import org.jumelage.account.NewUser;
import org.jumelage.account.Role;
import org.jumelage.network.OrganisationDraft;
import org.jumelage.network.OrganisationManagement;
import org.jumelage.network.OrganisationSummary;
import org.jumelage.network.OrganisationType;
import org.jumelage.shared.LocalizedText;

/** Object mother for the registry: organisations in real gazetteer towns, and their people with API tokens. */
public final class RegistryFixtures {

    public static final long DAUGAVPILS = 460413L;
    public static final long KAUNAS = 598316L;
    public static final long POZNAN = 3088171L;
    public static final long LODZ = 3093133L;

    private final OrganisationManagement organisations;
    private final AccountManagement accounts;

    public RegistryFixtures(OrganisationManagement organisations, AccountManagement accounts) {
        this.organisations = organisations;
        this.accounts = accounts;
    }

    /** A municipality in a town, with a unique name. */
    public OrganisationSummary municipality(long town, String country, String name) {
        String unique = name + " " + java.util.UUID.randomUUID().toString().substring(0, 6);
        return organisations.create(new OrganisationDraft(
                LocalizedText.of(unique, unique), OrganisationType.MUNICIPALITY, town, country, null, null));
    }

    /** A member of the organisation with the role, answered as "Bearer <token>". */
    public String memberToken(OrganisationSummary organisation, Role role) {
        String email = TestUsers.uniqueEmail(role.name().toLowerCase(java.util.Locale.ROOT));
        long id = accounts.createUser(new NewUser(email, "Member", TestUsers.PASSWORD, "en", Set.of(role)))
                .id();
        accounts.setOrganisation(id, organisation.id());
        return "Bearer " + accounts.createApiToken(id, "tests").secret();
    }

    /** A member of the organisation with the role; returns the e-mail (password {@link TestUsers#PASSWORD}). */
    public String member(OrganisationSummary organisation, Role role) {
        String email = TestUsers.uniqueEmail(role.name().toLowerCase(java.util.Locale.ROOT));
        long id = accounts.createUser(new NewUser(email, "Member", TestUsers.PASSWORD, "lv", Set.of(role)))
                .id();
        accounts.setOrganisation(id, organisation.id());
        return email;
    }
}
