package org.jumelage.participation;

import static org.assertj.core.api.Assertions.assertThat;
import static org.mockito.ArgumentMatchers.anyLong;
import static org.mockito.ArgumentMatchers.eq;
import static org.mockito.BDDMockito.given;

import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.jumelage.account.Role;
import org.jumelage.account.SignedInUser;
import org.jumelage.event.EventDraft;
import org.jumelage.event.EventManagement;
import org.jumelage.event.EventSummary;
import org.jumelage.event.EventType;
import org.jumelage.event.HostPlaceInput;
import org.jumelage.project.PartnerRole;
import org.jumelage.project.PartnerSummary;
import org.jumelage.project.ProjectManagement;
import org.jumelage.project.ProjectRights;
import org.jumelage.project.UnrestrictedProjectReads;
import org.jumelage.shared.LocalizedText;
import org.jumelage.shared.SubmissionRateLimit;
import org.jumelage.support.TestClockConfiguration;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.context.annotation.Import;
import org.springframework.modulith.test.ApplicationModuleTest;
import org.springframework.modulith.test.ApplicationModuleTest.BootstrapMode;
import org.springframework.test.context.bean.override.mockito.MockitoBean;

/**
 * The participation module with the modules it uses directly (the event module among them), the
 * projects' rights mocked: a delegation's planned size goes through the event module's API into
 * the event's plan, and the event's access decides who sees the delegations.
 */
@ApplicationModuleTest(mode = BootstrapMode.DIRECT_DEPENDENCIES)
@Import(TestClockConfiguration.class)
class ParticipationModuleTests {

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

    /** Implemented by the config module, which this test does not start; network's notice relay asks it. */
    @MockitoBean
    SubmissionRateLimit rateLimit;

    @Autowired
    EventManagement events;

    @Autowired
    DelegationManagement delegations;

    @Test
    void aDelegationsPlannedSizeBecomesPartOfTheEventsPlan() {
        given(projects.rights(eq(EDITOR), anyLong())).willReturn(new ProjectRights(true, true));
        given(projects.rights(eq(OUTSIDER), anyLong())).willReturn(ProjectRights.NONE);
        given(projects.partners(eq(EDITOR), anyLong()))
                .willReturn(List.of(new PartnerSummary(PARTNER, null, null, "SI", PartnerRole.PARTNER)));
        EventSummary event = events.create(
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
                        Map.of()));

        DelegationSummary delegation = delegations.create(
                EDITOR, event.id(), new DelegationDraft(PARTNER, null, null, 4, "Anna Bērziņa", null));

        assertThat(delegation.plannedSize()).isEqualTo(4);
        assertThat(events.find(EDITOR, event.id()).orElseThrow().plannedParticipants())
                .containsExactly(Map.entry(PARTNER, 4));
        assertThat(delegations.forEvent(EDITOR, event.id()))
                .extracting(DelegationSummary::id)
                .containsExactly(delegation.id());
        assertThat(delegations.forEvent(OUTSIDER, event.id())).isEmpty();
    }
}
