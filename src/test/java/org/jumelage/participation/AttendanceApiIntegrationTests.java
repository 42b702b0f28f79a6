package org.jumelage.participation;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.jsonPath;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import com.jayway.jsonpath.JsonPath;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.UUID;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;
import org.jumelage.account.AccountManagement;
import org.jumelage.event.EventManagement;
import org.jumelage.event.MeetingFixture;
import org.jumelage.network.OrganisationManagement;
import org.jumelage.participation.domain.CheckInTokens;
import org.jumelage.programme.GrantPlan;
import org.jumelage.project.GrantForecast;
import org.jumelage.project.ProjectGrants;
import org.jumelage.project.ProjectManagement;
import org.jumelage.support.JumelageIntegrationTest;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.http.MediaType;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.ResultActions;

/**
 * Check-in through the API: QR tokens, client nonces, two devices at once, the refusals, undo; the
 * attendance counts; and the registered and attended columns of the grant forecast.
 */
@JumelageIntegrationTest
class AttendanceApiIntegrationTests {

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
    ProjectGrants grants;

    @Autowired
    CheckInTokens tokens;

    @Autowired
    JdbcClient jdbc;

    MeetingFixture meeting;
    String coordinator;

    @BeforeEach
    void setUp() {
        meeting = new MeetingFixture(organisations, accounts, projects, events, jdbc, Map.of("LV", 10, "LT", 25));
        coordinator = "Bearer "
                + accounts.createApiToken(meeting.coordinator.id(), "tests").secret();
    }

    String token(long registrationId) {
        return tokens.sign(meeting.eventId, meeting.rows.checkInCode(registrationId));
    }

    ResultActions checkIn(String auth, String json) throws Exception {
        return mvc.perform(post("/api/v1/events/" + meeting.eventId + "/check-ins")
                .header("Authorization", auth)
                .contentType(MediaType.APPLICATION_JSON)
                .content(json));
    }

    ResultActions checkIn(String token, LocalDate day, String nonce) throws Exception {
        return checkIn(coordinator, """
                {"token":"%s","day":"%s","nonce":"%s"}""".formatted(token, day, nonce));
    }

    int attendanceRows(long registrationId) {
        return jdbc.sql("select count(*) from event_attendance where registration_id = :id")
                .param("id", registrationId)
                .query(Integer.class)
                .single();
    }

    int eventAttendanceRows() {
        return jdbc.sql("""
                        select count(*) from event_attendance a join event_registration r on r.id = a.registration_id
                        where r.event_id = :event""")
                .param("event", meeting.eventId)
                .query(Integer.class)
                .single();
    }

    @Test
    void aScannedTokenChecksThePersonInForTheDay() throws Exception {
        long rasa = meeting.person(meeting.kaunasDelegation, "Rasa", "Kazlauskienė", "LT");

        checkIn(token(rasa), MeetingFixture.FIRST_DAY, "n-" + UUID.randomUUID())
                .andExpect(status().isOk())
                .andExpect(jsonPath("$.outcome").value("CHECKED_IN"))
                .andExpect(jsonPath("$.present").value(true))
                .andExpect(jsonPath("$.registrationId").value(rasa))
                .andExpect(jsonPath("$.name").value("Rasa Kazlauskienė"))
                .andExpect(jsonPath("$.day").value("2018-11-08"))
                .andExpect(jsonPath("$.presentSince").isNotEmpty())
                .andExpect(jsonPath("$.repeated").value(false));

        assertThat(attendanceRows(rasa)).isOne();
        assertThat(jdbc.sql("select source from event_attendance where registration_id = :id")
                        .param("id", rasa)
                        .query(String.class)
                        .single())
                .isEqualTo("CHECK_IN");
    }

