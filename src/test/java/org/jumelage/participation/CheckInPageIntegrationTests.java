package org.jumelage.participation;

import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.allOf;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.not;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.header;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.redirectedUrl;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import jakarta.servlet.http.Cookie;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import org.jumelage.account.AccountManagement;
import org.jumelage.event.EventManagement;
import org.jumelage.event.MeetingFixture;
import org.jumelage.network.OrganisationManagement;
import org.jumelage.project.ProjectManagement;
import org.jumelage.support.JumelageIntegrationTest;
import org.jumelage.support.SignIn;
import org.jumelage.support.TestUsers;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.test.web.servlet.MockMvc;

/** The staff pages: check-in by name with and without htmx, the paper list, and the statistics for editors and partners. */
@JumelageIntegrationTest
class CheckInPageIntegrationTests {

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
    JdbcClient jdbc;

    MeetingFixture meeting;
    Cookie coordinator;
    Cookie partner;

    @BeforeEach
    void setUp() throws Exception {
        meeting = new MeetingFixture(organisations, accounts, projects, events, jdbc, Map.of("LV", 10, "LT", 25));
        coordinator = SignIn.as(mvc, meeting.coordinatorEmail, TestUsers.PASSWORD);
        partner = SignIn.as(mvc, meeting.partnerEmail, TestUsers.PASSWORD);
    }

    String base() {
        return "/events/" + meeting.eventId;
    }

    List<String> sources(long registrationId) {
        return jdbc.sql(
                        "select attendance_day || ':' || source from event_attendance where registration_id = :id order by attendance_day")
                .param("id", registrationId)
                .query(String.class)
                .list();
    }

    @Test
    void theCheckInPageIsForEditorsAndLoadsTheScanner() throws Exception {
        mvc.perform(get(base() + "/check-in").cookie(coordinator).param("lang", "en"))
                .andExpect(status().isOk())
                .andExpect(content()
                        .string(allOf(
                                containsString("id=\"qr-reader\""),
                                containsString("html5-qrcode.min.js\""),
                                containsString("/js/check-in.js"),
                                containsString("value=\"2018-11-08\" selected"))));
        mvc.perform(get(base() + "/check-in").cookie(partner)).andExpect(status().isForbidden());
        mvc.perform(get("/webjars/html5-qrcode/html5-qrcode.min.js")).andExpect(status().isOk());
    }

    @Test
    void staffFindAPersonByNameAndCheckThemInWithHtmx() throws Exception {
        long rasa = meeting.person(meeting.kaunasDelegation, "Rasa", "Kazlauskienė", "LT");
        meeting.person(meeting.kaunasDelegation, "Jonas", "Petrauskas", "LT");

        mvc.perform(get(base() + "/check-in/search")
                        .cookie(coordinator)
                        .header("HX-Request", "true")
                        .param("q", "rasa kazl")
                        .param("day", "2018-11-09"))
                .andExpect(status().isOk())
                .andExpect(content()
                        .string(allOf(
                                containsString("id=\"checkin-results\""),
                                containsString("Rasa Kazlauskienė"),
                                not(containsString("Petrauskas")),
                                not(containsString("<html")))));

        String nonce = "page-" + UUID.randomUUID();
        for (int i = 0; i < 2; i++) {
            mvc.perform(post(base() + "/check-in")
                            .cookie(coordinator)
                            .with(csrf())
                            .header("HX-Request", "true")
                            .param("registrationId", String.valueOf(rasa))
                            .param("day", "2018-11-09")
                            .param("nonce", nonce))
                    .andExpect(status().isOk())
                    .andExpect(header().string("HX-Trigger", "attendance-changed"))
                    .andExpect(
                            content().string(containsString("Rasa Kazlauskienė (LT) is checked in for 2018-11-09.")));
        }
        assertThat(sources(rasa)).containsExactly("2018-11-09:CHECK_IN");

        // Without JavaScript the form answers the whole page; a refusal is 422 with its message.
        mvc.perform(post(base() + "/check-in")
                        .cookie(coordinator)
                        .with(csrf())
                        .param("token", "forged.token.value")
                        .param("day", "2018-11-09")
                        .param("nonce", "page-" + UUID.randomUUID()))
                .andExpect(status().isUnprocessableContent())
                .andExpect(
                        content().string(allOf(containsString("<html"), containsString("not a valid check-in code"))));

        // The live counter and the undo list.
        mvc.perform(get(base() + "/check-in/live")
                        .cookie(coordinator)
                        .header("HX-Request", "true")
                        .param("day", "2018-11-09"))
                .andExpect(status().isOk())
                .andExpect(content()
                        .string(allOf(
                                containsString("<span id=\"checkin-present\">1</span>"),
                                containsString("of 2 registered"),
                                containsString("check-in/undo"))));
        mvc.perform(post(base() + "/check-in/undo")
                        .cookie(coordinator)
                        .with(csrf())
                        .header("HX-Request", "true")
                        .param("registrationId", String.valueOf(rasa))
                        .param("day", "2018-11-09")
                        .param("nonce", "undo-" + UUID.randomUUID()))
                .andExpect(status().isOk())
                .andExpect(content().string(containsString("has been undone")));
        assertThat(sources(rasa)).isEmpty();
    }

