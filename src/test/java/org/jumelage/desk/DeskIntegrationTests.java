package org.jumelage.desk;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.redirectedUrl;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import jakarta.servlet.http.Cookie;
import java.time.Duration;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import org.jsoup.Jsoup;
import org.jsoup.nodes.Document;
import org.jumelage.account.AccountManagement;
import org.jumelage.account.Role;
import org.jumelage.account.SignedInUser;
import org.jumelage.event.EventDraft;
import org.jumelage.event.EventManagement;
import org.jumelage.event.EventType;
import org.jumelage.event.HostPlaceInput;
import org.jumelage.network.OrganisationManagement;
import org.jumelage.network.OrganisationSummary;
import org.jumelage.participation.RegistrationManagement;
import org.jumelage.participation.RegistrationQuestions;
import org.jumelage.participation.RegistrationSettingsDraft;
import org.jumelage.participation.RegistrationSettingsManagement;
import org.jumelage.participation.RegistrationSource;
import org.jumelage.project.PartnerRole;
import org.jumelage.project.PartnerSummary;
import org.jumelage.project.ProjectException;
import org.jumelage.project.ProjectManagement;
import org.jumelage.shared.LocalizedText;
import org.jumelage.support.JumelageIntegrationTest;
import org.jumelage.support.MutableClock;
import org.jumelage.support.ParticipantRows;
import org.jumelage.support.ProjectDrafts;
import org.jumelage.support.RegistrationFixtures;
import org.jumelage.support.RegistryFixtures;
import org.jumelage.support.SignIn;
import org.jumelage.support.TestUsers;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.test.web.servlet.MockMvc;

/**
 * The home page: a visitor goes to the public site; a signed-in person gets a desk that fits what
 * they may do, built from the other modules' answers (registration counts, the eligibility check,
 * participant lists).
 */
@JumelageIntegrationTest
class DeskIntegrationTests {

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
    RegistrationSettingsManagement settings;

    @Autowired
    RegistrationManagement registrations;

    @Autowired
    MutableClock clock;

    @Autowired
    JdbcClient jdbc;

    String coordinatorEmail;
    String partnerEmail;
    long projectId;
    long eventId;
    long delegationId;
    LocalDate today;

    /**
     * A running town-twinning project of Daugavpils with Kaunas as partner, a meeting in three weeks
     * with 30 places and registration closing in ten days, Kaunas planning 10 people (the rules ask
     * for 25 invited participants, so 15 are missing), two of them registered.
     */
    @BeforeEach
    void meetingAhead() {
        today = LocalDate.ofInstant(clock.instant(), java.time.ZoneOffset.UTC);
        RegistryFixtures registry = new RegistryFixtures(organisations, accounts);
        OrganisationSummary daugavpils =
                registry.municipality(RegistryFixtures.DAUGAVPILS, "LV", "Daugavpils pilsētas dome");
        OrganisationSummary kaunas = registry.municipality(RegistryFixtures.KAUNAS, "LT", "Kauno miesto savivaldybė");
        coordinatorEmail = registry.member(daugavpils, Role.COORDINATOR);
        partnerEmail = registry.member(kaunas, Role.PARTNER);
        SignedInUser coordinator = accounts.signedInUser(
                        accounts.findUserByEmail(coordinatorEmail).orElseThrow().id())
                .orElseThrow();
        projectId = projects.create(
                        coordinator,
                        ProjectDrafts.townTwinning(
                                "DeskTT",
                                LocalizedText.of("Galda projekts", "Desk project"),
                                today.minusMonths(2),
                                today.plusMonths(6),
                                daugavpils.id()))
                .id();
        projects.addPartner(coordinator, projectId, kaunas.id(), null, PartnerRole.PARTNER);
        PartnerSummary kaunasPartner = projects.partners(coordinator, projectId).stream()
                .filter(partner -> Long.valueOf(kaunas.id()).equals(partner.organisationId()))
                .findFirst()
                .orElseThrow();
        eventId = events.create(
                        coordinator,
                        projectId,
                        new EventDraft(
                                LocalizedText.of("Galda tikšanās", "Desk meeting"),
                                EventType.CITIZENS_MEETING,
                                List.of(new HostPlaceInput(RegistryFixtures.DAUGAVPILS, null, null)),
                                null,
                                today.plusWeeks(3),
                                today.plusWeeks(3).plusDays(2),
                                "Europe/Riga",
                                LocalizedText.of(null, null),
                                Map.of(kaunasPartner.id(), 10)))
                .id();
        delegationId = new ParticipantRows(jdbc).delegation(eventId, kaunasPartner.id(), kaunas.id(), "LT");
        settings.update(
                coordinator,
                eventId,
                new RegistrationSettingsDraft(
                        true,
                        null,
                        clock.instant().plus(Duration.ofDays(10)),
                        30,
                        true,
                        List.of("lv", "en"),
                        RegistrationQuestions.NONE,
                        LocalizedText.of(null, null)));
        registrations.register(
                coordinator,
                eventId,
                RegistrationFixtures.citizen("Rūta", "Deskaitė", delegationId),
                RegistrationSource.STAFF);
        registrations.register(
                coordinator,
                eventId,
                RegistrationFixtures.citizen("Jonas", "Deskaitis", delegationId),
                RegistrationSource.STAFF);
    }

