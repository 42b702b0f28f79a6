package org.jumelage.event;

import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import org.jspecify.annotations.Nullable;
import org.jumelage.account.AccountManagement;
import org.jumelage.account.Role;
import org.jumelage.account.SignedInUser;
import org.jumelage.network.OrganisationManagement;
import org.jumelage.network.OrganisationSummary;
import org.jumelage.project.PartnerRole;
import org.jumelage.project.PartnerSummary;
import org.jumelage.project.ProjectDraft;
import org.jumelage.project.ProjectManagement;
import org.jumelage.shared.LocalizedText;
import org.jumelage.support.ParticipantRows;
import org.jumelage.support.ProjectDrafts;
import org.jumelage.support.RegistryFixtures;
import org.springframework.jdbc.core.simple.JdbcClient;

/**
 * A town-twinning meeting in Daugavpils (LV) from 8 to 10 November 2018 with a partner from Kaunas
 * (LT), a guest from Łódź (PL), their delegations, the lead's coordinator and the Kaunas partner's
 * contact. Every call makes new organisations, people and events.
 */
public final class MeetingFixture {

    public static final LocalDate FIRST_DAY = LocalDate.of(2018, 11, 8);
    public static final LocalDate LAST_DAY = LocalDate.of(2018, 11, 10);

    public final String coordinatorEmail;
    public final String partnerEmail;
    public final SignedInUser coordinator;
    public final SignedInUser partnerContact;
    public final long projectId;
    public final long eventId;
    public final long leadPartnerId;
    public final long kaunasPartnerId;
    public final long guestPartnerId;
    public final long leadDelegation;
    public final long kaunasDelegation;
    public final long guestDelegation;
    public final ParticipantRows rows;

    private final EventManagement events;

    public MeetingFixture(
            OrganisationManagement organisations,
            AccountManagement accounts,
            ProjectManagement projects,
            EventManagement events,
            JdbcClient jdbc,
            Map<String, Integer> plannedByCountry) {
        this.events = events;
        RegistryFixtures fixtures = new RegistryFixtures(organisations, accounts);
        OrganisationSummary daugavpils =
                fixtures.municipality(RegistryFixtures.DAUGAVPILS, "LV", "Daugavpils pilsētas dome");
        OrganisationSummary kaunas = fixtures.municipality(RegistryFixtures.KAUNAS, "LT", "Kauno savivaldybė");
        OrganisationSummary lodz = fixtures.municipality(RegistryFixtures.LODZ, "PL", "Urząd Miasta Łodzi");
        coordinatorEmail = fixtures.member(daugavpils, Role.COORDINATOR);
        partnerEmail = fixtures.member(kaunas, Role.COORDINATOR);
        coordinator = user(accounts, coordinatorEmail);
        partnerContact = user(accounts, partnerEmail);
        projectId = projects.create(coordinator, project(daugavpils)).id();
        projects.addPartner(coordinator, projectId, kaunas.id(), null, PartnerRole.PARTNER);
        projects.addPartner(coordinator, projectId, lodz.id(), null, PartnerRole.GUEST);
        List<PartnerSummary> partners = projects.partners(coordinator, projectId);
        leadPartnerId = partnerOf(partners, daugavpils);
        kaunasPartnerId = partnerOf(partners, kaunas);
        guestPartnerId = partnerOf(partners, lodz);
        eventId = events.create(
                        coordinator,
                        projectId,
                        new EventDraft(
                                LocalizedText.of("Tikšanās Daugavpilī", "Meeting in Daugavpils"),
                                EventType.CITIZENS_MEETING,
                                List.of(new HostPlaceInput(RegistryFixtures.DAUGAVPILS, null, null)),
                                null,
                                FIRST_DAY,
                                LAST_DAY,
                                null,
                                LocalizedText.of(null, null),
                                Map.of(
                                        leadPartnerId, plannedByCountry.getOrDefault("LV", 0),
                                        kaunasPartnerId, plannedByCountry.getOrDefault("LT", 0))))
                .id();
        rows = new ParticipantRows(jdbc);
        leadDelegation = rows.delegation(eventId, leadPartnerId, daugavpils.id(), "LV");
        kaunasDelegation = rows.delegation(eventId, kaunasPartnerId, kaunas.id(), "LT");
        guestDelegation = rows.delegation(eventId, guestPartnerId, lodz.id(), "PL");
    }

    /** Another event of the project, a conference in Kaunas on the meeting's days, with nobody planned. */
    public long anotherEvent(String englishTitle) {
        return events.create(
                        coordinator,
                        projectId,
                        new EventDraft(
                                LocalizedText.of(null, englishTitle),
                                EventType.CONFERENCE,
                                List.of(new HostPlaceInput(RegistryFixtures.KAUNAS, null, null)),
                                null,
                                FIRST_DAY,
                                LAST_DAY,
                                null,
                                LocalizedText.of(null, null),
                                Map.of()))
                .id();
    }

    /** A confirmed person of a delegation. */
    public long person(@Nullable Long delegation, String first, String last, String country) {
        return rows.registration(eventId, delegation, first, last, country);
    }

    private static SignedInUser user(AccountManagement accounts, String email) {
        return accounts.signedInUser(
                        accounts.findUserByEmail(email).orElseThrow().id())
                .orElseThrow();
    }

    private static long partnerOf(List<PartnerSummary> partners, OrganisationSummary organisation) {
        return partners.stream()
                .filter(partner -> Long.valueOf(organisation.id()).equals(partner.organisationId()))
                .findFirst()
                .orElseThrow()
                .id();
    }

    private static ProjectDraft project(OrganisationSummary lead) {
        return ProjectDrafts.townTwinning(
                "TTMeet",
                LocalizedText.of("Pilsētu sadraudzība pārmaiņām", "Town twinning for change"),
                LocalDate.of(2018, 11, 8),
                LocalDate.of(2018, 11, 12),
                lead.id());
    }
}
