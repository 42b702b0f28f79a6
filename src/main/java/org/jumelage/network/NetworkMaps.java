package org.jumelage.network;

import java.util.Locale;
import java.util.Optional;
import org.jumelage.account.SignedInUser;

/**
 * The towns of a project and of an organisation's network, placed for a map. Reads projects through
 * {@link NetworkProjects} (so a viewer sees only projects they may see), links through {@link
 * Twinnings} and coordinates from the {@link TownDirectory}.
 */
public interface NetworkMaps {

    /**
     * A project's towns: the lead's and every partner's, each with the organisations there.
     *
     * @return empty when the project does not exist or the viewer may not see it
     */
    Optional<NetworkMap> ofProject(SignedInUser viewer, long projectId, Locale locale);

    /**
     * An organisation's network: its town, its town's twins (the other side of every link) and the
     * towns of the partners of its projects the viewer may see.
     *
     * @return empty when the organisation does not exist
     */
    Optional<NetworkMap> ofOrganisation(SignedInUser viewer, long organisationId, Locale locale);
}
