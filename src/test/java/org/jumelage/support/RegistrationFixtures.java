package org.jumelage.support;

import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import org.jspecify.annotations.Nullable;
import org.jumelage.account.AccountManagement;
import org.jumelage.account.Role;
import org.jumelage.account.SignedInUser;
import org.jumelage.event.EventDraft;
import org.jumelage.event.EventManagement;
import org.jumelage.event.EventType;
import org.jumelage.event.HostPlaceInput;
import org.jumelage.network.OrganisationManagement;
import org.jumelage.network.OrganisationSummary;
import org.jumelage.participation.RegistrationQuestions;
import org.jumelage.participation.RegistrationRequest;
import org.jumelage.participation.RegistrationSettings;
import org.jumelage.participation.RegistrationSettingsDraft;
import org.jumelage.participation.RegistrationSettingsManagement;
import org.jumelage.project.PartnerRole;
import org.jumelage.project.PartnerSummary;
import org.jumelage.project.ProjectDraft;
import org.jumelage.project.ProjectManagement;
import org.jumelage.shared.LocalizedText;
import org.springframework.jdbc.core.simple.JdbcClient;

/**
 * Object mother for registration: a project led by Daugavpils with Kaunas as partner, a meeting in
 * Daugavpils from 8 to 12 November 2018, the Kaunas delegation (with its private link), and
 * registration opened with the given capacity.
 */
public final class RegistrationFixtures {

    private final OrganisationManagement organisations;
    private final AccountManagement accounts;
    private final ProjectManagement projects;
    private final EventManagement events;
    private final RegistrationSettingsManagement settings;
    private final JdbcClient jdbc;

    public RegistrationFixtures(
            OrganisationManagement organisations,
            AccountManagement accounts,
            ProjectManagement projects,
            EventManagement events,
            RegistrationSettingsManagement settings,
            JdbcClient jdbc) {
        this.organisations = organisations;
        this.accounts = accounts;
        this.projects = projects;
        this.events = events;
        this.settings = settings;
        this.jdbc = jdbc;
    }

    /**
     * A meeting and its people.
     *
     * @param coordinatorEmail signs in with {@link TestUsers#PASSWORD}
     * @param partnerEmail the Kaunas partner contact, signs in with {@link TestUsers#PASSWORD}
     */
    public record Meeting(
            long projectId,
            long eventId,
            SignedInUser coordinator,
            String coordinatorEmail,
            SignedInUser partner,
            String partnerEmail,
            long kaunasOrganisationId,
            long delegationId,
            String delegationToken,
            String publicToken) {}

    /** A meeting whose registration is open, with a public link and all questions asked. */
    public Meeting meeting(@Nullable Integer capacity) {
        RegistryFixtures registry = new RegistryFixtures(organisations, accounts);
        OrganisationSummary daugavpils =
                registry.municipality(RegistryFixtures.DAUGAVPILS, "LV", "Daugavpils pilsētas dome");
        OrganisationSummary kaunas = registry.municipality(RegistryFixtures.KAUNAS, "LT", "Kauno miesto savivaldybė");
        String coordinatorEmail = registry.member(daugavpils, Role.COORDINATOR);
        SignedInUser coordinator = user(coordinatorEmail);
        String partnerEmail = registry.member(kaunas, Role.PARTNER);
        SignedInUser partner = user(partnerEmail);
        long projectId = projects.create(coordinator, project(daugavpils)).id();
        projects.addPartner(coordinator, projectId, kaunas.id(), null, PartnerRole.PARTNER);
        PartnerSummary kaunasPartner = projects.partners(coordinator, projectId).stream()
                .filter(candidate -> Long.valueOf(kaunas.id()).equals(candidate.organisationId()))
                .findFirst()
                .orElseThrow();
        long eventId = events.create(
                        coordinator,
                        projectId,
                        new EventDraft(
                                LocalizedText.of("Pilsētu sadraudzības tikšanās", "Town twinning meeting"),
                                EventType.PARTNER_MEETING,
                                List.of(new HostPlaceInput(RegistryFixtures.DAUGAVPILS, null, null)),
                                "Daugavpils Marka Rotko mākslas centrs",
                                LocalDate.of(2018, 11, 8),
                                LocalDate.of(2018, 11, 12),
                                "Europe/Riga",
                                LocalizedText.of(null, null),
                                Map.of(kaunasPartner.id(), 10)))
                .id();
        long delegationId = new ParticipantRows(jdbc).delegation(eventId, kaunasPartner.id(), kaunas.id(), "LT");
        String delegationToken = jdbc.sql("select link_token from event_delegation where id = :id")
                .param("id", delegationId)
                .query(String.class)
                .single();
        RegistrationSettings opened = settings.update(
                coordinator,
                eventId,
                new RegistrationSettingsDraft(
                        true,
                        null,
                        null,
                        capacity,
                        true,
                        List.of("lv", "en"),
                        RegistrationQuestions.ALL,
                        LocalizedText.of(
                                "Piekrītu, ka mani dati tiek izmantoti pasākumam un granta pierādījumiem.",
                                "I agree that my data is used for the event and the grant's evidence.")));
        return new Meeting(
                projectId,
                eventId,
                coordinator,
                coordinatorEmail,
                partner,
                partnerEmail,
                kaunas.id(),
                delegationId,
                delegationToken,
                opened.publicToken());
    }

    /** A citizen of Kaunas with a unique e-mail, accepting the consent. */
    public static RegistrationRequest citizen(String firstName, String lastName, @Nullable Long delegationId) {
        return new RegistrationRequest(
                firstName,
                lastName,
                TestUsers.uniqueEmail(firstName.toLowerCase(java.util.Locale.ROOT)),
                "Kauno miesto savivaldybė",
                RegistryFixtures.KAUNAS,
                null,
                "LT",
                delegationId,
                "female",
                "26-30",
                true,
                false,
                "vegetarian",
                null,
                "en",
                true,
                false);
    }

    private SignedInUser user(String email) {
        return accounts.signedInUser(
                        accounts.findUserByEmail(email).orElseThrow().id())
                .orElseThrow();
    }

    private static ProjectDraft project(OrganisationSummary lead) {
        return ProjectDrafts.townTwinning(
                "TTReg",
                LocalizedText.of("Pilsētu sadraudzība", "Town twinning"),
                LocalDate.of(2018, 9, 1),
                LocalDate.of(2019, 3, 1),
                lead.id());
    }
}