    @Test
    void aVisitorIsSentToThePublicSiteInTheirLanguage() throws Exception {
        mvc.perform(get("/")).andExpect(status().isFound()).andExpect(redirectedUrl("/en"));
        mvc.perform(get("/").cookie(new Cookie("JUMELAGE_LANG", "lv")))
                .andExpect(status().isFound())
                .andExpect(redirectedUrl("/lv"));
        mvc.perform(get("/en")).andExpect(status().isOk());
    }

    @Test
    void signingOutLeadsToTheSignInPageWithANotice() throws Exception {
        Cookie session = SignIn.as(mvc, coordinatorEmail, TestUsers.PASSWORD);
        mvc.perform(post("/sign-out").cookie(session).with(csrf())).andExpect(redirectedUrl("/sign-in?signed-out"));
        Document page = page(get("/sign-in").param("signed-out", "").param("lang", "en"));
        assertThat(page.getElementById("signed-out").text()).isEqualTo("You have signed out.");
    }

    @Test
    void theCoordinatorsDeskShowsWhatNeedsDoing() throws Exception {
        Cookie session = SignIn.as(mvc, coordinatorEmail, TestUsers.PASSWORD);
        Document desk = page(get("/").cookie(session).param("lang", "en"));

        assertThat(desk.selectFirst("h1").text()).isEqualTo("Your desk");
        String upcoming = desk.getElementById("desk-upcoming-" + eventId).text();
        assertThat(upcoming).contains("Desk meeting", "Desk project", "Registered: 2 of 30 places");

        assertThat(desk.getElementById("desk-registrations").text())
                .contains("Desk meeting")
                .containsPattern("closes \\d{1,2} \\w{3} \\d{4}, \\d{2}:\\d{2}");

        // The programme's rule (25 invited participants) against the plan (10 from Kaunas), as the engine says it.
        String warnings = desk.getElementById("desk-warnings").text();
        assertThat(warnings).contains("Desk project", "missing: 15");

        assertThat(desk.getElementById("desk-lists").select("a").eachAttr("href"))
                .contains(
                        "/events/" + eventId + "/lists",
                        "/events/" + eventId + "/participant-list?format=pdf",
                        "/events/" + eventId + "/participant-list?delegation=" + delegationId + "&format=pdf");

        assertThat(desk.getElementById("desk-deadlines").text()).contains("registration closes", "the project ends");
        assertThat(desk.getElementById("desk-activity").text()).contains("Rūta Deskaitė", "Jonas Deskaitis");
        assertThat(desk.getElementById("desk-admin")).isNull();
        assertThat(desk.getElementById("desk-delegations")).isNull();
    }