    @Test
    void theSameNonceAgainChangesNothingAndGetsTheFirstAnswer() throws Exception {
        long rasa = meeting.person(meeting.kaunasDelegation, "Rasa", "Kazlauskienė", "LT");
        String nonce = "n-" + UUID.randomUUID();
        String first = checkIn(token(rasa), MeetingFixture.FIRST_DAY, nonce)
                .andExpect(status().isOk())
                .andReturn()
                .getResponse()
                .getContentAsString();

        String again = checkIn(token(rasa), MeetingFixture.FIRST_DAY, nonce)
                .andExpect(status().isOk())
                .andExpect(jsonPath("$.outcome").value("CHECKED_IN"))
                .andExpect(jsonPath("$.repeated").value(true))
                .andReturn()
                .getResponse()
                .getContentAsString();

        assertThat((String) JsonPath.read(again, "$.presentSince")).isEqualTo(JsonPath.read(first, "$.presentSince"));
        assertThat(attendanceRows(rasa)).isOne();
        assertThat(jdbc.sql("select count(*) from event_check_in_request where event_id = :event and nonce = :nonce")
                        .param("event", meeting.eventId)
                        .param("nonce", nonce)
                        .query(Integer.class)
                        .single())
                .isOne();

        // A second device (another nonce) is told the person is already in, still one row.
        checkIn(token(rasa), MeetingFixture.FIRST_DAY, "n-" + UUID.randomUUID())
                .andExpect(status().isOk())
                .andExpect(jsonPath("$.outcome").value("ALREADY_CHECKED_IN"))
                .andExpect(jsonPath("$.present").value(true))
                .andExpect(jsonPath("$.presentSince").value((String) JsonPath.read(first, "$.presentSince")));
        assertThat(attendanceRows(rasa)).isOne();

        // Another day is another presence.
        checkIn(token(rasa), MeetingFixture.LAST_DAY, "n-" + UUID.randomUUID())
                .andExpect(jsonPath("$.outcome").value("CHECKED_IN"));
        assertThat(attendanceRows(rasa)).isEqualTo(2);
    }

    @Test
    void twoDevicesCheckingTheSamePersonInAtOnceMakeOneRowAndBothSayPresent() throws Exception {
        ExecutorService devices = Executors.newFixedThreadPool(2);
        try {
            for (int round = 0; round < 5; round++) {
                long person = meeting.person(meeting.kaunasDelegation, "Jonas" + round, "Petrauskas", "LT");
                String token = token(person);
                CountDownLatch ready = new CountDownLatch(2);
                CountDownLatch go = new CountDownLatch(1);
                List<Future<String>> answers = new ArrayList<>();
                for (int device = 0; device < 2; device++) {
                    String nonce = "device" + device + "-" + UUID.randomUUID();
                    answers.add(devices.submit(() -> {
                        ready.countDown();
                        go.await();
                        return checkIn(token, MeetingFixture.FIRST_DAY, nonce)
                                .andExpect(status().isOk())
                                .andReturn()
                                .getResponse()
                                .getContentAsString();
                    }));
                }
                ready.await(10, TimeUnit.SECONDS);
                go.countDown();
                List<String> outcomes = new ArrayList<>();
                for (Future<String> answer : answers) {
                    String json = answer.get(30, TimeUnit.SECONDS);
                    assertThat((Boolean) JsonPath.read(json, "$.present")).isTrue();
                    outcomes.add(JsonPath.read(json, "$.outcome"));
                }
                assertThat(outcomes).containsExactlyInAnyOrder("CHECKED_IN", "ALREADY_CHECKED_IN");
                assertThat(attendanceRows(person)).isOne();
            }
        } finally {
            devices.shutdownNow();
        }
        mvc.perform(get("/api/v1/events/" + meeting.eventId + "/attendance").header("Authorization", coordinator))
                .andExpect(jsonPath("$.presentByDay['2018-11-08']").value(5))
                .andExpect(jsonPath("$.registered").value(5));
    }

