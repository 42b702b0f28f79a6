package org.jumelage.participation;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.flash;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import java.io.ByteArrayInputStream;
import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import java.util.Set;
import java.util.UUID;
import org.jsoup.Jsoup;
import org.jsoup.nodes.Document;
import org.jumelage.account.AccountManagement;
import org.jumelage.event.EventException;
import org.jumelage.event.EventManagement;
import org.jumelage.event.RegistrationProblem;
import org.jumelage.network.OrganisationManagement;
import org.jumelage.project.ProjectManagement;
import org.jumelage.support.JumelageIntegrationTest;
import org.jumelage.support.RegistrationFixtures;
import org.jumelage.support.RegistrationFixtures.Meeting;
import org.jumelage.support.TestUsers;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.request.MockHttpServletRequestBuilder;

/**
 * A deleted project takes no more personal data (issue 12): every way of registering for, or
 * changing the participants of, one of its events answers as a closed registration or as not found,
 * and nothing is stored (counted in the tables).
 */
@JumelageIntegrationTest
class DeletedProjectRegistrationIntegrationTests {

    @Autowired
    MockMvc mvc;

    @Autowired
    RegistrationManagement registrations;

    @Autowired
    RegistrationSettingsManagement settings;

    @Autowired
    AttendanceManagement attendance;

    @Autowired
    DelegationImport imports;

    @Autowired
    OrganisationManagement organisations;

    @Autowired
    AccountManagement accounts;

    @Autowired
    ProjectManagement projects;

    @Autowired
    EventManagement events;

    @Autowired
    JdbcClient jdbc;

    Meeting meeting;
    RegistrationSummary registered;
    String manageToken;

    @BeforeEach
    void setUp() {
        meeting = new RegistrationFixtures(organisations, accounts, projects, events, settings, jdbc).meeting(null);
        registered = registrations.registerPublicly(
                meeting.publicToken(), RegistrationFixtures.citizen("Aistė", "Kazlauskienė", null));
        manageToken = registrations.manageToken(registered.id());
        projects.delete(meeting.coordinator(), meeting.projectId());
    }

    @Test
    void theLinksRefuseAsAClosedRegistrationAndStoreNothing() {
        long before = rows("event_registration");
        RegistrationRequest request = RegistrationFixtures.citizen("Closed", "Door", null);

        assertThatThrownBy(() -> registrations.registerPublicly(meeting.publicToken(), request))
                .isInstanceOfSatisfying(
                        EventException.class, e -> assertThat(e.code()).isEqualTo("event.registration.closed"));
        assertThatThrownBy(() -> registrations.registerThroughDelegation(meeting.delegationToken(), request))
                .isInstanceOfSatisfying(
                        EventException.class, e -> assertThat(e.code()).isEqualTo("event.registration.closed"));
        assertThat(registrations.problems(meeting.eventId(), request))
                .extracting(RegistrationProblem::messageKey)
                .containsExactly("error.event.registration.closed");
        assertThat(settings.byPublicToken(meeting.publicToken()).orElseThrow().state())
                .isEqualTo(RegistrationState.CLOSED);
        assertThat(settings.openPublicRegistrationToken(meeting.eventId())).isEmpty();
        assertThat(rows("event_registration")).isEqualTo(before);
    }

    @Test
    void theRegistrationPagesShowTheClosedRegistrationAndStoreNothing() throws Exception {
        long before = rows("event_registration");
        for (String link :
                new String[] {"/register/" + meeting.publicToken(), "/register/d/" + meeting.delegationToken()}) {
            Document form = page(get(link).param("lang", "en"), 200);
            assertThat(form.select("#registration-state").text()).isEqualTo("Registration for this event is closed.");
            assertThat(form.select("#registration-form")).isEmpty();

            Document refused = page(fill(post(link), TestUsers.uniqueEmail("deleted")), 422);
            assertThat(refused.select(".alert-warning").text()).isEqualTo("Registration for this event is closed.");
        }
        assertThat(rows("event_registration")).isEqualTo(before);
    }