    @Test
    void theDeskSpeaksLatvianWithLatvianNumbersAndDates() throws Exception {
        Cookie session = SignIn.as(mvc, coordinatorEmail, TestUsers.PASSWORD);
        Document desk = page(get("/").cookie(session).param("lang", "lv"));

        assertThat(desk.selectFirst("h1").text()).isEqualTo("Jūsu darba galds");
        assertThat(desk.getElementById("desk-upcoming-" + eventId).text())
                .contains("Galda tikšanās", "Pieteikušies: 2 no 30 vietām");
        assertThat(desk.getElementById("desk-warnings").text()).contains("trūkst: 15");
        assertThat(desk.getElementById("desk-registrations").text())
                .containsPattern("beidzas \\d{2}\\.\\d{2}\\.\\d{4} \\d{2}:\\d{2}");
    }

    @Test
    void thePartnersDeskShowsTheirDelegationAndNoCoordinatorsWork() throws Exception {
        Cookie session = SignIn.as(mvc, partnerEmail, TestUsers.PASSWORD);
        Document desk = page(get("/").cookie(session).param("lang", "en"));

        assertThat(desk.getElementById("desk-delegations").text())
                .contains("Desk meeting", "registered 2 of 10 planned");
        assertThat(desk.getElementById("desk-delegations").select("a").eachAttr("href"))
                .contains("/delegations/" + delegationId);
        assertThat(desk.getElementById("desk-upcoming-" + eventId).text()).contains("Registered: 2 of 30 places");
        // Partners see no eligibility warnings, no closing date they may not read, no whole-event list.
        assertThat(desk.getElementById("desk-warnings")).isNull();
        assertThat(desk.getElementById("desk-registrations").text()).doesNotContain("closes");
        assertThat(desk.getElementById("desk-lists").select("a").eachAttr("href"))
                .contains("/events/" + eventId + "/participant-list?delegation=" + delegationId + "&format=pdf")
                .doesNotContain("/events/" + eventId + "/participant-list?format=pdf");
        assertThat(desk.getElementById("desk-admin")).isNull();
    }

    @Test
    void theAdministratorsDeskShowsTheInstance() throws Exception {
        Document desk = page(get("/").cookie(SignIn.asAdmin(mvc)).param("lang", "en"));

        String admin = desk.getElementById("desk-admin").text();
        assertThat(admin).containsPattern("Users: [\\d,]+").contains("Mail outbox: waiting", "Deleted projects:");
        assertThat(desk.getElementById("desk-admin").select("a").eachAttr("href"))
                .contains("/admin/users", "/admin/mail", "/towns", "/admin/towns/new", "/admin/rules", "/admin/audit");
        assertThat(desk.getElementById("desk-audit").text()).contains("account.sign-in");
    }

    @Test
    void theAdministratorsDeskCountsTheProjectsInTheBin() throws Exception {
        SignedInUser coordinator = accounts.signedInUser(
                        accounts.findUserByEmail(coordinatorEmail).orElseThrow().id())
                .orElseThrow();
        SignedInUser administrator = accounts.signedInUser(accounts.findUserByEmail(TestUsers.ADMIN_EMAIL)
                        .orElseThrow()
                        .id())
                .orElseThrow();
        long before = projects.deletedCount(administrator);

        projects.delete(coordinator, projectId);

        assertThat(projects.deletedCount(administrator))
                .isEqualTo(before + 1)
                .isEqualTo(projects.deleted(administrator).size());
        assertThat(page(get("/").cookie(SignIn.asAdmin(mvc)).param("lang", "en"))
                        .getElementById("desk-admin-deleted")
                        .text())
                .isEqualTo("Deleted projects: " + (before + 1));
        assertThatThrownBy(() -> projects.deletedCount(coordinator)).isInstanceOf(ProjectException.class);
    }

    @Test
    void anEventThatIsOverLeavesTheDesk() throws Exception {
        Cookie session = SignIn.as(mvc, coordinatorEmail, TestUsers.PASSWORD);
        assertThat(page(get("/").cookie(session)).getElementById("desk-upcoming-" + eventId))
                .isNotNull();
        clock.advance(Duration.ofDays(30));
        assertThat(page(get("/").cookie(session)).getElementById("desk-upcoming-" + eventId))
                .isNull();
    }

    private Document page(org.springframework.test.web.servlet.RequestBuilder request) throws Exception {
        String html = mvc.perform(request)
                .andExpect(status().isOk())
                .andReturn()
                .getResponse()
                .getContentAsString();
        return Jsoup.parse(html);
    }
}