    @Test
    void staffTypeTheShortCodeAPersonReadsOutAndAWrongCodeSaysSo() throws Exception {
        long rasa = meeting.person(meeting.kaunasDelegation, "Rasa", "Kazlauskienė", "LT");
        String code = meeting.rows.shortCode(rasa).toLowerCase(java.util.Locale.ROOT);
        String nonce = "page-" + UUID.randomUUID();
        for (int i = 0; i < 2; i++) {
            mvc.perform(post(base() + "/check-in")
                            .cookie(coordinator)
                            .with(csrf())
                            .header("HX-Request", "true")
                            .param("token", code.substring(0, 4) + " - " + code.substring(4))
                            .param("day", "2018-11-09")
                            .param("nonce", nonce))
                    .andExpect(status().isOk())
                    .andExpect(
                            content().string(containsString("Rasa Kazlauskienė (LT) is checked in for 2018-11-09.")));
        }
        assertThat(sources(rasa)).containsExactly("2018-11-09:CHECK_IN");

        mvc.perform(post(base() + "/check-in")
                        .cookie(coordinator)
                        .with(csrf())
                        .param("token", "ZZZZ-ZZZZ")
                        .param("day", "2018-11-10")
                        .param("nonce", "page-" + UUID.randomUUID())
                        .param("lang", "lv"))
                .andExpect(status().isUnprocessableContent())
                .andExpect(content().string(containsString("Nevienam šīs sanāksmes pieteiktajam dalībniekam")));
        assertThat(sources(rasa)).containsExactly("2018-11-09:CHECK_IN");
    }

    @Test
    void thePaperListTicksAndUnticksPeoplePerDayAndKeepsCheckInsMadeMeanwhile() throws Exception {
        long rasa = meeting.person(meeting.kaunasDelegation, "Rasa", "Kazlauskienė", "LT");
        long jonas = meeting.person(meeting.kaunasDelegation, "Jonas", "Petrauskas", "LT");
        long anna = meeting.person(meeting.leadDelegation, "Anna", "Bērziņa", "LV");
        meeting.rows.present(anna, MeetingFixture.FIRST_DAY, AttendanceSource.CHECK_IN);

        mvc.perform(get(base() + "/attendance/paper").cookie(coordinator).param("lang", "en"))
                .andExpect(status().isOk())
                .andExpect(content()
                        .string(allOf(
                                containsString("Rasa Kazlauskienė"),
                                containsString("present-" + anna
                                        + "-2018-11-08\" aria-label=\"Anna Bērziņa present on 8 Nov 2018\" checked"),
                                containsString("name=\"shown\" value=\"" + anna + ":2018-11-08\""))));

        // Jonas is checked in at the door on day 2 after the page was opened; the list does not undo that.
        meeting.rows.present(jonas, MeetingFixture.FIRST_DAY.plusDays(1), AttendanceSource.CHECK_IN);
        mvc.perform(post(base() + "/attendance/paper")
                        .cookie(coordinator)
                        .with(csrf())
                        .param("present", rasa + ":2018-11-08", rasa + ":2018-11-09")
                        .param("shown", anna + ":2018-11-08"))
                .andExpect(status().isFound())
                .andExpect(redirectedUrl(base() + "/attendance/paper"));

        assertThat(sources(rasa)).containsExactly("2018-11-08:PAPER_LIST", "2018-11-09:PAPER_LIST");
        assertThat(sources(anna)).isEmpty();
        assertThat(sources(jonas)).containsExactly("2018-11-09:CHECK_IN");
        assertThat(jdbc.sql(
                                "select count(*) from audit_event where action = 'event.attendance.paper-list' and target = :target")
                        .param("target", "event " + meeting.eventId)
                        .query(Integer.class)
                        .single())
                .isOne();

        // A day outside the event changes nothing.
        mvc.perform(post(base() + "/attendance/paper")
                        .cookie(coordinator)
                        .with(csrf())
                        .param("present", jonas + ":2018-11-20"))
                .andExpect(status().isUnprocessableContent());
        assertThat(sources(jonas)).containsExactly("2018-11-09:CHECK_IN");
        mvc.perform(get(base() + "/attendance/paper").cookie(partner)).andExpect(status().isForbidden());
    }

    @Test
    void smallFunderGroupsAreHiddenFromPartnersButNotFromTheCoordinator() throws Exception {
        for (int i = 0; i < 6; i++) {
            long woman = meeting.person(meeting.kaunasDelegation, "Rūta" + i, "Jankauskaitė", "LT");
            jdbc.sql("update event_registration set gender = 'female' where id = :id")
                    .param("id", woman)
                    .update();
        }
        for (int i = 0; i < 2; i++) {
            long man = meeting.person(meeting.kaunasDelegation, "Mantas" + i, "Jankauskas", "LT");
            jdbc.sql("update event_registration set gender = 'male', first_time = true where id = :id")
                    .param("id", man)
                    .update();
        }

        mvc.perform(get(base() + "/statistics").cookie(coordinator).param("lang", "en"))
                .andExpect(status().isOk())
                .andExpect(content()
                        .string(allOf(
                                containsString("id=\"stats-registered\">8<"),
                                containsString("data-value=\"male\""),
                                // Stored answers are shown with the registration form's words.
                                containsString("<td>Male</td>"),
                                containsString("<td>Female</td>"),
                                containsString("<td class=\"text-end\">2</td>"),
                                not(containsString("text-end\">fewer than 5<")))));
        mvc.perform(get(base() + "/statistics").cookie(partner).param("lang", "en"))
                .andExpect(status().isOk())
                .andExpect(content()
                        .string(allOf(
                                containsString("id=\"stats-registered\">8<"),
                                containsString("text-end\">fewer than 5<"),
                                not(containsString("<td class=\"text-end\">2</td>")),
                                not(containsString("<td class=\"text-end\">6</td>")))));
    }
}