    @Test
    void theShortCodeAPersonReadsOutChecksThemInAndItsNonceIsAnsweredOnce() throws Exception {
        long rasa = meeting.person(meeting.kaunasDelegation, "Rasa", "Kazlauskienė", "LT");
        String stored = meeting.rows.shortCode(rasa);
        // As typed at the door: lower case, with a space and a dash.
        String typed = " " + stored.substring(0, 4).toLowerCase(Locale.ROOT) + "-" + stored.substring(4, 6) + " "
                + stored.substring(6);
        String body = """
                {"code":"%s","day":"%s","nonce":"%s"}""".formatted(typed, MeetingFixture.FIRST_DAY, "code-" + UUID.randomUUID());

        checkIn(coordinator, body)
                .andExpect(status().isOk())
                .andExpect(jsonPath("$.outcome").value("CHECKED_IN"))
                .andExpect(jsonPath("$.registrationId").value(rasa))
                .andExpect(jsonPath("$.repeated").value(false));
        checkIn(coordinator, body)
                .andExpect(status().isOk())
                .andExpect(jsonPath("$.outcome").value("CHECKED_IN"))
                .andExpect(jsonPath("$.repeated").value(true));

        assertThat(attendanceRows(rasa)).isOne();
    }

    @Test
    void aWrongShortCodeIsRefusedInTheUsersLanguageAndRecordsNothing() throws Exception {
        long rasa = meeting.person(meeting.kaunasDelegation, "Rasa", "Kazlauskienė", "LT");
        String stored = meeting.rows.shortCode(rasa);
        String other = stored.charAt(0) == 'A' ? "B" + stored.substring(1) : "A" + stored.substring(1);

        for (String wrong : List.of(other, "0OIL1234", "ABC")) {
            mvc.perform(post("/api/v1/events/" + meeting.eventId + "/check-ins")
                            .header("Authorization", coordinator)
                            .header("Accept-Language", "lv")
                            .contentType(MediaType.APPLICATION_JSON)
                            .content("""
                                    {"code":"%s","day":"%s","nonce":"%s"}""".formatted(wrong, MeetingFixture.FIRST_DAY, "code-" + UUID.randomUUID())))
                    .andExpect(status().isUnprocessableContent())
                    .andExpect(jsonPath("$.code").value("event.checkin.unknown-code"))
                    .andExpect(jsonPath("$.errors[0].field").value("code"))
                    .andExpect(jsonPath("$.errors[0].message")
                            .value(org.hamcrest.Matchers.containsString("Nevienam šīs sanāksmes")));
        }
        assertThat(eventAttendanceRows()).isZero();
    }

    @Test
    void aShortCodeOfAnotherEventIsRefused() throws Exception {
        long otherEvent = meeting.anotherEvent("Final conference");
        long elsewhere = meeting.rows.registration(otherEvent, null, "Ona", "Jankauskienė", "LT");

        checkIn(coordinator, """
                        {"code":"%s","day":"%s","nonce":"%s"}""".formatted(
                                meeting.rows.shortCode(elsewhere), MeetingFixture.FIRST_DAY, "c-" + UUID.randomUUID()))
                .andExpect(status().isUnprocessableContent())
                .andExpect(jsonPath("$.code").value("event.checkin.unknown-code"));
        assertThat(attendanceRows(elsewhere)).isZero();
    }

    @Test
    void aForgedTokenIsRefused() throws Exception {
        long rasa = meeting.person(meeting.kaunasDelegation, "Rasa", "Kazlauskienė", "LT");
        String genuine = token(rasa);
        String forged = genuine.substring(0, genuine.lastIndexOf('.') + 1) + "AAAA"
                + genuine.substring(genuine.lastIndexOf('.') + 5);
        String madeUp = meeting.eventId + "." + meeting.rows.checkInCode(rasa) + ".bm90LWEtc2lnbmF0dXJl";

        for (String token : List.of(forged, madeUp, "not a token", String.valueOf(rasa))) {
            checkIn(token, MeetingFixture.FIRST_DAY, "n-" + UUID.randomUUID())
                    .andExpect(status().isUnprocessableContent())
                    .andExpect(jsonPath("$.code").value("event.checkin.forged-token"))
                    .andExpect(jsonPath("$.errors[0].field").value("token"))
                    .andExpect(jsonPath("$.errors[0].message").isNotEmpty());
        }
        assertThat(attendanceRows(rasa)).isZero();
    }

