package org.jumelage.network;

import java.time.LocalDate;
import java.util.List;
import java.util.Optional;
import org.jumelage.account.SignedInUser;
import org.springframework.data.domain.Page;
import org.springframework.data.domain.Pageable;

/**
 * Partner-search notices: an organisation's editors (its coordinators, and administrators, as
 * {@link OrganisationPermissions#mayEdit} decides) publish, change and withdraw them; the public
 * site shows the current ones ({@link PartnerNotice#isCurrent}). Every write is audited.
 */
public interface PartnerNotices {

    int MAX_TITLE = 200;
    int MAX_IDEA = 2000;
    int MAX_THEME = 200;
    int MAX_SOUGHT = 300;
    int MAX_LANGUAGES = 10;

    /** Today as the public site counts days (Europe/Riga), for {@link PartnerNotice#isCurrent}. */
    LocalDate today();

    /** The current notices, newest first: what anybody may read. */
    Page<PartnerNotice> current(Pageable pageable);

    /** The notice when it is current, else empty: what anybody may read. */
    Optional<PartnerNotice> current(long id);

    /** Any notice, also expired or withdrawn, for signed-in people. */
    Optional<PartnerNotice> find(long id);

    /** Every notice, newest first, for signed-in people. */
    Page<PartnerNotice> all(Pageable pageable);

    /** The notices of one organisation, newest first. */
    List<PartnerNotice> ofOrganisation(long organisationId);

    /**
     * Publishes a notice of the organisation.
     *
     * @throws NetworkException when the actor may not edit the organisation, it does not exist, or
     *     the draft breaks a rule (the refusal names the field)
     */
    PartnerNotice publish(SignedInUser actor, long organisationId, NoticeDraft draft);

    /** Changes a notice, starting from {@code expectedVersion}. */
    PartnerNotice update(SignedInUser actor, long id, NoticeDraft draft, long expectedVersion);

    /** Withdraws a notice from the public site; withdrawing twice changes nothing. */
    PartnerNotice withdraw(SignedInUser actor, long id);
}
