package org.jumelage.publicity;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.put;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.jsonPath;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import java.util.List;
import java.util.Map;
import org.jumelage.account.AccountManagement;
import org.jumelage.account.AuditEntry;
import org.jumelage.account.AuditTrail;
import org.jumelage.event.EventManagement;
import org.jumelage.event.EventSummary;
import org.jumelage.event.MeetingFixture;
import org.jumelage.network.OrganisationManagement;
import org.jumelage.project.ProjectManagement;
import org.jumelage.project.ProjectSummary;
import org.jumelage.support.JumelageIntegrationTest;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.data.domain.PageRequest;
import org.springframework.http.MediaType;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.test.web.servlet.MockMvc;

/**
 * Publication flags through the API: only editors change them, every change is audited, and the
 * public read model shows a project only while it is published and an event only while it and its
 * project are.
 */
@JumelageIntegrationTest
class PublicationIntegrationTests {

    @Autowired
    MockMvc mvc;

    @Autowired
    OrganisationManagement organisations;

    @Autowired
    AccountManagement accounts;

    @Autowired
    ProjectManagement projects;

    @Autowired
    EventManagement events;

    @Autowired
    PublicContent publicContent;

    @Autowired
    AuditTrail auditTrail;

    @Autowired
    JdbcClient jdbc;

    MeetingFixture meeting;
    String coordinator;
    String partner;

    @BeforeEach
    void setUp() {
        meeting = new MeetingFixture(organisations, accounts, projects, events, jdbc, Map.of("LV", 10));
        coordinator = "Bearer "
                + accounts.createApiToken(meeting.coordinator.id(), "tests").secret();
        partner = "Bearer "
                + accounts.createApiToken(meeting.partnerContact.id(), "tests").secret();
    }

    List<ProjectSummary> publicProjects() {
        return publicContent
                .projects(null, null, org.springframework.data.domain.PageRequest.of(0, 1_000))
                .getContent();
    }

    void publish(String what, long id, boolean published) throws Exception {
        mvc.perform(put("/api/v1/" + what + "/" + id + "/publication")
                        .header("Authorization", coordinator)
                        .contentType(MediaType.APPLICATION_JSON)
                        .content("{\"published\":" + published + "}"))
                .andExpect(status().isOk())
                .andExpect(jsonPath("$.published").value(published));
    }

    @Test
    void aProjectIsPublicOnlyWhilePublished() throws Exception {
        assertThat(publicContent.project(meeting.projectId)).isEmpty();
        assertThat(publicProjects()).extracting(ProjectSummary::id).doesNotContain(meeting.projectId);

        publish("projects", meeting.projectId, true);

        assertThat(publicContent.project(meeting.projectId)).isPresent();
        assertThat(publicProjects()).extracting(ProjectSummary::id).contains(meeting.projectId);
        assertThat(publicContent.projectLastModified(meeting.projectId)).isPresent();
        mvc.perform(get("/api/v1/projects/" + meeting.projectId + "/publication")
                        .header("Authorization", partner))
                .andExpect(status().isOk())
                .andExpect(jsonPath("$.published").value(true))
                .andExpect(jsonPath("$.publishedAt").isNotEmpty());

        publish("projects", meeting.projectId, false);

        assertThat(publicContent.project(meeting.projectId)).isEmpty();
        assertThat(publicContent.projectsOf(organisationOfLead()))
                .extracting(ProjectSummary::id)
                .doesNotContain(meeting.projectId);
    }

    @Test
    void anEventIsPublicOnlyWhileItAndItsProjectArePublished() throws Exception {
        publish("events", meeting.eventId, true);
        assertThat(publicContent.event(meeting.eventId)).isEmpty();
        assertThat(publicContent.eventsAfter(0, 1_000))
                .extracting(EventSummary::id)
                .doesNotContain(meeting.eventId);

        publish("projects", meeting.projectId, true);
        assertThat(publicContent.event(meeting.eventId)).isPresent();
        assertThat(publicContent.events(meeting.projectId))
                .extracting(EventSummary::id)
                .containsExactly(meeting.eventId);
        assertThat(publicContent.publicEventIds(meeting.projectId)).containsExactly(meeting.eventId);
        assertThat(publicContent.eventsAfter(0, 1_000))
                .extracting(EventSummary::id)
                .contains(meeting.eventId);
        assertThat(publicContent.eventsAfter(meeting.eventId, 1_000))
                .extracting(EventSummary::id)
                .doesNotContain(meeting.eventId);
        assertThat(publicContent.projectsOf(organisationOfLead()))
                .extracting(ProjectSummary::id)
                .contains(meeting.projectId);

        publish("events", meeting.eventId, false);
        assertThat(publicContent.isEventPublic(meeting.eventId)).isFalse();
        assertThat(publicContent.publicEventIds(meeting.projectId)).isEmpty();
        assertThat(publicContent.events(meeting.projectId)).isEmpty();
    }

    @Test
    void everyChangeIsAuditedAndRepeatingAValueRecordsNothing() throws Exception {
        publish("projects", meeting.projectId, true);
        publish("projects", meeting.projectId, true);
        publish("projects", meeting.projectId, false);

        var entries = auditTrail.entries("publicity.project", PageRequest.of(0, 200)).getContent().stream()
                .filter(entry -> entry.target() != null && entry.target().equals("project " + meeting.projectId))
                .map(AuditEntry::action)
                .toList();
        assertThat(entries).containsExactlyInAnyOrder("publicity.project.published", "publicity.project.withdrawn");
    }

    @Test
    void onlyTheProjectsEditorsChangeTheFlag() throws Exception {
        mvc.perform(put("/api/v1/projects/" + meeting.projectId + "/publication")
                        .header("Authorization", partner)
                        .contentType(MediaType.APPLICATION_JSON)
                        .content("{\"published\":true}"))
                .andExpect(status().isForbidden())
                .andExpect(jsonPath("$.code").value("publicity.not-allowed"));
        assertThat(publicContent.isProjectPublic(meeting.projectId)).isFalse();
    }

    @Test
    void aMissingFlagOrAnUnknownProjectIsRefusedClearly() throws Exception {
        mvc.perform(put("/api/v1/projects/" + meeting.projectId + "/publication")
                        .header("Authorization", coordinator)
                        .header("Accept-Language", "lv")
                        .contentType(MediaType.APPLICATION_JSON)
                        .content("{}"))
                .andExpect(status().isUnprocessableContent())
                .andExpect(jsonPath("$.code").value("publicity.published-required"))
                .andExpect(jsonPath("$.detail").value(org.hamcrest.Matchers.containsString("Norādiet")));
        mvc.perform(put("/api/v1/events/999999999/publication")
                        .header("Authorization", coordinator)
                        .contentType(MediaType.APPLICATION_JSON)
                        .content("{\"published\":true}"))
                .andExpect(status().isNotFound());
        assertThat(publicContent.isProjectPublic(meeting.projectId)).isFalse();
    }

    long organisationOfLead() {
        return projects.find(meeting.coordinator, meeting.projectId)
                .orElseThrow()
                .summary()
                .lead()
                .id();
    }
}