    @Test
    void aTokenOfAnotherEventIsRefused() throws Exception {
        long otherEvent = meeting.anotherEvent("Final conference");
        long elsewhere = meeting.rows.registration(otherEvent, null, "Ona", "Jankauskienė", "LT");
        String foreign = tokens.sign(otherEvent, meeting.rows.checkInCode(elsewhere));

        checkIn(foreign, MeetingFixture.FIRST_DAY, "n-" + UUID.randomUUID())
                .andExpect(status().isUnprocessableContent())
                .andExpect(jsonPath("$.code").value("event.checkin.other-event"));
        assertThat(attendanceRows(elsewhere)).isZero();
        assertThat(eventAttendanceRows()).isZero();
    }

    @Test
    void aDayOutsideTheEventIsRefused() throws Exception {
        long rasa = meeting.person(meeting.kaunasDelegation, "Rasa", "Kazlauskienė", "LT");
        for (LocalDate day : List.of(MeetingFixture.FIRST_DAY.minusDays(1), MeetingFixture.LAST_DAY.plusDays(1))) {
            checkIn(token(rasa), day, "n-" + UUID.randomUUID())
                    .andExpect(status().isUnprocessableContent())
                    .andExpect(jsonPath("$.code").value("event.checkin.day-outside"))
                    .andExpect(jsonPath("$.errors[0].field").value("day"));
        }
        assertThat(attendanceRows(rasa)).isZero();
    }

    @Test
    void cancelledAndWaitlistedPeopleAreNotCheckedIn() throws Exception {
        long cancelled = meeting.rows.registration(
                meeting.eventId, meeting.kaunasDelegation, "Tomas", "Vaitkus", "LT", RegistrationStatus.CANCELLED);
        long waiting = meeting.rows.registration(
                meeting.eventId, meeting.kaunasDelegation, "Eglė", "Vaitkutė", "LT", RegistrationStatus.WAITLISTED);

        checkIn(token(cancelled), MeetingFixture.FIRST_DAY, "n-" + UUID.randomUUID())
                .andExpect(status().isUnprocessableContent())
                .andExpect(jsonPath("$.code").value("event.checkin.cancelled"))
                .andExpect(
                        jsonPath("$.errors[0].message").value(org.hamcrest.Matchers.containsString("Tomas Vaitkus")));
        checkIn(coordinator, """
                        {"registrationId":%d,"day":"2018-11-08","nonce":"n-%s"}""".formatted(waiting, UUID.randomUUID()))
                .andExpect(status().isUnprocessableContent())
                .andExpect(jsonPath("$.code").value("event.checkin.waitlisted"));
        assertThat(attendanceRows(cancelled) + attendanceRows(waiting)).isZero();
    }

    @Test
    void badRequestsGetClearAnswers() throws Exception {
        long rasa = meeting.person(meeting.kaunasDelegation, "Rasa", "Kazlauskienė", "LT");
        checkIn(coordinator, """
                        {"day":"2018-11-08","nonce":"n-1"}""")
                .andExpect(status().isUnprocessableContent())
                .andExpect(jsonPath("$.code").value("event.checkin.token-required"));
        checkIn(coordinator, """
                        {"token":"%s","day":"2018-11-08","nonce":"no spaces allowed"}""".formatted(token(rasa)))
                .andExpect(status().isUnprocessableContent())
                .andExpect(jsonPath("$.code").value("event.checkin.bad-nonce"));
        checkIn(coordinator, """
                        {"registrationId":999999999,"day":"2018-11-08","nonce":"n-2"}""").andExpect(status().isNotFound());
        assertThat(attendanceRows(rasa)).isZero();
    }

    @Test
    void aPartnerContactMayNotCheckPeopleIn() throws Exception {
        long rasa = meeting.person(meeting.kaunasDelegation, "Rasa", "Kazlauskienė", "LT");
        String partner = "Bearer "
                + accounts.createApiToken(meeting.partnerContact.id(), "tests").secret();
        checkIn(partner, """
                        {"token":"%s","day":"2018-11-08","nonce":"n-%s"}""".formatted(token(rasa), UUID.randomUUID())).andExpect(status().isForbidden());
        assertThat(attendanceRows(rasa)).isZero();
        // The partner may see the counts, though.
        mvc.perform(get("/api/v1/events/" + meeting.eventId + "/attendance").header("Authorization", partner))
                .andExpect(status().isOk())
                .andExpect(jsonPath("$.registered").value(1));
    }

