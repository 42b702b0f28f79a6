package org.jumelage.event;

import static org.assertj.core.api.Assertions.assertThat;
import static org.mockito.ArgumentMatchers.anyLong;
import static org.mockito.ArgumentMatchers.eq;
import static org.mockito.BDDMockito.given;

import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.jumelage.account.AuditTrail;
import org.jumelage.account.Role;
import org.jumelage.account.SignedInUser;
import org.jumelage.network.TownDirectory;
import org.jumelage.network.TownResolution;
import org.jumelage.project.ParticipantCounts;
import org.jumelage.project.PartnerRole;
import org.jumelage.project.PartnerSummary;
import org.jumelage.project.ProjectEventPlans;
import org.jumelage.project.ProjectManagement;
import org.jumelage.project.ProjectRights;
import org.jumelage.project.UnrestrictedProjectReads;
import org.jumelage.shared.LocalizedText;
import org.jumelage.support.TestClockConfiguration;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.context.annotation.Import;
import org.springframework.modulith.test.ApplicationModuleTest;
import org.springframework.test.context.bean.override.mockito.MockitoBean;
import org.springframework.transaction.PlatformTransactionManager;
import org.springframework.transaction.TransactionDefinition;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * The event module on its own, the modules it uses mocked: it starts without the participation
 * module (which depends on it, never the other way round), keeps its events and answers who may see them.
 */
@ApplicationModuleTest
@Import(TestClockConfiguration.class)
class EventModuleTests {

    static final long PROJECT = 7;
    static final long PARTNER = 11;
    static final SignedInUser EDITOR =
            new SignedInUser(42, "jana@example.org", "Jana", "en", Set.of(Role.COORDINATOR), 1L);
    static final SignedInUser OUTSIDER =
            new SignedInUser(43, "outsider@example.org", "Olga", "en", Set.of(Role.COORDINATOR), 2L);

    @MockitoBean
    ProjectManagement projects;

    @MockitoBean
    UnrestrictedProjectReads unrestrictedProjects;

    @MockitoBean
    TownDirectory towns;

    @MockitoBean
    AuditTrail auditTrail;

    @Autowired
    EventManagement events;

    @Autowired
    ProjectEventPlans plans;

    @Autowired
    PlatformTransactionManager transactions;

    @Test
    void theProjectsEditorPlansAnEventThatAnOutsiderDoesNotSee() {
        EventSummary created = plannedMeeting();

        assertThat(events.find(EDITOR, created.id()))
                .hasValueSatisfying(found -> assertThat(found.titles().en()).isEqualTo("Meeting"));
        assertThat(events.find(OUTSIDER, created.id())).isEmpty();
        assertThat(events.may(OUTSIDER, EventAction.VIEW_EVENT, created.id())).isFalse();
        assertThat(events.may(EDITOR, EventAction.EDIT_EVENT, created.id())).isTrue();
    }

    @Test
    void withoutTheParticipationModuleTheEventPlansCountOnlyThePlannedPeople() {
        EventSummary created = plannedMeeting();

        assertThat(plans.eventPlans(PROJECT))
                .filteredOn(plan -> plan.id() == created.id())
                .singleElement()
                .satisfies(plan -> {
                    assertThat(plan.hostCountry()).isEqualTo("SI");
                    assertThat(plan.participants()).containsExactly(Map.entry(PARTNER, ParticipantCounts.planned(5)));
                });
    }

    /**
     * A read-only transaction (a dashboard) reads a project's events once, for their summaries and
     * their grant plans alike: an event added meanwhile by another transaction shows only in the next.
     */
    @Test
    void aReadOnlyTransactionReadsTheProjectsEventsOnce() {
        EventSummary first = plannedMeeting();
        TransactionTemplate reading = new TransactionTemplate(transactions);
        reading.setReadOnly(true);
        TransactionTemplate writing = new TransactionTemplate(transactions);
        writing.setPropagationBehavior(TransactionDefinition.PROPAGATION_REQUIRES_NEW);

        List<Long> seen = reading.execute(status -> {
            List<Long> before = planIds();
            writing.execute(inner -> plannedMeeting());
            List<Long> again = planIds();
            assertThat(again).isEqualTo(before);
            return again;
        });

        assertThat(seen).contains(first.id());
        assertThat(planIds()).as("the next transaction reads them again").hasSize(seen.size() + 1);
    }

    private List<Long> planIds() {
        return plans.eventPlans(Set.of(PROJECT)).getOrDefault(PROJECT, List.of()).stream()
                .map(plan -> plan.id())
                .toList();
    }

    private EventSummary plannedMeeting() {
        given(projects.rights(eq(EDITOR), anyLong())).willReturn(new ProjectRights(true, true));
        given(projects.rights(eq(OUTSIDER), anyLong())).willReturn(ProjectRights.NONE);
        given(projects.partners(eq(EDITOR), anyLong()))
                .willReturn(List.of(new PartnerSummary(PARTNER, null, null, "SI", PartnerRole.PARTNER)));
        given(towns.resolve("Bistrica", "SI")).willReturn(new TownResolution("Bistrica", null, List.of()));
        return events.create(
                EDITOR,
                PROJECT,
                new EventDraft(
                        LocalizedText.of("Tikšanās", "Meeting"),
                        EventType.PARTNER_MEETING,
                        List.of(new HostPlaceInput(null, "Bistrica", "SI")),
                        null,
                        LocalDate.of(2027, 3, 1),
                        LocalDate.of(2027, 3, 3),
                        null,
                        LocalizedText.of(null, null),
                        Map.of(PARTNER, 5)));
    }
}
