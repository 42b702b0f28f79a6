package org.jumelage.network;

import java.util.List;
import java.util.Optional;
import org.jspecify.annotations.Nullable;
import org.jumelage.account.SignedInUser;

/**
 * Port: the projects of this instance as the network needs them for partner search, maps and the
 * cooperation graph. Implemented by the {@code project} module (which depends on {@code network},
 * not the other way round). Deleted projects are never answered.
 */
public interface NetworkProjects {

    /**
     * Every project that is not deleted, by id, whoever asks: only for what is computed over the
     * whole instance and shows no project the viewer may not see (counts, figures, reasons naming a
     * town).
     */
    List<NetworkProject> allUnrestricted();

    /** How many earlier projects {@link #pastPartnerTowns} reads per reason. */
    int PAST_PROJECTS = 200;

    /**
     * The towns of the partner organisations of the latest {@link #PAST_PROJECTS} projects (by
     * first day, then newest recorded) that are not deleted, other than {@code exceptProjectId}, of
     * the measure (its code, in any case; {@code null} for none), and of the latest {@link
     * #PAST_PROJECTS} on one of the themes, whoever asks: partner search names such a town only by
     * its reason. Bounded so that a search reads a few hundred projects by index, not the instance
     * (at the EU-size data set a measure has 3,300 projects with partners in 12,584 towns).
     */
    PastPartnerTowns pastPartnerTowns(
            @Nullable String measure, java.util.Set<String> themes, @Nullable Long exceptProjectId);

    /** The project when the viewer may see it ({@code ProjectManagement.canView}), else empty. */
    Optional<NetworkProject> viewable(SignedInUser viewer, long projectId);

    /** Whether the viewer may change the project (and so add a partner to it). */
    boolean editable(SignedInUser viewer, long projectId);

    /** The projects an organisation leads or is a partner of, that the viewer may see. */
    List<NetworkProject> ofOrganisation(SignedInUser viewer, long organisationId);

    /** The projects with a partner organisation in the gazetteer town, that the viewer may see, by id. */
    List<NetworkProject> inTown(SignedInUser viewer, long townId);
}