    @Test
    void undoTakesTheCheckInBackOnce() throws Exception {
        long rasa = meeting.person(meeting.kaunasDelegation, "Rasa", "Kazlauskienė", "LT");
        checkIn(token(rasa), MeetingFixture.FIRST_DAY, "n-" + UUID.randomUUID()).andExpect(status().isOk());
        String undo = """
                {"registrationId":%d,"day":"2018-11-08","nonce":"%s"}""";
        String nonce = "undo-" + UUID.randomUUID();
        for (int i = 0; i < 2; i++) {
            mvc.perform(post("/api/v1/events/" + meeting.eventId + "/check-ins/undo")
                            .header("Authorization", coordinator)
                            .contentType(MediaType.APPLICATION_JSON)
                            .content(undo.formatted(rasa, nonce)))
                    .andExpect(status().isOk())
                    .andExpect(jsonPath("$.outcome").value("UNDONE"))
                    .andExpect(jsonPath("$.present").value(false));
        }
        assertThat(attendanceRows(rasa)).isZero();
        mvc.perform(post("/api/v1/events/" + meeting.eventId + "/check-ins/undo")
                        .header("Authorization", coordinator)
                        .contentType(MediaType.APPLICATION_JSON)
                        .content(undo.formatted(rasa, "undo-" + UUID.randomUUID())))
                .andExpect(jsonPath("$.outcome").value("NOT_CHECKED_IN"));
        // Checked in again after the undo.
        checkIn(token(rasa), MeetingFixture.FIRST_DAY, "n-" + UUID.randomUUID())
                .andExpect(jsonPath("$.outcome").value("CHECKED_IN"));
        assertThat(attendanceRows(rasa)).isOne();
    }

    int daysPresent(long registrationId) {
        return jdbc.sql("select days_present from event_registration where id = :id")
                .param("id", registrationId)
                .query(Integer.class)
                .single();
    }

    ResultActions undo(long registrationId, LocalDate day) throws Exception {
        return mvc.perform(post("/api/v1/events/" + meeting.eventId + "/check-ins/undo")
                .header("Authorization", coordinator)
                .contentType(MediaType.APPLICATION_JSON)
                .content("""
                        {"registrationId":%d,"day":"%s","nonce":"%s"}""".formatted(registrationId, day, "undo-" + UUID.randomUUID())));
    }

    /** The counts read "present on at least one day" from days_present: it follows every check-in and undo. */
    @Test
    void theRegistrationsDaysPresentFollowEveryCheckInAndUndo() throws Exception {
        long rasa = meeting.person(meeting.kaunasDelegation, "Rasa", "Kazlauskienė", "LT");
        LocalDate second = MeetingFixture.FIRST_DAY.plusDays(1);
        assertThat(daysPresent(rasa)).isZero();

        checkIn(token(rasa), MeetingFixture.FIRST_DAY, "n-" + UUID.randomUUID()).andExpect(status().isOk());
        checkIn(token(rasa), second, "n-" + UUID.randomUUID()).andExpect(status().isOk());
        checkIn(token(rasa), second, "n-" + UUID.randomUUID())
                .andExpect(jsonPath("$.outcome").value("ALREADY_CHECKED_IN"));
        assertThat(daysPresent(rasa)).isEqualTo(2).isEqualTo(attendanceRows(rasa));

        undo(rasa, MeetingFixture.FIRST_DAY).andExpect(jsonPath("$.outcome").value("UNDONE"));
        undo(rasa, MeetingFixture.FIRST_DAY).andExpect(jsonPath("$.outcome").value("NOT_CHECKED_IN"));
        assertThat(daysPresent(rasa)).isOne().isEqualTo(attendanceRows(rasa));

        undo(rasa, second).andExpect(jsonPath("$.outcome").value("UNDONE"));
        assertThat(daysPresent(rasa)).isZero().isEqualTo(attendanceRows(rasa));
    }

