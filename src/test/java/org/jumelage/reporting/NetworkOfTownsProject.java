package org.jumelage.reporting;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import org.jumelage.account.AccountManagement;
import org.jumelage.account.Role;
import org.jumelage.account.SignedInUser;
import org.jumelage.event.EventDraft;
import org.jumelage.event.EventManagement;
import org.jumelage.event.EventType;
import org.jumelage.event.HostPlaceInput;
import org.jumelage.network.OrganisationManagement;
import org.jumelage.network.OrganisationSummary;
import org.jumelage.network.TownDirectory;
import org.jumelage.network.TownSummary;
import org.jumelage.participation.AttendanceSource;
import org.jumelage.project.PartnerRole;
import org.jumelage.project.PartnerSummary;
import org.jumelage.project.ProjectDraft;
import org.jumelage.project.ProjectManagement;
import org.jumelage.project.ProjectStatus;
import org.jumelage.shared.LocalizedText;
import org.jumelage.support.ParticipantRows;
import org.jumelage.support.RegistryFixtures;
import org.springframework.context.ApplicationContext;
import org.springframework.jdbc.core.simple.JdbcClient;

/**
 * A networks-of-towns project of the 2019 call (Europe for Citizens 2014–2020, {@code E4C-2014-NT})
 * as the scale test describes it, the same network as the rules engine's benchmark: ten
 * towns in ten EU countries, 20 events of 3 to 5 days (two in each town), each with a delegation of
 * 25 from every town (the host's own people are its local participants): 5,000 participants, each
 * recorded present on the event's first day. Organisations, the project, its partners and events go
 * through the facades; delegations, registrations and attendance are written straight into the
 * tables ({@link ParticipantRows}), as the tests of what reads them do.
 */
public final class NetworkOfTownsProject {

    /** Country and town name of the network's towns, the lead's first. */
    static final List<String[]> TOWNS = List.of(
            new String[] {"LV", "Daugavpils"},
            new String[] {"DE", "Leipzig"},
            new String[] {"FR", "Lyon"},
            new String[] {"IT", "Bologna"},
            new String[] {"PL", "Kraków"},
            new String[] {"ES", "Valencia"},
            new String[] {"NL", "Utrecht"},
            new String[] {"CZ", "Brno"},
            new String[] {"LT", "Kaunas"},
            new String[] {"SK", "Košice"});

    public static final String REFERENCE = "612345-CITIZ-1-2019-1-LV-CITIZ-NT";
    public static final int EVENTS = 20;
    public static final int PER_DELEGATION = 25;

    public final SignedInUser coordinator;
    public final long projectId;
    public final List<Long> eventIds = new ArrayList<>();
    public final int participants;

    /** Builds the project in the running application's database. */
    public NetworkOfTownsProject(ApplicationContext context) {
        OrganisationManagement organisations = context.getBean(OrganisationManagement.class);
        AccountManagement accounts = context.getBean(AccountManagement.class);
        ProjectManagement projects = context.getBean(ProjectManagement.class);
        EventManagement events = context.getBean(EventManagement.class);
        TownDirectory towns = context.getBean(TownDirectory.class);
        ParticipantRows rows = new ParticipantRows(context.getBean(JdbcClient.class));
        RegistryFixtures fixtures = new RegistryFixtures(organisations, accounts);

        List<TownSummary> places = new ArrayList<>();
        List<OrganisationSummary> members = new ArrayList<>();
        for (String[] town : TOWNS) {
            TownSummary place = towns.search(town[1], town[0], 1).stream()
                    .findFirst()
                    .orElseThrow(() -> new IllegalStateException(town[1] + " is not in the gazetteer"));
            places.add(place);
            members.add(fixtures.municipality(place.id(), town[0], "Municipality of " + town[1]));
        }
        String email = fixtures.member(members.get(0), Role.COORDINATOR);
        coordinator = accounts.signedInUser(
                        accounts.findUserByEmail(email).orElseThrow().id())
                .orElseThrow();
        projectId = projects.create(
                        coordinator,
                        ProjectDraft.builder()
                                .acronym("NetTowns")
                                .titles(LocalizedText.of("Pilsētu tīkls Eiropai", "A network of towns for Europe"))
                                .measure("E4C-2014-NT")
                                .referenceNumber(REFERENCE)
                                .status(ProjectStatus.RUNNING)
                                .startDate(LocalDate.of(2019, 9, 1))
                                .endDate(LocalDate.of(2021, 8, 31))
                                .leadOrganisationId(members.get(0).id())
                                .build())
                .id();
        for (OrganisationSummary member : members.subList(1, members.size())) {
            projects.addPartner(coordinator, projectId, member.id(), null, PartnerRole.PARTNER);
        }
        Map<Long, Long> partnerOf = new HashMap<>();
        for (PartnerSummary partner : projects.partners(coordinator, projectId)) {
            if (partner.organisationId() != null) {
                partnerOf.put(partner.organisationId(), partner.id());
            }
        }
        int count = 0;
        LocalDate start = LocalDate.of(2019, 10, 7);
        for (int e = 0; e < EVENTS; e++) {
            int host = e % TOWNS.size();
            int days = 3 + e % 3;
            LocalDate first = start.plusWeeks(4L * e);
            Map<Long, Integer> planned = new HashMap<>();
            members.forEach(member -> planned.put(partnerOf.get(member.id()), PER_DELEGATION));
            long eventId = events.create(
                            coordinator,
                            projectId,
                            new EventDraft(
                                    LocalizedText.of(
                                            "Tīkla sanāksme " + (e + 1) + ": " + TOWNS.get(host)[1],
                                            "Network meeting " + (e + 1) + ": " + TOWNS.get(host)[1]),
                                    e % 2 == 0 ? EventType.CONFERENCE : EventType.CITIZENS_MEETING,
                                    List.of(new HostPlaceInput(places.get(host).id(), null, null)),
                                    null,
                                    first,
                                    first.plusDays(days - 1L),
                                    null,
                                    LocalizedText.of(null, "Day 1: arrival\nDay 2: workshops\nDay 3: conference"),
                                    planned))
                    .id();
            eventIds.add(eventId);
            for (int m = 0; m < members.size(); m++) {
                OrganisationSummary member = members.get(m);
                String country = TOWNS.get(m)[0];
                long delegation = rows.delegation(eventId, partnerOf.get(member.id()), member.id(), country);
                for (int p = 0; p < PER_DELEGATION; p++) {
                    long registration = rows.registration(
                            eventId, delegation, "Person" + p, (TOWNS.get(m)[1] + e).toLowerCase(Locale.ROOT), country);
                    rows.present(registration, first, AttendanceSource.CHECK_IN);
                    count++;
                }
            }
        }
        participants = count;
    }
}
