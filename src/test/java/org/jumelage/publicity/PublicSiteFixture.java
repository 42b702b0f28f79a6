package org.jumelage.publicity;

import java.math.BigDecimal;
import java.time.Clock;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import org.jumelage.account.AccountManagement;
import org.jumelage.event.EventDraft;
import org.jumelage.event.EventManagement;
import org.jumelage.event.EventType;
import org.jumelage.event.HostPlaceInput;
import org.jumelage.event.MeetingFixture;
import org.jumelage.network.OrganisationManagement;
import org.jumelage.project.OutcomeKind;
import org.jumelage.project.ProjectDetails;
import org.jumelage.project.ProjectDraft;
import org.jumelage.project.ProjectManagement;
import org.jumelage.project.ProjectStatus;
import org.jumelage.project.ProjectSummary;
import org.jumelage.shared.LocalizedText;
import org.jumelage.support.RegistryFixtures;
import org.springframework.jdbc.core.simple.JdbcClient;

/**
 * The public site's scene, built on {@link MeetingFixture}: its project (Europe for Citizens town
 * twinning led by Daugavpils, Kaunas partner, Łódź guest) gets a summary in Latvian only, aims in
 * both languages, costs and an outcome, and is published with its 2018 meeting and a coming meeting
 * in Kaunas whose title and agenda exist only in Latvian. A third event stays unpublished. Every call
 * makes new data with unique names.
 */
public final class PublicSiteFixture {

    public static final String SUMMARY_LV = "Projekts stiprina pilsētu sadraudzību starp Daugavpili un Kauņu.";
    public static final String OBJECTIVES_EN = "Bring citizens of twinned towns together.";
    public static final String UPCOMING_TITLE_LV = "Rudens tikšanās Kauņā";

    public final MeetingFixture meeting;
    public final String acronym;
    public final long projectId;
    public final long pastEventId;
    public final long upcomingEventId;
    public final long hiddenEventId;
    public final long leadOrganisationId;

    public PublicSiteFixture(
            OrganisationManagement organisations,
            AccountManagement accounts,
            ProjectManagement projects,
            EventManagement events,
            Publications publications,
            JdbcClient jdbc,
            Clock clock) {
        meeting = new MeetingFixture(organisations, accounts, projects, events, jdbc, Map.of("LV", 10, "LT", 5));
        projectId = meeting.projectId;
        pastEventId = meeting.eventId;
        ProjectDetails details = projects.find(meeting.coordinator, projectId).orElseThrow();
        ProjectSummary summary = details.summary();
        acronym = "TTPub" + java.util.UUID.randomUUID().toString().substring(0, 5);
        projects.update(
                meeting.coordinator,
                projectId,
                ProjectDraft.builder()
                        .acronym(acronym)
                        .titles(LocalizedText.of("Pilsētu sadraudzība pārmaiņām", "Town twinning for change"))
                        .measure(summary.measure())
                        .callCode(details.callCode())
                        .referenceNumber(summary.referenceNumber())
                        .status(ProjectStatus.RUNNING)
                        .startDate(summary.startDate())
                        .endDate(summary.endDate())
                        .totalCost(new BigDecimal("25000.00"))
                        .euGrant(new BigDecimal("22000.00"))
                        .fundingRate(new BigDecimal("88"))
                        .website("https://example.org/ttpub")
                        .summary(LocalizedText.of(SUMMARY_LV, null))
                        .objectives(LocalizedText.of("Satuvināt sadraudzības pilsētu iedzīvotājus.", OBJECTIVES_EN))
                        .coordinatorName("Anna Bērziņa")
                        .coordinatorEmail("anna.berzina@example.org")
                        .coordinatorPhone("+371 20000000")
                        .build(),
                summary.version());
        projects.addOutcome(
                meeting.coordinator,
                projectId,
                MeetingFixture.LAST_DAY,
                OutcomeKind.PROPOSAL,
                LocalizedText.of("Kopīgs jauniešu apmaiņas plāns", "A joint youth exchange plan"));
        leadOrganisationId = projects.find(meeting.coordinator, projectId)
                .orElseThrow()
                .summary()
                .lead()
                .id();
        LocalDate soon = LocalDate.now(clock).plusDays(20);
        upcomingEventId = events.create(
                        meeting.coordinator,
                        projectId,
                        new EventDraft(
                                LocalizedText.of(UPCOMING_TITLE_LV, null),
                                EventType.PARTNER_MEETING,
                                List.of(new HostPlaceInput(RegistryFixtures.KAUNAS, null, null)),
                                "Kauņas rātsnams",
                                soon,
                                soon.plusDays(2),
                                "Europe/Vilnius",
                                LocalizedText.of("Pirmā diena: iepazīšanās.", null),
                                Map.of()))
                .id();
        hiddenEventId = events.create(
                        meeting.coordinator,
                        projectId,
                        new EventDraft(
                                LocalizedText.of("Slēpta tikšanās", "Hidden meeting"),
                                EventType.WORKSHOP,
                                List.of(new HostPlaceInput(RegistryFixtures.DAUGAVPILS, null, null)),
                                null,
                                soon.plusDays(5),
                                soon.plusDays(5),
                                null,
                                LocalizedText.of(null, null),
                                Map.of()))
                .id();
        publications.publishProject(meeting.coordinator, projectId, true);
        publications.publishEvent(meeting.coordinator, pastEventId, true);
        publications.publishEvent(meeting.coordinator, upcomingEventId, true);
    }
}