    /** People of the meeting: 2 local, 3 invited from Kaunas, 1 of the Łódź guest, and 2 without a place. */
    void peopleWithAttendance() {
        long a1 = meeting.person(meeting.leadDelegation, "Anna", "Bērziņa", "LV");
        meeting.person(meeting.leadDelegation, "Andris", "Kalniņš", "LV");
        long b1 = meeting.person(meeting.kaunasDelegation, "Birutė", "Kazlauskienė", "LT");
        long b2 = meeting.person(meeting.kaunasDelegation, "Bronius", "Jankauskas", "LT");
        meeting.person(meeting.kaunasDelegation, "Benas", "Petrauskas", "LT");
        long c1 = meeting.person(meeting.guestDelegation, "Celina", "Nowak", "PL");
        meeting.rows.registration(
                meeting.eventId, meeting.kaunasDelegation, "Dovydas", "Stankus", "LT", RegistrationStatus.WAITLISTED);
        meeting.rows.registration(
                meeting.eventId, meeting.kaunasDelegation, "Darius", "Rimkus", "LT", RegistrationStatus.CANCELLED);
        meeting.rows.present(a1, MeetingFixture.FIRST_DAY, AttendanceSource.CHECK_IN);
        meeting.rows.present(b1, MeetingFixture.FIRST_DAY, AttendanceSource.CHECK_IN);
        meeting.rows.present(b1, MeetingFixture.FIRST_DAY.plusDays(1), AttendanceSource.PAPER_LIST);
        meeting.rows.present(b2, MeetingFixture.FIRST_DAY.plusDays(1), AttendanceSource.CHECK_IN);
        meeting.rows.present(c1, MeetingFixture.FIRST_DAY, AttendanceSource.CHECK_IN);
    }

    @Test
    void attendanceAnswersTheAgreedShape() throws Exception {
        peopleWithAttendance();
        String json = mvc.perform(
                        get("/api/v1/events/" + meeting.eventId + "/attendance").header("Authorization", coordinator))
                .andExpect(status().isOk())
                .andExpect(jsonPath("$.registered").value(6))
                .andExpect(jsonPath("$.presentByDay['2018-11-08']").value(3))
                .andExpect(jsonPath("$.presentByDay['2018-11-09']").value(2))
                .andExpect(jsonPath("$.presentByDay['2018-11-10']").value(0))
                .andExpect(jsonPath("$.invited").value(3))
                .andExpect(jsonPath("$.local").value(2))
                .andExpect(jsonPath("$.byCountry[0].country").value("LT"))
                .andExpect(jsonPath("$.byCountry[0].registered").value(3))
                .andExpect(jsonPath("$.byCountry[0].present").value(2))
                .andExpect(jsonPath("$.byCountry[0].invited").value(true))
                .andExpect(jsonPath("$.byCountry[1].country").value("LV"))
                .andExpect(jsonPath("$.byCountry[1].present").value(1))
                .andExpect(jsonPath("$.byCountry[1].invited").value(false))
                .andExpect(jsonPath("$.byCountry[2].country").value("PL"))
                .andExpect(jsonPath("$.byDelegation[0].delegationId").value(meeting.kaunasDelegation))
                .andExpect(jsonPath("$.byDelegation[0].partnerId").value(meeting.kaunasPartnerId))
                .andExpect(jsonPath("$.byDelegation[0].registered").value(3))
                .andExpect(jsonPath("$.byDelegation[0].present").value(2))
                .andExpect(jsonPath("$.byDelegation[0].invited").value(true))
                .andExpect(jsonPath("$.byDelegation[2].delegationId").value(meeting.guestDelegation))
                .andExpect(jsonPath("$.byDelegation[2].invited").value(false))
                .andReturn()
                .getResponse()
                .getContentAsString();
        Map<String, Object> top = JsonPath.read(json, "$");
        assertThat(top.keySet())
                .containsExactly("registered", "presentByDay", "invited", "local", "byCountry", "byDelegation");
        Map<String, Object> country = JsonPath.read(json, "$.byCountry[0]");
        assertThat(country.keySet()).containsExactly("country", "registered", "present", "invited");
    }

