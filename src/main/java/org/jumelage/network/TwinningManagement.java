package org.jumelage.network;

import java.io.InputStream;
import java.util.Optional;
import org.jumelage.account.SignedInUser;

/**
 * Changes to the links between towns. An administrator manages every link; a coordinator manages
 * the links of their organisation's town (one side is {@code organisation.town_id}). Every change
 * is checked first (nothing is stored when a rule is broken: a {@link NetworkException} says
 * which), audited in the same transaction, and publishes {@link TwinLinksChanged} in it, so that a
 * {@code @TransactionalEventListener} (or Spring Modulith's {@code @ApplicationModuleListener})
 * hears of it after the commit.
 */
public interface TwinningManagement {

    /** The oldest year a link may carry. */
    int MIN_YEAR = 1900;

    /** The largest signed charter, in bytes (10 MB). */
    long MAX_CHARTER_SIZE = 10L * 1024 * 1024;

    /** The gazetteer town of the organisation ({@code organisation.town_id}), if it has one. */
    Optional<Long> ownTown(long organisationId);

    /** Whether the user may add links for the gazetteer town (administrator, or coordinator of an organisation there). */
    boolean mayManageTown(SignedInUser user, long townId);

    /** Whether the user may change the link (one side is a town they may manage). */
    boolean mayManage(SignedInUser user, TwinLink link);

    /**
     * Records a link. Refuses a town unknown to the gazetteer, a link of a town to itself, a pair
     * already stored in either direction, an unknown kind or status, years outside {@link #MIN_YEAR}
     * to this year, an end year before the start or on a link that has not ended.
     */
    TwinLink add(SignedInUser actor, TwinLinkDraft draft);

    /** Changes a link's facts, when {@code expectedVersion} is still its version. */
    TwinLink change(SignedInUser actor, long linkId, TwinLinkChange change, long expectedVersion);

    /** Ends a link: status {@link TwinStatus#ENDED} since {@code until}. */
    TwinLink end(SignedInUser actor, long linkId, int until, long expectedVersion);

    /** Removes a link (and its charter), when {@code expectedVersion} is still its version. */
    void remove(SignedInUser actor, long linkId, long expectedVersion);

    /**
     * Attaches the signed charter (a PDF of at most {@link #MAX_CHARTER_SIZE} bytes), replacing one
     * attached before.
     */
    TwinLink attachCharter(SignedInUser actor, long linkId, String fileName, InputStream content);

    /** The charter's facts, when one is attached. */
    Optional<TwinCharter> charter(long linkId);

    /** Opens the charter for a signed-in reader; the caller closes the stream. */
    Optional<InputStream> openCharter(long linkId);
}