    @Test
    void thePersonalPageNeitherChangesNorCancels() throws Exception {
        RegistrationRequest changed = RegistrationFixtures.citizen("Ona", "Petrauskienė", null);

        assertThatThrownBy(() -> registrations.changeByManageToken(manageToken, changed))
                .isInstanceOfSatisfying(
                        EventException.class, e -> assertThat(e.code()).isEqualTo("event.registration.closed"));
        assertThatThrownBy(() -> registrations.cancelByManageToken(manageToken))
                .isInstanceOfSatisfying(
                        EventException.class, e -> assertThat(e.code()).isEqualTo("event.registration.closed"));
        Document refused = page(fill(post("/registration/" + manageToken), TestUsers.uniqueEmail("changed")), 422);
        assertThat(refused.text()).contains("Registration for this event is closed.");
        mvc.perform(post("/registration/" + manageToken + "/cancel").with(csrf()))
                .andExpect(status().is3xxRedirection())
                .andExpect(flash().attribute("flashError", "error.event.registration.closed"));

        assertThat(jdbc.sql("select first_name || ' ' || status from event_registration where id = :id")
                        .param("id", registered.id())
                        .query(String.class)
                        .single())
                .isEqualTo("Aistė CONFIRMED");
    }

    @Test
    void partnerContactsStaffCheckInListsAndImportsStoreNothing() {
        long registrationsBefore = rows("event_registration");
        long attendanceBefore = rows("event_attendance");

        assertThatThrownBy(() -> registrations.register(
                        meeting.partner(),
                        meeting.eventId(),
                        RegistrationFixtures.citizen("Jonas", "Jonaitis", meeting.delegationId()),
                        RegistrationSource.STAFF))
                .isInstanceOf(EventException.class);
        assertThatThrownBy(() -> registrations.register(
                        meeting.coordinator(),
                        meeting.eventId(),
                        RegistrationFixtures.citizen("Rūta", "Vaitkutė", null),
                        RegistrationSource.API))
                .isInstanceOf(EventException.class);
        assertThatThrownBy(() -> registrations.cancel(meeting.partner(), registered.id()))
                .isInstanceOf(EventException.class);
        assertThatThrownBy(() -> attendance.checkIn(
                        meeting.coordinator(),
                        meeting.eventId(),
                        registered.id(),
                        LocalDate.of(2018, 11, 8),
                        UUID.randomUUID().toString()))
                .isInstanceOf(EventException.class);
        assertThatThrownBy(() -> attendance.checkInByToken(
                        meeting.coordinator(),
                        meeting.eventId(),
                        registered.checkInToken(),
                        LocalDate.of(2018, 11, 8),
                        UUID.randomUUID().toString()))
                .isInstanceOf(EventException.class);
        assertThatThrownBy(() -> attendance.savePaperList(
                        meeting.coordinator(),
                        meeting.eventId(),
                        Set.of(),
                        Set.of(new PaperList.Tick(registered.id(), LocalDate.of(2018, 11, 8)))))
                .isInstanceOf(EventException.class);
        byte[] csv =
                "first_name,last_name,email\nTomas,Kazlauskas,tomas@example.org\n".getBytes(StandardCharsets.UTF_8);
        assertThatThrownBy(() -> imports.importList(
                        meeting.partner(),
                        meeting.delegationId(),
                        "list.csv",
                        new ByteArrayInputStream(csv),
                        true,
                        true))
                .isInstanceOf(EventException.class);

        assertThat(rows("event_registration")).isEqualTo(registrationsBefore);
        assertThat(rows("event_attendance")).isEqualTo(attendanceBefore);
        assertThat(jdbc.sql("select status from event_registration where id = :id")
                        .param("id", registered.id())
                        .query(String.class)
                        .single())
                .isEqualTo("CONFIRMED");
    }

    long rows(String table) {
        return jdbc.sql("select count(*) from " + table + " where "
                        + (table.equals("event_registration")
                                ? "event_id = :event"
                                : "registration_id in "
                                        + "(select id from event_registration where event_id = :event)"))
                .param("event", meeting.eventId())
                .query(Long.class)
                .single();
    }

    Document page(MockHttpServletRequestBuilder request, int status) throws Exception {
        return Jsoup.parse(mvc.perform(request)
                .andExpect(status().is(status))
                .andReturn()
                .getResponse()
                .getContentAsString());
    }

    MockHttpServletRequestBuilder fill(MockHttpServletRequestBuilder request, String email) {
        return request.with(csrf())
                .param("firstName", "Aistė")
                .param("lastName", "Kazlauskienė")
                .param("email", email)
                .param("town", "Kaunas")
                .param("country", "LT")
                .param("gender", "female")
                .param("consent", "true");
    }
}