    @Test
    void theGrantForecastGetsRegisteredAndAttendedColumnsOnceRegistrationIsRecorded() throws Exception {
        GrantForecast before = grants.forecast(meeting.coordinator, meeting.projectId, Locale.ENGLISH);
        assertThat(before.columns())
                .extracting(GrantForecast.Column::count)
                .containsExactly(GrantForecast.Count.PLANNED);

        peopleWithAttendance();
        GrantForecast after = grants.forecast(meeting.coordinator, meeting.projectId, Locale.ENGLISH);
        assertThat(after.columns())
                .extracting(GrantForecast.Column::count)
                .containsExactly(
                        GrantForecast.Count.PLANNED, GrantForecast.Count.REGISTERED, GrantForecast.Count.ATTENDED);
        GrantPlan.Event planned = after.columns().get(0).plan().events().get(0);
        GrantPlan.Event registered = after.columns().get(1).plan().events().get(0);
        GrantPlan.Event attended = after.columns().get(2).plan().events().get(0);
        assertThat(planned.localParticipants()).isEqualTo(10);
        assertThat(planned.delegations())
                .extracting(GrantPlan.Delegation::participants)
                .containsExactly(25);
        assertThat(registered.localParticipants()).isEqualTo(2);
        assertThat(registered.delegations())
                .extracting(GrantPlan.Delegation::participants)
                .containsExactly(3);
        assertThat(attended.localParticipants()).isEqualTo(1);
        assertThat(attended.delegations())
                .extracting(GrantPlan.Delegation::participants)
                .containsExactly(2);

        mvc.perform(get("/projects/" + meeting.projectId + "/grant-panel")
                        .cookie(org.jumelage.support.SignIn.as(
                                mvc, meeting.coordinatorEmail, org.jumelage.support.TestUsers.PASSWORD))
                        .header("HX-Request", "true"))
                .andExpect(status().isOk())
                .andExpect(org.springframework.test.web.servlet.result.MockMvcResultMatchers.content()
                        .string(org.hamcrest.Matchers.allOf(
                                org.hamcrest.Matchers.containsString("grant-eligible-planned"),
                                org.hamcrest.Matchers.containsString("grant-eligible-registered"),
                                org.hamcrest.Matchers.containsString("grant-eligible-attended"))));
    }

    @Test
    void aMixedDelegationCountsTheSameInvitedOnTheGrantPanelAndTheStatisticsPage() throws Exception {
        // A Latvian travelling with the Lithuanian partner to the Latvian meeting: invited, as the partner decides.
        meeting.person(meeting.kaunasDelegation, "Laura", "Ozola", "LV");
        meeting.person(meeting.kaunasDelegation, "Birutė", "Kazlauskienė", "LT");
        meeting.person(meeting.leadDelegation, "Anna", "Bērziņa", "LV");

        GrantForecast forecast = grants.forecast(meeting.coordinator, meeting.projectId, Locale.ENGLISH);
        GrantForecast.Column registered = forecast.columns().stream()
                .filter(column -> column.count() == GrantForecast.Count.REGISTERED)
                .findFirst()
                .orElseThrow();
        Object grantInvited = registered.evaluation().checks().stream()
                .filter(check -> check.rule().equals("min-invited-participants"))
                .findFirst()
                .orElseThrow()
                .actual();
        assertThat(grantInvited).isEqualTo(2);

        mvc.perform(get("/api/v1/events/" + meeting.eventId + "/attendance").header("Authorization", coordinator))
                .andExpect(status().isOk())
                .andExpect(jsonPath("$.invited").value(2))
                .andExpect(jsonPath("$.local").value(1));
        String page = mvc.perform(get("/events/" + meeting.eventId + "/statistics")
                        .cookie(org.jumelage.support.SignIn.as(
                                mvc, meeting.coordinatorEmail, org.jumelage.support.TestUsers.PASSWORD)))
                .andExpect(status().isOk())
                .andReturn()
                .getResponse()
                .getContentAsString();
        org.jsoup.nodes.Element invited = org.jsoup.Jsoup.parse(page).getElementById("stats-invited");
        assertThat(invited).isNotNull();
        assertThat(invited.text()).startsWith("2");
    }
}
